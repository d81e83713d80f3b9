import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ClipBench

/// A synthetic dataset with its gold written as predictions in `gold.jsonl`.
struct ScoredDataset {
    let dataset: TemporaryDataset
    let goldFile: URL

    init() throws {
        dataset = try TemporaryDataset.synthetic()
        let clipping = try GoldLoader(layout: DatasetLayout(root: dataset.root)).clipping(id: TemporaryDataset.sampleID).get()
        goldFile = dataset.root.appendingPathComponent("gold.jsonl")
        try Data((GoldExporter.prediction(for: clipping.annotation).jsonLine + "\n").utf8).write(to: goldFile)
    }

    var root: String { dataset.root.path }

    func write(_ name: String, _ text: String) throws -> String {
        let url = dataset.root.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The gold prediction with its last entity dropped.
    func predictionWithoutLastEntity() throws -> String {
        let clipping = try GoldLoader(layout: DatasetLayout(root: dataset.root)).clipping(id: TemporaryDataset.sampleID).get()
        var prediction = GoldExporter.prediction(for: clipping.annotation)
        prediction.entities.removeLast()
        return try write("dropped.jsonl", prediction.jsonLine + "\n")
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.run(arguments + ["--dataset", root], in: dataset.root, stdin: stdin)
    }
}

struct ScoreCommandTests {
    @Test func scoresGoldAsATableWithOneEverywhere() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let result = try scored.run(["score", scored.goldFile.path, "--bootstrap", "50"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ClipBench scorecard: gold\n"))
        #expect(result.stdout.contains("entities.strict"))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(!result.stdout.contains("not attempted"))
    }

    @Test func jsonIsByteIdenticalAcrossRunsWithTheSameSeed() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let path = try scored.predictionWithoutLastEntity()
        let first = try scored.run(["score", path, "--format", "json", "--bootstrap", "200", "--seed", "9"])
        let second = try scored.run(["score", path, "--format", "json", "--bootstrap", "200", "--seed", "9"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdoutData == second.stdoutData)
        let report = try ScoreReport(json: try JSONValue(parsing: first.stdout))
        #expect(report.extractor == "dropped")
        #expect(report.bootstrapReplicates == 200)
        #expect(report.fingerprint?.count == 64)
        for key in ["headline", "published", "body", "boilerplate", "entities", "dates"] {
            #expect(report.groups.contains { $0.keys.first == key }, "metrics.\(key)")
        }
    }

    @Test func readsPredictionsFromStandardInputAndNamesTheExtractor() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let line = try String(contentsOf: scored.goldFile, encoding: .utf8)
        let result = try scored.run(["score", "-", "--name", "mine", "--format", "json", "--bootstrap", "0"], stdin: line)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try ScoreReport(json: try JSONValue(parsing: result.stdout)).extractor == "mine")
    }

    @Test func rendersMarkdownAndJUnit() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let markdown = try scored.run(["score", scored.goldFile.path, "--format", "markdown", "--bootstrap", "20"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("### ClipBench scorecard: gold\n"))
        #expect(markdown.stdout.contains("| **entities.strict** | 1.000 | 1.000 | 1.000 |"))
        let junit = try scored.run(["score", scored.goldFile.path, "--format", "junit", "--bootstrap", "20"])
        #expect(junit.status == 0)
        let root = try #require(try XMLDocument(xmlString: junit.stdout, options: []).rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "failures")?.stringValue == "0")
    }

    @Test func writesTheHTMLReportAsOneStandalonePage() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let page = scored.dataset.root.appendingPathComponent("report.html").path
        let result = try scored.run(["score", scored.goldFile.path, "--format", "html", "-o", page, "--bootstrap", "20"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.lowercased().hasPrefix("<!doctype html>"))
        #expect(html.contains(TemporaryDataset.sampleID))
    }

    @Test func badPredictionsGiveLocatedDiagnosticsAndExitOne() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let gold = try String(contentsOf: scored.goldFile, encoding: .utf8)
        let path = try scored.write("bad.jsonl", gold + "{\"id\": \"nope\"}\nnot json\n" + gold)
        let result = try scored.run(["score", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.jsonl:2:8: error: id: unknown clipping id 'nope'"))
        #expect(result.stderr.contains("bad.jsonl:3:1: error: not valid JSON"))
        #expect(result.stderr.contains("bad.jsonl:4:7: error: id: duplicate prediction"))
        #expect(result.stderr.contains("--allow-invalid"))

        let lenient = try scored.run(["score", path, "--allow-invalid", "--bootstrap", "0"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("bad.jsonl:2:8: warning:"))
    }

    @Test func anEmptyFileScoresEverythingAsMissing() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let path = try scored.write("empty.jsonl", "")
        let result = try scored.run(["score", path, "--bootstrap", "0"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("empty.jsonl: warning: no predictions: the input is empty"))
        #expect(result.stderr.contains("1 clipping has no prediction and is scored as missing: \(TemporaryDataset.sampleID)"))
        #expect(result.stdout.contains("not attempted"))
    }

    @Test func outputRefusesToOverwriteWithoutForce() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let target = try scored.write("report.json", "keep me")
        let refused = try scored.run(["score", scored.goldFile.path, "--format", "json", "-o", target])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("report.json: error: already exists"))
        #expect(refused.stderr.contains("pass --force to overwrite it"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
        let forced = try scored.run(["score", scored.goldFile.path, "--format", "json", "-o", target, "--force", "--bootstrap", "0"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.isEmpty)
        #expect(try ScoreReport(json: try JSONValue(parsing: String(contentsOfFile: target, encoding: .utf8))).extractor == "gold")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scored.root).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func withoutPredictionsScoresTheBuiltInExtractor() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let result = try scored.run(["score", "--format", "json", "--bootstrap", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ScoreReport(json: try JSONValue(parsing: result.stdout))
        #expect(report.extractor == BuiltInPredictions.defaultName)
        #expect(report.documentCount == 1)
    }

    @Test(arguments: [["score", "--bootstrap", "-1"], ["score", "--format", "pdf"], ["score", "--scrapinghub", "x.json"]])
    func badUsageExitsSixtyFour(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }

    /// The published table of the ScrapingHub benchmark (shared/external/article-extraction-benchmark/README.md).
    static let published: [(String, [Double])] = [
        ("AutoExtract", [0.970, 0.984, 0.956, 0.470]), ("Diffbot", [0.951, 0.958, 0.944, 0.348]),
        ("trafilatura", [0.958, 0.938, 0.978, 0.293]), ("readability", [0.922, 0.913, 0.931, 0.315]),
        ("justext", [0.804, 0.858, 0.756, 0.088]), ("boilerpipe", [0.860, 0.850, 0.870, 0.006]),
        ("newspaper", [0.949, 0.964, 0.934, 0.326]), ("goose3", [0.896, 0.940, 0.856, 0.232]),
    ]

    /// ../shared beside the project (SPEC); one level further up from a worktree in wt/.
    static let benchmark: URL? = ["../shared", "../../shared"].map {
        CommandRunner.packageRoot.appendingPathComponent($0 + "/external/article-extraction-benchmark").standardizedFileURL
    }.first { FileManager.default.fileExists(atPath: $0.path) }

    @Test(.enabled(if: benchmark != nil, "../shared/external/article-extraction-benchmark is absent: the published-table check is skipped"),
          arguments: published)
    func scoresAScrapingHubPairAsPublished(extractor: String, expected: [Double]) throws {
        let benchmark = try #require(Self.benchmark)
        let result = try CommandRunner.run([
            "score", "--scrapinghub", benchmark.appendingPathComponent("ground-truth.json").path,
            benchmark.appendingPathComponent("output/\(extractor).json").path, "--format", "json", "--bootstrap", "0",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONValue(parsing: result.stdout)
        let measured = ["f1", "precision", "recall", "accuracy"].map { json.member($0).flatMap { if case .number(let value) = $0 { value } else { nil } } ?? -1 }
        for (value, published) in zip(measured, expected) {
            #expect(String(format: "%.3f", value) == String(format: "%.3f", published), "\(extractor): \(measured)")
        }
    }
}
