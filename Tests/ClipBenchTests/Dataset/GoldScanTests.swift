import Foundation
import Testing
@testable import ClipBench

/// The one pass over the gold: what it yields, and that its fingerprint is the dataset's.
struct GoldScanTests {
    @Test func yieldsTheScoredClippingsInOrderAndTheSameFingerprint() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        // A draft is left out; a broken annotation is reported and still fingerprinted (as scored).
        let draft = TemporaryDataset.sampleAnnotation().replacingOccurrences(of: "id: sample_001", with: "id: a_draft")
            .replacingOccurrences(of: "status: done", with: "status: draft")
        try dataset.writeSeed(id: "a_draft", text: TemporaryDataset.sampleSeed)
        try dataset.writeAnnotation(id: "a_draft", yaml: draft)
        try dataset.writeSeed(id: "z_broken", text: "نص")
        try dataset.writeAnnotation(id: "z_broken", yaml: "id: z_broken\nstatus: [\n")
        let layout = DatasetLayout(root: dataset.root)

        let scan = GoldScan(layout: layout, listsFiles: true)
        let items = Array(scan)
        #expect(items.count == 2)
        guard items.count == 2 else { return }
        if case .clipping(let clipping) = items[0] { #expect(clipping.id == TemporaryDataset.sampleID) } else { Issue.record("\(items[0])") }
        if case .failed(let id, let diagnostics) = items[1] { #expect(id == "z_broken" && !diagnostics.isEmpty) } else { Issue.record("\(items[1])") }
        let expected = DatasetFingerprint(layout: layout)
        #expect(scan.fingerprint == expected)
        #expect(scan.fingerprint?.ids == [TemporaryDataset.sampleID, "z_broken"])
    }

    @Test func theBuiltInRunScoresAsThePredictionStreamDoes() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let layout = DatasetLayout(root: dataset.root)
        let fingerprint = DatasetFingerprint.hexadecimal(of: layout)
        let pipeline = ScoringPipeline(layout: layout, options: .init(extractor: "baseline", bootstrapReplicates: 50, goldFingerprint: fingerprint))
        let streamed = pipeline.score(predictions: BuiltInPredictions.stream(layout: layout), source: "<baseline>")
        var scanned = ScoringPipeline(layout: layout, options: .init(extractor: "baseline", bootstrapReplicates: 50))
            .scoreBuiltIn(source: "<baseline>")
        #expect(scanned.scorecard?.configuration.goldFingerprint == fingerprint)
        scanned.scorecard?.configuration.goldFingerprint = fingerprint
        #expect(scanned.scorecard.map { ScorecardJSONRenderer.render(ScoreReport(scorecard: $0)) } == streamed.scorecard.map { ScorecardJSONRenderer.render(ScoreReport(scorecard: $0)) })
        #expect(scanned.diagnostics == streamed.diagnostics)
    }
}
