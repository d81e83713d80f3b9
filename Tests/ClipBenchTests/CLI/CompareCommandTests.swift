import Foundation
import Testing
@testable import ClipBench

struct CompareCommandTests {
    @Test func comparesTwoPredictionSetsWithPairedIntervals() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let dropped = try scored.predictionWithoutLastEntity()
        let result = try scored.run(["compare", scored.goldFile.path, dropped, "--bootstrap", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Comparing gold (base) with dropped (new)\npaired bootstrap: 100 resamples, seed 0"))
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("entities.strict.f1") })
        #expect(line.contains("1.000"))
        #expect(line.contains("−0.111"))
        #expect(result.stdout.contains("clippings that changed most:\n  \(TemporaryDataset.sampleID)  entities.strict.f1 1.000 → 0.889"))
    }

    @Test func comparesTwoSavedReportsAsJSON() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let dropped = try scored.predictionWithoutLastEntity()
        let base = scored.dataset.root.appendingPathComponent("base.json").path
        let new = scored.dataset.root.appendingPathComponent("new.json").path
        #expect(try scored.run(["score", scored.goldFile.path, "--format", "json", "-o", base]).status == 0)
        #expect(try scored.run(["score", dropped, "--format", "json", "-o", new]).status == 0)
        let result = try scored.run(["compare", base, new, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONValue(parsing: result.stdout)
        #expect(json.member("base") == .string("gold"))
        #expect(json.member("bootstrap") == nil)
        #expect(result.stdout.contains("\"metric\": \"entities.strict.recall\""))
    }
}
