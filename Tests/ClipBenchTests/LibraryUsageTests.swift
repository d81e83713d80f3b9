import ClipBench
import Foundation
import Testing

/// The README's "Using the library from Swift" example, compiled and run with the public API only
/// (a plain `import ClipBench`), so the example cannot drift from the library.
struct LibraryUsageTests {
    @Test func theReadmeExampleScoresTheGoldAsPerfect() throws {
        let layout = DatasetLayout(root: CommandRunner.packageRoot)
        let gold = GoldLoader(layout: layout)
        var evaluator = Evaluator(configuration: EvaluationConfiguration(
            extractor: "mine", goldFingerprint: "", bootstrapReplicates: 100, seed: 0))
        let ids = layout.annotationIDs()
        #expect(ids.count >= 5)
        for id in ids {
            let clipping = try gold.clipping(id: id).get()
            // An extractor's JSON line; here the gold itself, printed as `clipbench gold` does.
            let line = GoldExporter.prediction(for: clipping.annotation).jsonLine
            let prediction = try Prediction(jsonText: line)
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
        }
        let scorecard = evaluator.scorecard()
        #expect(scorecard.measure("entities.strict.f1")?.value == 1.0)
        #expect(scorecard.measure("body.f1")?.value == 1.0)
        let report = ScoreReport(scorecard: scorecard)   // the one report model
        #expect(ReportFormat.markdown.render(report).hasPrefix("### ClipBench scorecard: mine"))
        #expect(ReportFormat.json.render(report).contains("\"gold_fingerprint\""))
        #expect(report.figures["entities.strict.f1"] == 1)
    }
}
