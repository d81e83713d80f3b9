import ClipBenchCore

/// Exact match and SQuAD-style token F1 of a predicted headline.
///
/// Both headlines are normalised with ``ArabicNormalizer`` and split on whitespace; then the English
/// articles `a`, `an` and `the` are dropped, the one step of SQuAD v1.1's official `normalize_answer`
/// (lower-case, remove ASCII punctuation, remove articles, fix whitespace) that the Arabic
/// normalisation does not already do. So on Latin text the numbers equal SQuAD's `exact_match_score`
/// and `f1_score`, including its edge case: when either side has no tokens, precision, recall and F1
/// are 1 if both are empty and 0 otherwise.
///
/// ```swift
/// let score = HeadlineMetric.score(gold: "The cat sat", predicted: "a cat sat down")
/// score.exactMatch  // false
/// score.f1          // 0.8  (precision 2/3, recall 1)
/// ```
public struct HeadlineMetric: Sendable, Hashable {
    public var exactMatch: Bool
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(exactMatch: Bool, precision: Double, recall: Double, f1: Double) {
        self.exactMatch = exactMatch
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// The tokens a headline is compared by.
    public static func tokens(of text: String?) -> [String] {
        guard let text else { return [] }
        return ArabicNormalizer.tokens(in: text).filter { $0 != "a" && $0 != "an" && $0 != "the" }
    }

    /// Scores a predicted headline (nil when the extractor found none) against the gold (nil when the
    /// clipping has no headline).
    public static func score(gold: String?, predicted: String?) -> HeadlineMetric {
        let goldTokens = tokens(of: gold)
        let predictedTokens = tokens(of: predicted)
        let exact = goldTokens == predictedTokens
        if goldTokens.isEmpty || predictedTokens.isEmpty {
            let value: Double = exact ? 1 : 0
            return HeadlineMetric(exactMatch: exact, precision: value, recall: value, f1: value)
        }
        let overlap = TokenOverlap(gold: goldTokens, predicted: predictedTokens)
        guard overlap.common > 0 else { return HeadlineMetric(exactMatch: false, precision: 0, recall: 0, f1: 0) }
        let precision = Double(overlap.common) / Double(predictedTokens.count)
        let recall = Double(overlap.common) / Double(goldTokens.count)
        return HeadlineMetric(exactMatch: exact, precision: precision, recall: recall, f1: 2 * precision * recall / (precision + recall))
    }
}

extension ScoredTask {
    /// The headline: `headline` attempted.
    public static let headline = ScoredTask("headline")
}

extension HeadlineMetric: Metric {
    /// Per document: 1 document, 1 if exact, and its precision, recall and F1 (summed exactly).
    public struct Slots: Sendable {
        public let documents: CountSlot
        public let exactMatches: CountSlot
        public let precisionSum: SumSlot
        public let recallSum: SumSlot
        public let f1Sum: SumSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(documents: layout.count("headline.documents"), exactMatches: layout.count("headline.exact_matches"),
              precisionSum: layout.sum("headline.precision_sum"), recallSum: layout.sum("headline.recall_sum"),
              f1Sum: layout.sum("headline.f1_sum"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        if input.tasks.contains(.headline) { attempted.insert(.headline) }
        let headline = score(gold: input.gold.headline, predicted: input.prediction.headline)
        statistics[slots.documents] += 1
        if headline.exactMatch { statistics[slots.exactMatches] += 1 }
        statistics.add(headline.precision, to: slots.precisionSum)
        statistics.add(headline.recall, to: slots.recallSum)
        statistics.add(headline.f1, to: slots.f1Sum)
    }

    /// `headline`: the means over documents of precision, recall, F1 and exact match.
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [MetricGroupDefinition(
            path: ["headline"], task: .headline,
            measures: [
                MetricMeasure("precision") { MetricCatalog.mean($0[slots.precisionSum], over: $0[slots.documents]) },
                MetricMeasure("recall") { MetricCatalog.mean($0[slots.recallSum], over: $0[slots.documents]) },
                MetricMeasure("f1") { MetricCatalog.mean($0[slots.f1Sum], over: $0[slots.documents]) },
                MetricMeasure("exact_match") { MetricCatalog.mean(Double($0[slots.exactMatches]), over: $0[slots.documents]) },
            ],
            counts: [MetricCount("documents", slots.documents), MetricCount("exact_matches", slots.exactMatches)],
            perDocument: true)]
    }
}
