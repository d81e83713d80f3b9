import ClipBenchModel

/// TempEval-3 style scores for date mentions with offsets in one clipping.
///
/// Each schema has its own one-to-one ``SpanMatching``, independent of list order: `strictMatches`
/// is a maximum matching of mentions with identical spans; `relaxedMatches` a maximum matching of
/// overlapping mentions, chosen among those to give the most pairs with equal values, counted by
/// `valueCorrect` (``ISODate/sameValue(_:_:)``: the same instant, or the same day, month, week or year at the
/// same precision; both null counts as equal). Summed over clippings: strict and relaxed P/R/F1, value accuracy =
/// valueCorrect / relaxedMatches, value F1 = value accuracy × relaxed F1.
///
/// ```swift
/// let counts = DateMentionMetric.counts(gold: goldDates, predicted: predictedDates)
/// counts.relaxedMatches
/// ```
public struct DateMentionMetric: Sendable, Hashable {
    public var gold: Int
    public var predicted: Int
    public var strictMatches: Int
    public var relaxedMatches: Int
    public var valueCorrect: Int

    /// Scores the mentions that have both offsets; the others are scored by text elsewhere.
    public static func counts(gold: [DateMention], predicted: [DateMention]) -> DateMentionMetric {
        let (goldIndices, predictedIndices, graph) = overlapGraph(gold: gold, predicted: predicted)
        let strict = SpanMatching(graph: graph.restricted { $0.kind == .sameSpanSameLabel }) { _ in 0 }
        let relaxed = relaxedMatching(graph, gold: goldIndices.map { gold[$0] }, predicted: predictedIndices.map { predicted[$0] })
        return DateMentionMetric(
            gold: goldIndices.count, predicted: predictedIndices.count,
            strictMatches: strict.pairs.count, relaxedMatches: relaxed.pairs.count,
            valueCorrect: relaxed.pairs.count { ISODate.sameValue(gold[goldIndices[$0.gold]].value, predicted[predictedIndices[$0.predicted]].value) })
    }

    /// The relaxed pairs the metric counts, by index into `gold` and `predicted` (mentions without
    /// both offsets take no part): what the HTML report's review shows.
    ///
    /// - Complexity: as ``SpanMatching``.
    public static func relaxedPairs(gold: [DateMention], predicted: [DateMention]) -> [(gold: Int, predicted: Int)] {
        let (goldIndices, predictedIndices, graph) = overlapGraph(gold: gold, predicted: predicted)
        let relaxed = relaxedMatching(graph, gold: goldIndices.map { gold[$0] }, predicted: predictedIndices.map { predicted[$0] })
        return relaxed.pairs.map { (goldIndices[$0.gold], predictedIndices[$0.predicted]) }
    }

    private static func overlapGraph(
        gold: [DateMention], predicted: [DateMention]
    ) -> (gold: [Int], predicted: [Int], graph: SpanOverlapGraph) {
        let goldIndices = gold.indices.filter { gold[$0].start != nil && gold[$0].end != nil }
        let predictedIndices = predicted.indices.filter { predicted[$0].start != nil && predicted[$0].end != nil }
        let graph = SpanOverlapGraph(
            gold: goldIndices.map { LabeledSpan(start: gold[$0].start ?? 0, end: gold[$0].end ?? 0) },
            predicted: predictedIndices.map { LabeledSpan(start: predicted[$0].start ?? 0, end: predicted[$0].end ?? 0) })
        return (goldIndices, predictedIndices, graph)
    }

    /// Maximum cardinality, then the most pairs with equal values.
    private static func relaxedMatching(_ graph: SpanOverlapGraph, gold: [DateMention], predicted: [DateMention]) -> SpanMatching {
        SpanMatching(graph: graph) { ISODate.sameValue(gold[$0.gold].value, predicted[$0.predicted].value) ? 1 : 0 }
    }
}

extension ScoredTask {
    /// Date mentions by span: dates attempted, with offsets (or an empty list).
    public static let dateSpans = ScoredTask("date_spans")
}

extension DateMentionMetric: Metric {
    /// Per document: the mentions with offsets on each side, the strict and relaxed matches, and
    /// the relaxed matches with equal values.
    public struct Slots: Sendable {
        public let gold: CountSlot
        public let predicted: CountSlot
        public let strictMatches: CountSlot
        public let relaxedMatches: CountSlot
        public let valueCorrect: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(gold: layout.count("dates.gold"), predicted: layout.count("dates.predicted"),
              strictMatches: layout.count("dates.strict_matches"), relaxedMatches: layout.count("dates.relaxed_matches"),
              valueCorrect: layout.count("dates.value_correct"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        let dates = input.prediction.dates
        if input.tasks.contains(.dates), dates.isEmpty || dates.contains(where: { $0.start != nil && $0.end != nil }) {
            attempted.insert(.dateSpans)
        }
        add(counts(gold: input.gold.dates, predicted: dates), slots: slots, to: &statistics)
    }

    /// Adds one document's counts.
    public static func add(_ counts: DateMentionMetric, slots: Slots, to statistics: inout ScoreStatistics) {
        statistics[slots.gold] += Int64(counts.gold)
        statistics[slots.predicted] += Int64(counts.predicted)
        statistics[slots.strictMatches] += Int64(counts.strictMatches)
        statistics[slots.relaxedMatches] += Int64(counts.relaxedMatches)
        statistics[slots.valueCorrect] += Int64(counts.valueCorrect)
    }

    /// `dates.strict`, and `dates.relaxed` with value accuracy and value F1.
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        @Sendable func f1(_ statistics: ScoreStatistics, matches: CountSlot) -> Double {
            let credit = Double(statistics[matches]), actual = statistics[slots.predicted], possible = statistics[slots.gold]
            return MetricCatalog.f1(MetricCatalog.precision(credit: credit, actual: actual, possible: possible),
                                    MetricCatalog.recall(credit: credit, actual: actual, possible: possible)) ?? 0
        }
        func measures(matches: CountSlot) -> [MetricMeasure] {
            [
                MetricMeasure("precision") { MetricCatalog.precision(credit: Double($0[matches]), actual: $0[slots.predicted], possible: $0[slots.gold]) },
                MetricMeasure("recall") { MetricCatalog.recall(credit: Double($0[matches]), actual: $0[slots.predicted], possible: $0[slots.gold]) },
                MetricMeasure("f1") { f1($0, matches: matches) },
            ]
        }
        // Correct values over relaxed matches; 1 when there is nothing to match on either side.
        @Sendable func valueAccuracy(_ statistics: ScoreStatistics) -> Double? {
            let matches = statistics[slots.relaxedMatches]
            if matches > 0 { return Double(statistics[slots.valueCorrect]) / Double(matches) }
            return statistics[slots.gold] == 0 && statistics[slots.predicted] == 0 ? 1 : nil
        }
        return [
            MetricGroupDefinition(
                path: ["dates", "strict"], task: .dateSpans,
                measures: measures(matches: slots.strictMatches),
                counts: [MetricCount("matches", slots.strictMatches), MetricCount("gold", slots.gold),
                         MetricCount("predicted", slots.predicted)],
                perDocument: true),
            MetricGroupDefinition(
                path: ["dates", "relaxed"], task: .dateSpans,
                measures: measures(matches: slots.relaxedMatches) + [
                    MetricMeasure("value_accuracy") { valueAccuracy($0) },
                    MetricMeasure("value_f1") { statistics in
                        let relaxed = f1(statistics, matches: slots.relaxedMatches)
                        if relaxed == 0 { return 0 }
                        return valueAccuracy(statistics).map { $0 * relaxed }
                    },
                ],
                counts: [MetricCount("matches", slots.relaxedMatches), MetricCount("value_correct", slots.valueCorrect),
                         MetricCount("gold", slots.gold), MetricCount("predicted", slots.predicted)],
                perDocument: true),
        ]
    }
}
