import Foundation
import Testing
@testable import ClipBench

struct ScoreComparisonTests {
    /// The sample report with some figures changed.
    func changedReport() throws -> ScoreReport {
        let url = CommandRunner.fixturesFolder.appendingPathComponent("score/report.json")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: #""extractor": "sample""#, with: #""extractor": "better""#)
        text = text.replacingOccurrences(of: #""headline": {"precision": 0.75, "recall": 0.5, "f1": 0.6,"#, with: #""headline": {"precision": 0.75, "recall": 0.5, "f1": 0.7,"#)
        text = text.replacingOccurrences(of: #""body": {"precision": 1, "recall": 0.8, "f1": 0.888889"#, with: #""body": {"precision": 1, "recall": 1, "f1": 1"#)
        text = text.replacingOccurrences(of: #"{"id": "b", "missing": true, "metrics": {"headline": {"precision": 0, "recall": 0, "f1": 0"#,
                                         with: #"{"id": "b", "missing": true, "metrics": {"headline": {"precision": 0, "recall": 0, "f1": 0.5"#)
        return try ScoreReport(json: try JSONValue(parsing: text))
    }

    /// Rows follow the catalogue whichever run has a group, and the per-type strict rows of a task
    /// neither run attempted are shown as not attempted, as `score` shows them.
    @Test(arguments: [false, true])
    func rowsFollowTheCatalogueAndShowWhatScoreShows(bodyInBase: Bool) throws {
        func report(attempted: Set<PredictionTask>) -> ScoreReport {
            var evaluator = Evaluator(configuration: EvaluationConfiguration(extractor: "x", bootstrapReplicates: 0))
            let clipping = MetricsTestClipping.sample()
            var prediction = clipping.goldPrediction
            prediction.attempted = attempted
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
            return ScoreReport(scorecard: evaluator.scorecard())
        }
        let withBody = report(attempted: [.headline, .body])
        let withoutBody = report(attempted: [.headline])
        let comparison = ScoreComparison(base: bodyInBase ? withBody : withoutBody, new: bodyInBase ? withoutBody : withBody, paired: nil)
        let metrics = comparison.shownRows.map(\.metric)
        let body = try #require(metrics.firstIndex(of: "body.f1"))
        #expect(metrics[body + 1] == "body.accuracy" && metrics[body + 2] == "body.tokens.micro.f1")
        #expect(metrics.contains("entities.by_type.PER.strict"))
        #expect(!metrics.contains("entities.by_type.PER.exact"))
        #expect(comparison.table(colour: false).contains("entities.by_type.PER.strict   not attempted"))
    }

    @Test func aReportComparedWithItselfChangesNothing() throws {
        let report = try sampleReport()
        let comparison = ScoreComparison(base: report, new: report, paired: nil)
        #expect(comparison.rows.allSatisfy { ($0.difference ?? 0) == 0 })
        #expect(comparison.documents.isEmpty)
        #expect(comparison.table(colour: false).contains("no clipping's main figures changed"))
    }

    @Test func listsEachMeasureWithItsChangeAndTheClippingsThatChangedMost() throws {
        let spread = ScoreComparison.PairedSpread(spread: MeasureSpread(standardDeviation: 0.02, low: 0.05, high: 0.15), shareImproved: 0.99)
        let comparison = ScoreComparison(base: try sampleReport(), new: try changedReport(), paired: ["headline.f1": spread], topDocuments: 1)
        let headline = try #require(comparison.rows.first { $0.metric == "headline.f1" })
        #expect(abs((headline.difference ?? 0) - 0.1) < 1e-9)
        #expect(headline.isSignificant)
        #expect(comparison.rows.first { $0.metric == "published" }?.baseAttempted == false)
        #expect(comparison.documents.map(\.id) == ["b"])   // 0.5 beats a's 0.111
        let table = comparison.table(colour: false)
        #expect(table.contains("headline.f1"))
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("headline.f1") && $0.hasSuffix("[+0.050, +0.150]  *") })
        #expect(!table.contains("headline.precision"))
        #expect(comparison.markdown().contains("| headline.f1 | 0.600 | 0.700 | **+0.100** | [+0.050, +0.150] |"))
        let json = comparison.jsonValue.serialized()
        #expect(json.contains(#"{"metric":"headline.f1","base":0.6,"new":0.7,"difference":0.1,"std":0.02,"interval":[0.05,0.15],"share_improved":0.99,"significant":true}"#))
    }
}
