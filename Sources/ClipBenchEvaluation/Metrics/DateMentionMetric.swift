import ClipBenchModel

/// TempEval-3 style scores for date mentions with offsets in one clipping.
///
/// Gold and predicted mentions are paired one to one by ``SpanMatching`` (identical spans first,
/// then the largest overlaps). `strictMatches` counts pairs with identical spans, `relaxedMatches`
/// all pairs (overlapping spans), and `valueCorrect` the relaxed pairs whose values are equal
/// (``ISODate/sameValue(_:_:)``: the same instant, or the same day, month, week or year at the same precision;
/// both null counts as equal). Summed over clippings: strict and relaxed P/R/F1, value accuracy =
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
        let matching = SpanMatching(
            gold: goldMentions.map { LabeledSpan(start: $0.start ?? 0, end: $0.end ?? 0) },
            predicted: predictedMentions.map { LabeledSpan(start: $0.start ?? 0, end: $0.end ?? 0) })
        var result = DateMentionMetric(gold: goldMentions.count, predicted: predictedMentions.count,
                                       strictMatches: 0, relaxedMatches: matching.pairs.count, valueCorrect: 0)
        for pair in matching.pairs {
            if pair.kind == .sameSpanSameLabel { result.strictMatches += 1 }
            if ISODate.sameValue(goldMentions[pair.gold].value, predictedMentions[pair.predicted].value) { result.valueCorrect += 1 }
        }
        return result
    }
}
