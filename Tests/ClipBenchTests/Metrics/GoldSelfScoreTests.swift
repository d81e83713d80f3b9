import Foundation
import Testing
@testable import ClipBench

/// The package's own gold, exported as predictions, scores 1.0 everywhere; dropping one entity costs
/// exactly one mention of recall.
@Suite struct GoldSelfScoreTests {
    static let layout = DatasetLayout(root: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())

    static var hasGold: Bool { !GoldLoader(layout: layout).scoredIDs().isEmpty }

    static func clippings() throws -> [GoldClipping] {
        let loader = GoldLoader(layout: layout)
        return try loader.scoredIDs().map { id in try loader.clipping(id: id).get() }
    }

    static func resolver() -> EntityNameResolver {
        let registry = GoldLoader(layout: layout).registry().registry
        return EntityNameResolver { name in registry.id(matching: name) }
    }

    @Test(.enabled(if: hasGold, "the package has no annotations yet"))
    func goldScoresOneOnEveryMetric() throws {
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 50, seed: 2), resolver: Self.resolver())
        for clipping in try Self.clippings() {
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: GoldExporter.prediction(for: clipping.annotation))
        }
        let scorecard = evaluator.scorecard()
        for group in scorecard.groups where group.attempted {
            for measure in group.measures {
                #expect(measure.value == 1, "\(group.name).\(measure.name) is \(String(describing: measure.value))")
            }
        }
        #expect(ScoredTask.allCases.allSatisfy(scorecard.isAttempted))
    }

    @Test(.enabled(if: hasGold, "the package has no annotations yet"))
    func droppingOneEntityCostsOneMention() throws {
        let clippings = try Self.clippings()
        guard let index = clippings.firstIndex(where: { !$0.annotation.entities.isEmpty }) else { return }
        var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 0))
        for (position, clipping) in clippings.enumerated() {
            var prediction = GoldExporter.prediction(for: clipping.annotation)
            if position == index { prediction.entities.removeLast() }
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
        }
        let scorecard = evaluator.scorecard()
        let mentions = Double(clippings.reduce(0) { $0 + $1.annotation.entities.count })
        for schema in EntitySchema.allCases {
            let recall = try #require(scorecard.measure("entities.\(schema.rawValue).recall")?.value)
            #expect(abs(recall - (mentions - 1) / mentions) < 1e-12)
            #expect(scorecard.measure("entities.\(schema.rawValue).precision")?.value == 1)
        }
    }
}
