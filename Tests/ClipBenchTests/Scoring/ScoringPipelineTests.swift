import Foundation
import Testing
@testable import ClipBench

struct ScoringPipelineTests {
    /// The synthetic dataset's gold, in the prediction format.
    func goldPrediction(in dataset: TemporaryDataset) throws -> Prediction {
        let clipping = try GoldLoader(layout: DatasetLayout(root: dataset.root)).clipping(id: TemporaryDataset.sampleID).get()
        return GoldExporter.prediction(for: clipping.annotation)
    }

    func pipeline(_ dataset: TemporaryDataset, _ invalid: ScoringPipeline.InvalidPredictions = .failRun) -> ScoringPipeline {
        ScoringPipeline(layout: DatasetLayout(root: dataset.root),
                        options: .init(extractor: "test", bootstrapReplicates: 20, seed: 3, invalidPredictions: invalid))
    }

    @Test func goldScoredAgainstItselfGivesOneOnEveryMetric() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let outcome = pipeline(dataset).score(predictions: [try goldPrediction(in: dataset)], source: "<gold>")
        #expect(!outcome.failed, "\(outcome.diagnostics)")
        let report = ScoreReport(scorecard: try #require(outcome.scorecard))
        #expect(report.groups.allSatisfy { $0.attempted })
        let figures = report.figures
        #expect(figures.count > 20)
        for (name, value) in figures.sorted(by: { $0.key < $1.key }) {
            #expect(value == 1, "\(name) = \(value)")
        }
    }

    @Test func droppingOneEntityLowersEntityRecallByExactlyOneMention() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        var prediction = try goldPrediction(in: dataset)
        let mentions = prediction.entities.count
        prediction.entities.removeLast()
        let outcome = pipeline(dataset).score(predictions: [prediction], source: "<gold>")
        let figures = ScoreReport(scorecard: try #require(outcome.scorecard)).figures
        for schema in ["strict", "exact", "partial", "type"] {
            #expect(abs((figures["entities.\(schema).recall"] ?? 0) - Double(mentions - 1) / Double(mentions)) < 1e-6)
            #expect(figures["entities.\(schema).precision"] == 1)
        }
    }

    @Test func readsPredictionsFromAFileLikeInProcess() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let prediction = try goldPrediction(in: dataset)
        let file = dataset.root.appendingPathComponent("gold.jsonl")
        try Data((prediction.jsonLine + "\n").utf8).write(to: file)
        let fromFile = pipeline(dataset).score(PredictionReader(input: .file(file)))
        let inProcess = pipeline(dataset).score(predictions: [prediction], source: "<gold>")
        #expect(fromFile.diagnostics.isEmpty)
        // The file's run hashes the gold it read into the fingerprint; apart from that the reports are the same.
        let fingerprint = DatasetFingerprint(layout: DatasetLayout(root: dataset.root)).hexadecimal
        #expect(fromFile.scorecard?.configuration.goldFingerprint == fingerprint)
        #expect(fromFile.fingerprint?.hexadecimal == fingerprint)
        var fileScorecard = fromFile.scorecard
        fileScorecard?.configuration.goldFingerprint = ""
        let rendered = [fileScorecard, inProcess.scorecard].map { $0.map { ScorecardJSONRenderer.render(ScoreReport(scorecard: $0)) } }
        #expect(rendered[0] != nil && rendered[0] == rendered[1])
    }

    @Test func reportsClippingsWithoutAPredictionAsMissing() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let outcome = pipeline(dataset).score(predictions: [], source: "<none>")
        #expect(outcome.missingIDs == [TemporaryDataset.sampleID])
        #expect(!outcome.failed)
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(outcome.diagnostics.first?.message.contains("scored as missing") == true)
        #expect(outcome.scorecard?.missingCount == 1)
    }

    @Test func anInvalidPredictionFailsTheRunOrIsScoredAsMissingWhenAllowed() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        var prediction = try goldPrediction(in: dataset)
        prediction.entities[0].text = "خطأ"
        let strict = pipeline(dataset).score(predictions: [prediction], source: "<test>")
        #expect(strict.failed)
        #expect(strict.diagnostics.first?.description.hasPrefix("<test>:1:") == true)
        #expect(strict.diagnostics.first?.message.contains("differs from the seed") == true)

        let lenient = pipeline(dataset, .scoreAsMissing).score(predictions: [prediction], source: "<test>")
        #expect(!lenient.failed)
        #expect(lenient.invalidIDs == [TemporaryDataset.sampleID])
        #expect(lenient.diagnostics.first?.severity == .warning)
        #expect(lenient.scorecard?.documentCount == 1)
    }

    @Test func leavesDraftsOut() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let prediction = try goldPrediction(in: dataset)
        let yaml = TemporaryDataset.sampleAnnotation().replacingOccurrences(of: "status: done", with: "status: draft")
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: yaml)
        let outcome = pipeline(dataset).score(predictions: [prediction], source: "<test>")
        #expect(outcome.scorecard?.documentCount == 0)
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(outcome.diagnostics.first?.message.contains("draft") == true)
    }
}

struct ScoringPipelineLimitsTests {
    @Test func reportsTheFirstProblemsAndCountsTheRest() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let lines = (0..<(ScoringPipeline.maximumReportedProblems + 50)).map { "{\"id\": \"unknown_\($0)\"}" }
        let file = dataset.root.appendingPathComponent("many.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let pipeline = ScoringPipeline(layout: DatasetLayout(root: dataset.root), options: .init(extractor: "x", bootstrapReplicates: 0))
        let outcome = pipeline.score(PredictionReader(input: .file(file)))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == ScoringPipeline.maximumReportedProblems + 1)
        #expect(errors.last?.message == "50 more problems in the predictions not shown")
        #expect(outcome.failed)
    }
}

struct ScoringPipelineDraftTests {
    @Test func anUnfinishedDraftIsLeftOutNotReportedAsBrokenGold() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let clipping = try GoldLoader(layout: DatasetLayout(root: dataset.root)).clipping(id: TemporaryDataset.sampleID).get()
        try dataset.writeSeed(id: "draft_002", text: "نص جديد لم يكتمل\n")
        try dataset.writeAnnotation(id: "draft_002", yaml: """
            # yaml-language-server: $schema=../Schemas/annotation.schema.json
            id: draft_002
            status: draft
            headline: "نص جديد"
            published: {value: null, reason: absent}
            regions:
              - {text: "نص جديد لم يكتمل", label: body}
            entities: []
            dates: []

            """)
        let pipeline = ScoringPipeline(layout: DatasetLayout(root: dataset.root), options: .init(extractor: "x", bootstrapReplicates: 0))
        let outcome = pipeline.score(predictions: [GoldExporter.prediction(for: clipping.annotation)], source: "<test>")
        #expect(!outcome.failed, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.missingIDs.isEmpty)
        #expect(outcome.scorecard?.documentCount == 1)

        let withDraft = pipeline.score(predictions: [Prediction(id: "draft_002", attempted: [.headline], headline: "x")], source: "<test>")
        #expect(withDraft.diagnostics.contains { $0.severity == .warning && $0.message.contains("draft") })
        #expect(withDraft.missingIDs == [TemporaryDataset.sampleID])
    }
}
