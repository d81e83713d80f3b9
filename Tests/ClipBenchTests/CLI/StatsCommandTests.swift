import Foundation
import Testing

/// End-to-end runs of the real `clipbench stats` on a small synthetic dataset.
@Suite(.serialized)
struct StatsCommandTests {
    @Test func printsJSONWithTheSampleCounts() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["stats", "--dataset", dataset.root.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["documents"] as? Int == 1)
        let total = try #require(object["total"] as? [String: Any])
        // Counted independently: scalars of the seed, and the sample's 2 PER, 3 LOC, 2 dated mentions.
        #expect(total["characters"] as? Int == TemporaryDataset.sampleSeed.unicodeScalars.count)
        let entities = try #require(total["entities"] as? [String: Int])
        #expect(entities == ["PER": 2, "ORG": 0, "LOC": 3, "MISC": 0, "total": 5])
        let dates = try #require(total["dates"] as? [String: Int])
        #expect(dates == ["count": 2, "with_value": 2, "null": 0])
        let clippings = try #require(object["clippings"] as? [[String: Any]])
        #expect(clippings.map { $0["id"] as? String } == [TemporaryDataset.sampleID])
    }

    @Test func printsATableByDefault() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["stats", "--dataset", dataset.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutLines.first?.hasPrefix("clipping") == true)
        #expect(result.stdout.contains(TemporaryDataset.sampleID))
        #expect(result.stdout.contains("1 document;"))
    }

    @Test func failsOnADatasetWithoutAnnotations() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["stats", "--dataset", dataset.root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no annotations found"))
    }

    @Test func reportsABrokenAnnotationAndStillPrintsTheOthers() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "broken_1", text: "نص\n")
        try dataset.writeAnnotation(id: "broken_1", yaml: "id: broken_1\nstatus: done\nstrat: 3\n")
        let result = try CommandRunner.run(["stats", "--dataset", dataset.root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken_1.yaml:"))
        #expect(result.stderr.contains("error:"))
        #expect(result.stdout.contains(TemporaryDataset.sampleID))
        #expect(!result.stdout.contains("broken_1"))
    }
}
