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
        #expect(seeds.stderr.contains("\(otherSeed): error: cannot merge with \(first): --bootstrap 100 --seed 5, not --bootstrap 100 --seed 4"), "\(seeds.stderr)")
        let sameIndex = try Self.shard(lines[3..<4], index: 0, in: folder)
        let indices = try Self.run(["merge", first, sameIndex])
        #expect(indices.status == 1)
        #expect(indices.stderr.contains("shard index 0 is \(first)'s too"), "\(indices.stderr)")
        let notAShard = folder.appendingPathComponent("report.json").path
        try Data(#"{"metrics": {}}"#.utf8).write(to: URL(fileURLWithPath: notAShard))
        let wrongFile = try Self.run(["merge", notAShard])
        #expect(wrongFile.status == 1)
        #expect(wrongFile.stderr.contains("\(notAShard): error: not a partial score"), "\(wrongFile.stderr)")
        let usage = try Self.run(["merge"])
        #expect(usage.status == 64)
        let partialFormat = try Self.run(["score", "--partial", "--format", "json"])
        #expect(partialFormat.status == 64)
    }

    @Test func partialFileHoldsTheShardsSums() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.shard(try Self.predictionLines()[0..<2], index: 3, in: folder)
        let shard = try PartialScoreFile(json: try JSONParser.parse(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)))
        #expect(shard.shardIndex == 3)
        #expect(shard.configuration.extractor == "mine")
        #expect(shard.configuration.seed == 4)
        #expect(shard.score.documentCount == 2)
        #expect(shard.score.missingCount == 0)
        #expect(shard.rows.count == 2)
        #expect(shard.score.bootstrap.replicates == 100)
        // The totals are the sum of the rows.
        var sum = ScoreStatistics()
        for row in shard.rows { sum.add(row.score.statistics) }
        #expect(sum == shard.score.totals)
        // The headline was left out of the first prediction only.
        #expect(shard.score.attemptedCounts[.headline] == 1)
    }
}
