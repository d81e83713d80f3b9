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
/// statistics[EntitySpanMetric.slots.slot(.strict, .correct)]
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
        count(gold: gold, predicted: predicted, slots: slots, into: &statistics)
    }

    static func count(gold: [EntityMention], predicted: [EntityMention], slots: Slots, into statistics: inout ScoreStatistics) {
        let goldMentions = gold.filter { $0.start != nil && $0.end != nil }
        let predictedMentions = predicted.filter { $0.start != nil && $0.end != nil }
        let goldSpans = goldMentions.map(span(of:))
        let predictedSpans = predictedMentions.map(span(of:))
        record(SpanOverlapGraph(gold: goldSpans, predicted: predictedSpans), slots: slots, into: &statistics, type: nil)
        // Per type, as nervaluate's per-entity results: each type is matched on its own, so a mention
        // predicted with the wrong type is missed under the gold type and spurious under its own.
        for type in EntityType.allCases {
            let goldOfType = goldSpans.filter { $0.label == type.rawValue }
            let predictedOfType = predictedSpans.filter { $0.label == type.rawValue }
            guard !goldOfType.isEmpty || !predictedOfType.isEmpty else { continue }
            record(SpanOverlapGraph(gold: goldOfType, predicted: predictedOfType), slots: slots, into: &statistics, type: type)
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

    private static func record(_ graph: SpanOverlapGraph, slots: Slots, into statistics: inout ScoreStatistics, type: EntityType?) {
        // Schemas that credit the same kinds share one matching (exact and partial always do).
        var matchings: [[Bool]: SpanMatching] = [:]
        for schema in EntitySchema.allCases {
            let credited = SpanMatching.Kind.allCases.map { outcomes(of: $0)[schema.index] == .correct }
            let matching = matchings[credited] ?? matching(graph, schema: schema)
            matchings[credited] = matching
            for pair in matching.pairs {
                statistics[slots.slot(schema, outcomes(of: pair.kind)[schema.index], type: type)] += 1
            }
            statistics[slots.slot(schema, .missing, type: type)] += Int64(matching.unmatchedGold.count)
            statistics[slots.slot(schema, .spurious, type: type)] += Int64(matching.unmatchedPredicted.count)
        }
    }

    package static func span(of mention: EntityMention) -> LabeledSpan {
        LabeledSpan(start: mention.start ?? 0, end: mention.end ?? 0, label: mention.type.rawValue)
    }
}

extension ScoredTask {
    /// The SemEval schemas: entities attempted, with offsets (or an empty list).
    public static let entitySpans = ScoredTask("entity_spans")
}

extension EntitySpanMetric: Metric {
    /// One count per outcome, schema and type (all types together, then each type).
    public struct Slots: Sendable {
        let table: [CountSlot]

        /// The slot of an entity count: `type` nil for all types together.
        public func slot(_ schema: EntitySchema, _ outcome: EntityOutcome, type: EntityType? = nil) -> CountSlot {
            let group = type.flatMap { EntityType.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            return table[(group * EntitySchema.allCases.count + schema.index) * EntityOutcome.allCases.count + outcome.index]
        }
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        var table: [CountSlot] = []
        for type in [nil] + EntityType.allCases.map(Optional.some) {
            for schema in EntitySchema.allCases {
                for outcome in EntityOutcome.allCases {
                    table.append(layout.count((path(schema, type: type) + [outcome.rawValue]).joined(separator: ".")))
                }
            }
        }
        return Slots(table: table)
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        let entities = input.prediction.entities
        if input.tasks.contains(.entities), entities.isEmpty || entities.contains(where: { $0.start != nil && $0.end != nil }) {
            attempted.insert(.entitySpans)
        }
        count(gold: input.gold.entities, predicted: entities, slots: slots, into: &statistics)
    }

    /// The report path of a schema's group: `entities.strict`, `entities.by_type.PER.strict`.
    static func path(_ schema: EntitySchema, type: EntityType?) -> [String] {
        type.map { ["entities", "by_type", $0.rawValue, schema.rawValue] } ?? ["entities", schema.rawValue]
    }

    /// `entities.<schema>` for the four schemas, then `entities.by_type.<TYPE>.<schema>` (totals only;
    /// by type, the strict schema stands for the four in the scorecard, the others are in the JSON report).
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        EntitySchema.allCases.map { group($0, type: nil, slots: slots) }
            + EntityType.allCases.flatMap { type in EntitySchema.allCases.map { group($0, type: type, slots: slots) } }
    }

    static func group(_ schema: EntitySchema, type: EntityType?, slots: Slots) -> MetricGroupDefinition {
        @Sendable func slot(_ outcome: EntityOutcome) -> CountSlot { slots.slot(schema, outcome, type: type) }
        let halfCredit = schema == .partial || schema == .type
        @Sendable func parts(_ statistics: ScoreStatistics) -> (credit: Double, actual: Int64, possible: Int64) {
            let correct = statistics[slot(.correct)], incorrect = statistics[slot(.incorrect)]
            let partial = statistics[slot(.partial)]
            let credit = Double(correct) + (halfCredit ? 0.5 * Double(partial) : 0)
            return (credit, correct + incorrect + partial + statistics[slot(.spurious)],
                    correct + incorrect + partial + statistics[slot(.missing)])
        }
        return MetricGroupDefinition(
            path: path(schema, type: type), task: .entitySpans,
            measures: [
                MetricMeasure("precision") { let p = parts($0); return MetricCatalog.precision(credit: p.credit, actual: p.actual, possible: p.possible) },
                MetricMeasure("recall") { let p = parts($0); return MetricCatalog.recall(credit: p.credit, actual: p.actual, possible: p.possible) },
                MetricMeasure("f1") {
                    let p = parts($0)
                    return MetricCatalog.f1(MetricCatalog.precision(credit: p.credit, actual: p.actual, possible: p.possible),
                                            MetricCatalog.recall(credit: p.credit, actual: p.actual, possible: p.possible))
                },
            ],
            counts: [
                MetricCount("correct", slot(.correct)), MetricCount("incorrect", slot(.incorrect)),
                MetricCount("partial", slot(.partial)), MetricCount("missed", slot(.missing)),
                MetricCount("spurious", slot(.spurious)),
                MetricCount("possible") { parts($0).possible }, MetricCount("actual") { parts($0).actual },
            ],
            perDocument: type == nil, isShown: type == nil || schema == .strict)
    }
}
