import Foundation
import Testing
@testable import ClipBench

/// `score --partial` and `merge` on the repository's dataset: shards of a predictions file merge
/// into the report of scoring the file at once, byte for byte, in every format.
@Suite(.serialized) struct MergeCommandTests {
    /// Four of the five clippings' gold as predictions, each changed so the scores are not all 1:
    /// the fifth clipping is missing, so merge must score it itself.
    static func predictionLines() throws -> [String] {
        let gold = try CommandRunner.run(["gold"], in: CommandRunner.packageRoot)
        #expect(gold.status == 0, "\(gold.stderr)")
        return try gold.stdoutLines.prefix(4).enumerated().map { index, line in
            guard case .object(var members) = try JSONParser.parse(line) else { throw CocoaError(.coderReadCorrupt) }
            switch index {
            case 0: members.removeAll { $0.0 == "headline" }                              // not attempted
            case 1: members = members.map { $0.0 == "headline" ? ($0.0, .string("عنوان آخر تماما")) : $0 }
            case 2: members = members.map { $0.0 == "body" ? ($0.0, .string("نص قصير لا يشبه المقال")) : $0 }
            default: members = members.map { $0.0 == "entities" ? ($0.0, .array([])) : $0 }
            }
            return JSONValue.object(members).serialized()
        }
    }

    static func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, in: CommandRunner.packageRoot)
    }

    /// Writes `lines` to a file and scores it with --partial; returns the shard's path.
    static func shard(_ lines: ArraySlice<String>, index: Int?, in folder: URL, extra: [String] = []) throws -> String {
        let name = "shard-\(index.map(String.init) ?? "none")-\(UUID().uuidString)"
        let predictions = folder.appendingPathComponent(name + ".jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: predictions)
        let output = folder.appendingPathComponent(name + ".json").path
        let result = try run(["score", predictions.path, "--partial", "-o", output, "--name", "mine", "--bootstrap", "100", "--seed", "4"]
                             + (index.map { ["--shard-index", String($0)] } ?? []) + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test(arguments: [[1, 3], [2, 1, 1], [4]])
    func shardsMergeIntoTheWholeInEveryFormat(sizes: [Int]) throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try Self.predictionLines()
        let whole = folder.appendingPathComponent("mine.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: whole)
        var shards: [String] = []
        var start = 0
        for (index, size) in sizes.enumerated() {
            shards.append(try Self.shard(lines[start..<(start + size)], index: index, in: folder))
            start += size
        }
        for format in ["json", "markdown", "table", "junit"] {
            let expected = try Self.run(["score", whole.path, "--bootstrap", "100", "--seed", "4", "--format", format])
            #expect(expected.status == 0, "\(expected.stderr)")
            // Any order of the shards on the command line: the shard indices order the rows.
            let merged = try Self.run(["merge"] + shards.reversed() + ["--format", format])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdoutData == expected.stdoutData, "\(format) with shards of \(sizes)")
            #expect(merged.stderr.contains("1 clipping has no prediction"), "\(merged.stderr)")
        }
    }

    @Test func refusesShardsThatCannotMerge() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try Self.predictionLines()
        let first = try Self.shard(lines[0..<2], index: 0, in: folder)
        let overlapping = try Self.shard(lines[1..<3], index: 1, in: folder)
        let overlap = try Self.run(["merge", first, overlapping])
        #expect(overlap.status == 1)
        #expect(overlap.stderr.contains("error: clipping '"), "\(overlap.stderr)")
        #expect(overlap.stderr.contains("shards must not overlap"))
        let otherSeed = try Self.shard(lines[2..<4], index: 2, in: folder, extra: ["--seed", "5"])
        let seeds = try Self.run(["merge", first, otherSeed])
        #expect(seeds.status == 1)
        #expect(seeds.stderr.contains("\(otherSeed):1:1: error: cannot merge with \(first): --bootstrap 100 --seed 5, not --bootstrap 100 --seed 4"), "\(seeds.stderr)")
        let sameIndex = try Self.shard(lines[3..<4], index: 0, in: folder)
        let indices = try Self.run(["merge", first, sameIndex])
        #expect(indices.status == 1)
        #expect(indices.stderr.contains("shard index 0 is \(first)'s too"), "\(indices.stderr)")
        let notAShard = folder.appendingPathComponent("report.json").path
        try Data(#"{"metrics": {}}"#.utf8).write(to: URL(fileURLWithPath: notAShard))
        let wrongFile = try Self.run(["merge", notAShard])
        #expect(wrongFile.status == 1)
        #expect(wrongFile.stderr.contains("\(notAShard):1:1: error: not a partial score"), "\(wrongFile.stderr)")
        let usage = try Self.run(["merge"])
        #expect(usage.status == 64)
        let partialFormat = try Self.run(["score", "--partial", "--format", "json"])
        #expect(partialFormat.status == 64)
    }

    @Test func partialFileHoldsTheShardsSums() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.shard(try Self.predictionLines()[0..<2], index: 3, in: folder)
        let shard = try PartialScoreFile.Reader(path: path)
        #expect(shard.header.shardIndex == 3)
        #expect(shard.header.configuration.extractor == "mine")
        #expect(shard.header.configuration.seed == 4)
        let score = try shard.readScore()
        #expect(score.documentCount == 2)
        #expect(score.missingCount == 0)
        #expect(score.bootstrap.replicates == 100)
        var rows: [PartialScoreFile.Row] = []
        while let next = try shard.nextRow() { rows.append(next.row) }
        #expect(rows.count == 2)
        // The totals are the sum of the rows.
        var sum = ScoreStatistics()
        for row in rows { sum.add(row.score.statistics) }
        #expect(sum == score.totals)
        // The headline was left out of the first prediction only.
        #expect(score.attemptedCounts[.headline] == 1)
    }

    /// The file is JSON Lines: the header, one line per replicate, then the rows in the order of the
    /// predictions (which the spool kept), each a line of its own.
    @Test func rowsAreStreamedAsLinesInThePredictionsOrder() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let predictions = try Self.predictionLines()
        let order = [3, 0, 2, 1]
        let path = try Self.shard(ArraySlice(order.map { predictions[$0] }), index: 0, in: folder, extra: ["--jobs", "2"])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 1 + 100 + 4 + 1 && lines.last == "")
        #expect(try JSONParser.parse(String(lines[0])).member("format")?.asString == PartialScoreFile.format)
        for replicate in 0..<100 {
            #expect(try JSONParser.parse(String(lines[1 + replicate])).member("replicate")?.asInteger == replicate)
        }
        let expectedIDs = try order.map { try JSONParser.parse(predictions[$0]).member("id")?.asString }
        let rowIDs = try lines[101..<105].map { try JSONParser.parse(String($0)).member("id")?.asString }
        #expect(rowIDs == expectedIDs)
    }

    /// A shard whose line is broken, cut short or too long, and a clipping in two shards: one error
    /// at the line, and no report.
    @Test func malformedShardLinesAreLocated() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let predictions = try Self.predictionLines()
        let first = try Self.shard(predictions[0..<2], index: 0, in: folder)
        let second = try Self.shard(predictions[2..<4], index: 1, in: folder)
        let text = try String(contentsOfFile: second, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        func variant(_ name: String, _ change: ([String]) -> [String]) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try Data((change(lines).joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        // Line 103 is the second row (header, 100 replicates, first row).
        let broken = try variant("broken.json") { var copy = $0; copy[102] = String(copy[102].dropLast(3)); return copy }
        let wrongRow = try variant("wrong-row.json") { var copy = $0; copy[101] = #"{"id": "x"}"#; return copy }
        let replicate = try variant("replicate.json") { var copy = $0; copy.remove(at: 50); return copy }
        let truncated = try variant("truncated.json") { Array($0.dropLast()) }
        let long = try variant("long.json") { var copy = $0; copy[102] = String(repeating: " ", count: InputLimits.partialScoreLineBytes + 1) + "{}"; return copy }
        let cases: [(String, String)] = [
            (broken, "\(broken):103:"), (wrongRow, "\(wrongRow):102:1: error: not a row"),
            (replicate, "\(replicate):51:1: error: expected the line of replicate 49"),
            (truncated, "\(truncated):102:1: error: the file ends after 1 of the 2 rows"),
            (long, "\(long):103:1: error: line of \(InputLimits.partialScoreLineBytes + 3) bytes is longer than the limit of 1 MiB"),
        ]
        for (path, expected) in cases {
            let result = try Self.run(["merge", first, path, "--format", "json"])
            #expect(result.status == 1, "\(path)")
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        // The second shard's first row repeated in a third shard: located at its line, naming the first.
        lines = [lines[0].replacingOccurrences(of: #""shard_index":1"#, with: #""shard_index":2"#)] + lines.dropFirst()
        let repeated = try variant("repeated.json") { $0 }
        let result = try Self.run(["merge", first, second, repeated])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(repeated):102:1: error: clipping '"), "\(result.stderr)")
        #expect(result.stderr.contains("is in \(second) too: shards must not overlap"), "\(result.stderr)")
    }

    /// Under --allow-invalid an invalid prediction's clipping is scored as missing after the
    /// clippings without a prediction; its row is flagged in the shard, and merge puts it last too.
    @Test func invalidPredictionsComeLastInTheMergeAsInTheWhole() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try Self.predictionLines()
        // An entity whose end is far outside the text: the prediction decodes but is invalid.
        guard case .object(var members) = try JSONParser.parse(lines[1]) else { throw CocoaError(.coderReadCorrupt) }
        members = members.map { $0.0 == "entities" ? ($0.0, .array([.object([("type", .string("PER")), ("start", .integer(0)),
                                                                              ("end", .integer(10_000_000)), ("text", .string("س"))])])) : $0 }
        lines[1] = JSONValue.object(members).serialized()
        let whole = folder.appendingPathComponent("mine.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: whole)
        let shards = [try Self.shard(lines[0..<2], index: 0, in: folder, extra: ["--allow-invalid"]),
                      try Self.shard(lines[2..<4], index: 1, in: folder, extra: ["--allow-invalid"])]
        let rows = try String(contentsOfFile: shards[0], encoding: .utf8).split(separator: "\n").suffix(2)
        #expect(rows.map { $0.hasSuffix(#","invalid":true}"#) } == [false, true], "\(rows)")
        for format in ["json", "markdown"] {
            let expected = try Self.run(["score", whole.path, "--allow-invalid", "--bootstrap", "100", "--seed", "4", "--format", format])
            #expect(expected.status == 0, "\(expected.stderr)")
            let merged = try Self.run(["merge"] + shards + ["--format", format])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdoutData == expected.stdoutData, "\(format)")
        }
    }
}
