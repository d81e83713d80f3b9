/// TempEval-3 style scores for date mentions with offsets in one clipping.
///
/// Each schema has its own one-to-one ``SpanMatching``, independent of list order: `strictMatches`
/// is a maximum matching of mentions with identical spans; `relaxedMatches` a maximum matching of
/// overlapping mentions, chosen among those to give the most pairs with equal values, counted by
/// `valueCorrect` (both null counts as equal). Summed over clippings: strict and relaxed P/R/F1, value accuracy =
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
        let goldMentions = gold.filter { $0.start != nil && $0.end != nil }
        let predictedMentions = predicted.filter { $0.start != nil && $0.end != nil }
        let graph = SpanOverlapGraph(
            gold: goldMentions.map { LabeledSpan(start: $0.start ?? 0, end: $0.end ?? 0) },
            predicted: predictedMentions.map { LabeledSpan(start: $0.start ?? 0, end: $0.end ?? 0) })
        let valuesAgree = { (pair: SpanMatching.Pair) in goldMentions[pair.gold].value == predictedMentions[pair.predicted].value }
        let strict = SpanMatching(graph: graph.restricted { $0.kind == .sameSpanSameLabel }) { _ in 0 }
        let relaxed = SpanMatching(graph: graph) { valuesAgree($0) ? 1 : 0 }
        let result = DateMentionMetric(gold: goldMentions.count, predicted: predictedMentions.count,
                                       strictMatches: strict.pairs.count, relaxedMatches: relaxed.pairs.count,
                                       valueCorrect: relaxed.pairs.count(where: valuesAgree))
        return result
    }
}
