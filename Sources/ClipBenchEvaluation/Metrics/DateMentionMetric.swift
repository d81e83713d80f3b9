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
