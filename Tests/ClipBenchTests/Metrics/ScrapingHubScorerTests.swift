import Foundation
import Testing
@testable import ClipBench

/// Reproduces the published table of the ScrapingHub article-extraction benchmark on its shipped outputs.
@Suite struct ScrapingHubScorerTests {
    /// `../shared/external/article-extraction-benchmark` from the package root; from a worktree nested
    /// deeper (such as `wt/eval`), the nearest ancestor's `shared` folder.
    static let benchmarkFolder: URL = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var folder = packageRoot.deletingLastPathComponent()
        let first = folder.appendingPathComponent("shared/external/article-extraction-benchmark")
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/external/article-extraction-benchmark")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ground-truth.json").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return first
    }()

    static var benchmarkAvailable: Bool {
        FileManager.default.fileExists(atPath: benchmarkFolder.appendingPathComponent("ground-truth.json").path)
    }

    /// The published table: extractor, F1, precision, recall, accuracy.
    static let published: [(String, Double, Double, Double, Double)] = [
        ("AutoExtract", 0.970, 0.984, 0.956, 0.470),
        ("Diffbot", 0.951, 0.958, 0.944, 0.348),
        ("trafilatura", 0.958, 0.938, 0.978, 0.293),
        ("readability", 0.922, 0.913, 0.931, 0.315),
        ("justext", 0.804, 0.858, 0.756, 0.088),
        ("boilerpipe", 0.860, 0.850, 0.870, 0.006),
        ("newspaper", 0.949, 0.964, 0.934, 0.326),
        ("goose3", 0.896, 0.940, 0.856, 0.232),
    ]

    @Test(.enabled(if: benchmarkAvailable, "../shared/external/article-extraction-benchmark is absent: the published-table check is skipped"),
          arguments: published)
    func reproducesPublishedTable(row: (String, Double, Double, Double, Double)) throws {
        let (name, f1, precision, recall, accuracy) = row
        let truth = try ScrapingHubScorer.articleBodies(jsonData: Data(contentsOf: Self.benchmarkFolder.appendingPathComponent("ground-truth.json")))
        let output = try ScrapingHubScorer.articleBodies(jsonData: Data(contentsOf: Self.benchmarkFolder.appendingPathComponent("output/\(name).json")))
        let result = ScrapingHubScorer.score(groundTruth: truth, output: output, replicates: 100, seed: 1)
        #expect(truth.count == 181)
        #expect(result.missing.isEmpty)
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() / 1000 } }
        #expect(rounded(result.f1.value) == f1)
        #expect(rounded(result.precision.value) == precision)
        #expect(rounded(result.recall.value) == recall)
        #expect(rounded(result.accuracy.value) == accuracy)
        #expect(result.f1.summary != nil)
    }

    @Test func readsBothOutputShapesAndNullBodies() throws {
        let plain = try ScrapingHubScorer.articleBodies(jsonData: Data(#"{"a": {"articleBody": "x y"}, "b": {"articleBody": null}, "c": {}}"#.utf8))
        #expect(plain == ["a": "x y", "b": "", "c": ""])
        let wrapped = try ScrapingHubScorer.articleBodies(jsonData: Data(#"{"version": "1", "output": {"a": {"articleBody": "z"}}}"#.utf8))
        #expect(wrapped == ["a": "z"])
        #expect(throws: ScrapingHubScorer.FormatError.self) { try ScrapingHubScorer.articleBodies(jsonData: Data("[1]".utf8)) }
    }

    @Test func missingOutputCountsAsEmptyBody() {
        let result = ScrapingHubScorer.score(groundTruth: ["a": "one two three four", "b": "five six"], output: ["a": "one two three four"], replicates: 0)
        #expect(result.missing == ["b"])
        #expect(result.precision.value == 1)    // b predicted nothing: not in the precision mean
        #expect(result.recall.value == 0.5)     // b: recall 0
        #expect(result.accuracy.value == 0.5)
    }
}
