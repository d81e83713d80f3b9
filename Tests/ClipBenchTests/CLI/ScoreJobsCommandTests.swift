import Foundation
import Testing
@testable import ClipBench

/// `score --jobs N` on the real binary: the report is byte for byte the one of `--jobs 1`, in every
/// format, with predictions in an order other than the ids' (rows must follow the input).
@Suite(.serialized) struct ScoreJobsCommandTests {
    @Test(arguments: ["table", "json", "markdown", "junit", "html"])
    func anyNumberOfJobsGivesTheSameReport(format: String) throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try CommandRunner.run(["gold"], in: CommandRunner.packageRoot)
        #expect(gold.status == 0, "\(gold.stderr)")
        // Reversed, and one clipping left out (scored as missing, after the predicted ones).
        let lines = Array(gold.stdoutLines.dropFirst().reversed())
        let predictions = folder.appendingPathComponent("mine.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: predictions)
        let arguments = ["score", predictions.path, "--format", format, "--bootstrap", "100", "--seed", "2"]
        let one = try CommandRunner.run(arguments + ["--jobs", "1"], in: CommandRunner.packageRoot)
        #expect(one.status == 0, "\(one.stderr)")
        for jobs in ["2", "3", "8"] {
            let many = try CommandRunner.run(arguments + ["--jobs", jobs], in: CommandRunner.packageRoot)
            #expect(many.status == 0, "\(many.stderr)")
            #expect(many.stdoutData == one.stdoutData, "--jobs \(jobs) --format \(format)")
        }
        if format == "json" {
            // Rows in input order: the reversed predictions, then the missing clipping.
            let report = try JSONParser.parse(one.stdout)
            let ids = report.member("documents")?.asArray?.compactMap { $0.member("id")?.asString } ?? []
            let expected = try lines.map { try JSONParser.parse($0).member("id")?.asString ?? "" }
            #expect(Array(ids.prefix(expected.count)) == expected)
            #expect(ids.count == expected.count + 1)
        }
    }

    @Test func refusesZeroJobs() throws {
        let result = try CommandRunner.run(["score", "--jobs", "0"], in: CommandRunner.packageRoot)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--jobs must be from 1 to 1024"))
    }
}
