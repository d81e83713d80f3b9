import ClipBenchModel
import ClipBenchDataset
import ClipBenchExtraction

/// The SemEval-2013 schemas (strict, exact, partial, type) for entity mentions with offsets.
///
/// For each schema, gold and predicted mentions are paired by ``SpanMatching`` (one to one,
/// independent of list order): a maximum-cardinality matching of overlapping mentions that, among
/// those, credits the most pairs under that schema (the `COR` column below). Then each pair, and
/// each mention left over, gets its outcome under that schema, as nervaluate defines them:
///
/// | pair | strict | exact | partial | type |
/// | --- | --- | --- | --- | --- |
/// | same span, same type | COR | COR | COR | COR |
/// | same span, other type | INC | COR | COR | INC |
/// | overlap, same type | INC | INC | PAR | COR |
/// | overlap, other type | INC | INC | PAR | INC |
/// | gold left over | MIS | MIS | MIS | MIS |
/// | prediction left over | SPU | SPU | SPU | SPU |
///
/// Per type (`by_type`), as nervaluate 1.x computes its per-entity results, the gold and predicted
/// mentions of that type alone are matched and counted, so a mention predicted with the wrong type is
/// missed under the gold's type and spurious under its own. Counts are summed over documents before any ratio is taken,
/// so partial credit survives aggregation: P = (COR + ½·PAR) / ACT and R = (COR + ½·PAR) / POS for
/// `partial` and `type` (PAR is always 0 for `type`), P = COR / ACT and R = COR / POS for the others,
/// with ACT = COR + INC + PAR + SPU and POS = COR + INC + PAR + MIS.
///
/// ```swift
/// var statistics = ScoreStatistics()
/// EntitySpanMetric.count(gold: goldMentions, predicted: predictedMentions, into: &statistics)
/// statistics[ScoreStatistics.Slot.entity(.strict, .correct)]
/// ```
public enum EntitySpanMetric {
    /// The outcome of a matched pair under each schema, in `EntitySchema.allCases` order.
    public static func outcomes(of kind: SpanMatching.Kind) -> [EntityOutcome] {
        switch kind {
        case .sameSpanSameLabel: [.correct, .correct, .correct, .correct]
        case .sameSpanOtherLabel: [.incorrect, .correct, .correct, .incorrect]
        case .overlapSameLabel: [.incorrect, .incorrect, .partial, .correct]
        case .overlapOtherLabel: [.incorrect, .incorrect, .partial, .incorrect]
        }
    }

    /// Adds the counts of one document to `statistics`: all types together and per type.
    ///
    /// Mentions without both offsets are ignored here (they are scored by text at document level).
    public static func count(gold: [EntityMention], predicted: [EntityMention], into statistics: inout ScoreStatistics) {
        let goldMentions = gold.filter { $0.start != nil && $0.end != nil }
        let predictedMentions = predicted.filter { $0.start != nil && $0.end != nil }
        let goldSpans = goldMentions.map(span(of:))
        let predictedSpans = predictedMentions.map(span(of:))
        record(SpanOverlapGraph(gold: goldSpans, predicted: predictedSpans), into: &statistics, type: nil)
        // Per type, as nervaluate's per-entity results: each type is matched on its own, so a mention
        // predicted with the wrong type is missed under the gold type and spurious under its own.
        for type in EntityType.allCases {
            let goldOfType = goldSpans.filter { $0.label == type.rawValue }
            let predictedOfType = predictedSpans.filter { $0.label == type.rawValue }
            guard !goldOfType.isEmpty || !predictedOfType.isEmpty else { continue }
            record(SpanOverlapGraph(gold: goldOfType, predicted: predictedOfType), into: &statistics, type: type)
        }
    }

    /// The pairs `schema` counts, by index into `gold` and `predicted` (mentions without both offsets
    /// take no part), each with its outcome under `schema`: what the HTML report's review shows.
    ///
    /// - Complexity: as ``SpanMatching``.
    public static func pairs(
        gold: [EntityMention], predicted: [EntityMention], schema: EntitySchema
    ) -> [(gold: Int, predicted: Int, outcome: EntityOutcome)] {
        let goldIndices = gold.indices.filter { gold[$0].start != nil && gold[$0].end != nil }
        let predictedIndices = predicted.indices.filter { predicted[$0].start != nil && predicted[$0].end != nil }
        let graph = SpanOverlapGraph(gold: goldIndices.map { span(of: gold[$0]) },
                                     predicted: predictedIndices.map { span(of: predicted[$0]) })
        return matching(graph, schema: schema).pairs.map {
            (goldIndices[$0.gold], predictedIndices[$0.predicted], outcomes(of: $0.kind)[schema.index])
        }
    }

    /// The matching that `schema` counts: maximum cardinality, then the most pairs it credits as `COR`.
    public static func matching(_ graph: SpanOverlapGraph, schema: EntitySchema) -> SpanMatching {
        SpanMatching(graph: graph) { outcomes(of: $0.kind)[schema.index] == .correct ? 1 : 0 }
    }

    private static func record(_ graph: SpanOverlapGraph, into statistics: inout ScoreStatistics, type: EntityType?) {
        // Schemas that credit the same kinds share one matching (exact and partial always do).
        var matchings: [[Bool]: SpanMatching] = [:]
        for schema in EntitySchema.allCases {
            let credited = SpanMatching.Kind.allCases.map { outcomes(of: $0)[schema.index] == .correct }
            let matching = matchings[credited] ?? matching(graph, schema: schema)
            matchings[credited] = matching
            for pair in matching.pairs {
                statistics[ScoreStatistics.Slot.entity(schema, outcomes(of: pair.kind)[schema.index], type: type)] += 1
            }
            statistics[ScoreStatistics.Slot.entity(schema, .missing, type: type)] += Double(matching.unmatchedGold.count)
            statistics[ScoreStatistics.Slot.entity(schema, .spurious, type: type)] += Double(matching.unmatchedPredicted.count)
        }
    }

    package static func span(of mention: EntityMention) -> LabeledSpan {
        LabeledSpan(start: mention.start ?? 0, end: mention.end ?? 0, label: mention.type.rawValue)
    }
}
