import Foundation
import Testing
@testable import ClipBench

/// `clipbench score A B C…` run as a user runs it: the real binary on real files.
struct ScoreLeaderboardTests {
    /// A folder with the package's gold as predictions and a copy without entities.
    struct Files {
        let folder: URL
        var gold: String { folder.appendingPathComponent("gold.jsonl").path }
        var noEntities: String { folder.appendingPathComponent("no-entities.jsonl").path }

        init() throws {
            folder = try TemporaryFolder.make("clipbench-leaderboard")
            let gold = try CommandRunner.run(["gold"])
            guard gold.status == 0 else { throw CommandRunner.RunnerError(description: gold.stderr) }
            try Data(gold.stdout.utf8).write(to: URL(fileURLWithPath: self.gold))
            // The same predictions without the entities key: that task is not attempted.
            let lines = try gold.stdoutLines.map { line -> String in
                var prediction = try Prediction(jsonText: line)
                prediction.attempted.remove(.entities)
                prediction.entities = []
                return prediction.jsonLine
            }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: noEntities))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func printsOneTableOfEveryExtractor() throws {
        let files = try Files()
        defer { files.remove() }
        let result = try CommandRunner.run(["score", files.noEntities, files.gold, "--bootstrap", "200"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "ClipBench leaderboard")
        #expect(lines[1].hasPrefix("2 extractors · 5 clippings · gold sha256 "))
        #expect(lines[3].hasPrefix("rank  extractor    headline F1"))
        #expect(lines[4].hasPrefix("   1  gold         1.000 [1.000, 1.000] (1)"))
        #expect(lines[5].hasPrefix("   2  no-entities  1.000 [1.000, 1.000] (1)"))
        #expect(lines[5].contains("not attempted"))
        #expect(!lines[3].contains("time"))
        #expect(result.stdout.contains("Holm–Bonferroni over the 5 comparisons made"))
    }

    @Test(arguments: [("json", "\"format\": \"clipbench-leaderboard\""), ("markdown", "### ClipBench leaderboard"),
                      ("html", "<!DOCTYPE html>")])
    func printsEveryFormat(format: String, expected: String) throws {
        let files = try Files()
        defer { files.remove() }
        let output = files.folder.appendingPathComponent("board.\(format)").path
        let result = try CommandRunner.run(["score", files.gold, files.noEntities, "--format", format, "--bootstrap", "100",
                                            "--name", "the gold", "--name", "no entities", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains(expected))
        #expect(text.contains("the gold") && text.contains("no entities"))
        #expect(!text.contains("gold.jsonl"))
        let again = try CommandRunner.run(["score", files.gold, files.noEntities, "--format", format, "--bootstrap", "100",
                                           "--name", "the gold", "--name", "no entities"])
        #expect(again.stdout == text, "the same inputs and seed give the same bytes")
    }

    @Test(arguments: [["--format", "junit"], ["--name", "only one"], ["--id", "000_fafa66e8a14f78c9"]])
    func refusesWhatALeaderboardCannotDo(extra: [String]) throws {
        let files = try Files()
        defer { files.remove() }
        let result = try CommandRunner.run(["score", files.gold, files.noEntities] + extra)
        #expect(result.status == 64, "\(result.stderr)")
    }

    @Test func failsWithTheDiagnosticOfABrokenFile() throws {
        let files = try Files()
        defer { files.remove() }
        let broken = files.folder.appendingPathComponent("broken.jsonl").path
        try Data("{\"id\": \"000_fafa66e8a14f78c9\", \"headline\": 3}\n".utf8).write(to: URL(fileURLWithPath: broken))
        let result = try CommandRunner.run(["score", files.gold, broken])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.jsonl:1:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func showsTheRunTimeOfPredictionsFromRun() throws {
        let files = try Files()
        defer { files.remove() }
        let script = CommandRunner.fixturesFolder.appendingPathComponent("extract/works.sh").path
        let output = files.folder.appendingPathComponent("works.jsonl").path
        let run = try CommandRunner.run(["run", "--command", "\(script) {file}", "--jobs", "2", "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        // The run log: one line per clipping, its wall time and how the extractor ended.
        let log = try String(contentsOfFile: output + ".run.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(log.count == 5)
        let first = try JSONParser.parse(String(log[0]))
        #expect(first.member("id")?.asString == "000_fafa66e8a14f78c9")
        #expect(first.member("status")?.asString == "done")
        #expect(first.member("exit_code")?.asInteger == 0)
        #expect((first.member("seconds")?.asDouble ?? -1) > 0)
        // score reads the predictions as before; the leaderboard shows the time of the run's row only.
        #expect(try CommandRunner.run(["score", output, "--bootstrap", "0"]).status == 0)
        // The run log a glob also matches is left out with a note.
        let board = try CommandRunner.run(["score", output, files.gold, output + ".run.jsonl", "--bootstrap", "50", "--format", "json"])
        #expect(board.status == 0, "\(board.stderr)")
        #expect(board.stderr.contains("note: a side file of clipbench run"))
        let json = try JSONParser.parse(board.stdout)
        let rows = try #require(json.member("extractors")?.asArray)
        #expect(rows.count == 2)
        let works = try #require(rows.first { $0.member("name")?.asString == "works" })
        let gold = try #require(rows.first { $0.member("name")?.asString == "gold" })
        #expect(works.member("time")?.member("clippings")?.asInteger == 5)
        #expect(works.member("time")?.member("failed")?.asInteger == 0)
        let total = try #require(works.member("time")?.member("total_seconds")?.asDouble)
        let median = try #require(works.member("time")?.member("median_seconds")?.asDouble)
        #expect(total > 0 && median > 0 && median <= total)
        #expect(gold.member("time")?.serialized() == "null")
        let table = try CommandRunner.run(["score", output, files.gold, "--bootstrap", "0"])
        let header = try #require(table.stdoutLines.first { $0.hasPrefix("rank") })
        #expect(header.hasSuffix("time median  time total"))
        #expect(table.stdoutLines.first { $0.contains("works") }?.hasSuffix(" s") == true)
        #expect(table.stdoutLines.first { $0.contains(" gold ") }?.hasSuffix(" s") == false)
    }

    @Test func recordsAFailedExtractorsExitInTheRunLog() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = CommandRunner.fixturesFolder.appendingPathComponent("extract/fail.sh").path
        let output = folder.appendingPathComponent("out.jsonl").path
        let run = try CommandRunner.run(["run", "--command", "\(script) {file}", "-o", output, "000_fafa66e8a14f78c9"])
        #expect(run.status == 1)
        let record = try JSONParser.parse(try String(contentsOfFile: output + ".run.jsonl", encoding: .utf8))
        #expect(record.member("status")?.asString == "exit-status")
        #expect(record.member("exit_code")?.asInteger == 3)
        #expect(record.member("signal")?.serialized() == "null")
        // Without --force, the next run refuses to replace the log.
        let again = try CommandRunner.run(["run", "--command", "\(script) {file}", "-o", output, "000_fafa66e8a14f78c9"])
        #expect(again.stderr.contains("out.jsonl.run.jsonl: error: already exists"))
    }

    @Test(.enabled(if: ScoreCommandTests.benchmark != nil, "../shared/external/article-extraction-benchmark is absent: the multi-output check is skipped"))
    func scoresEveryScrapingHubOutputInOneCallAsEachAlone() throws {
        let benchmark = try #require(ScoreCommandTests.benchmark)
        let truth = benchmark.appendingPathComponent("ground-truth.json").path
        let names = ScoreCommandTests.published.map(\.0)
        let outputs = names.map { benchmark.appendingPathComponent("output/\($0).json").path }
        let board = try CommandRunner.run(["score", "--scrapinghub", truth] + outputs + ["--format", "json", "--bootstrap", "200", "--seed", "4"])
        #expect(board.status == 0, "\(board.stderr)")
        let rows = try #require(try JSONParser.parse(board.stdout).member("extractors")?.asArray)
        #expect(Set(rows.compactMap { $0.member("name")?.asString }) == Set(names))
        for (name, output) in zip(names, outputs) {
            let single = try CommandRunner.run(["score", "--scrapinghub", truth, output, "--format", "json", "--bootstrap", "200", "--seed", "4"])
            #expect(single.status == 0, "\(single.stderr)")
            let alone = try JSONParser.parse(single.stdout)
            let scores = try #require(rows.first { $0.member("name")?.asString == name }?.member("scores"))
            for measure in ["precision", "recall", "f1", "accuracy"] {
                let cell: JSONValue? = scores.member("body." + measure)
                #expect(cell?.member("value")?.serialized() == alone.member(measure)?.serialized(), "\(name) \(measure)")
                #expect(cell?.member("interval")?.serialized() == alone.member("interval")?.member(measure)?.serialized(), "\(name) \(measure) interval")
                #expect(cell?.member("std")?.serialized() == alone.member("std")?.member(measure)?.serialized(), "\(name) \(measure) std")
            }
        }
    }
}
