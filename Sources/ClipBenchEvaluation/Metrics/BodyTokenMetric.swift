import ClipBenchCore

/// Normalised unigram overlap of the predicted body with the gold body, micro and macro.
///
/// Both bodies are normalised (``ArabicNormalizer``) and compared as multisets of words
/// (``TokenOverlap``). Micro sums the counts over documents before taking ratios; macro averages
/// each document's precision (over documents with a predicted word) and recall (over documents
/// with a gold word), and its F1 is the harmonic mean of the two means.
///
/// ```swift
/// let slots = BodyTokenMetric.slots
/// statistics[slots.truePositive]       // words in common, summed
/// statistics[slots.precisionSum]       // per-document precisions, summed exactly
/// ```
public enum BodyTokenMetric: Metric {
    public struct Slots: Sendable {
        public let truePositive: CountSlot
        public let falsePositive: CountSlot
        public let falseNegative: CountSlot
        public let precisionSum: SumSlot
        public let precisionDocuments: CountSlot
        public let recallSum: SumSlot
        public let recallDocuments: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(truePositive: layout.count("body.tokens.tp"), falsePositive: layout.count("body.tokens.fp"),
              falseNegative: layout.count("body.tokens.fn"),
              precisionSum: layout.sum("body.tokens.precision_sum"), precisionDocuments: layout.count("body.tokens.precision_documents"),
              recallSum: layout.sum("body.tokens.recall_sum"), recallDocuments: layout.count("body.tokens.recall_documents"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        if input.tasks.contains(.body) { attempted.insert(.body) }
        add(TokenOverlap(normalizedGold: input.goldBody, normalizedPredicted: input.predictedBody), slots: slots, to: &statistics)
    }

    /// Adds one document's overlap: the micro counts and the macro per-document ratios.
    public static func add(_ overlap: TokenOverlap, slots: Slots, to statistics: inout ScoreStatistics) {
        statistics[slots.truePositive] += Int64(overlap.common)
        statistics[slots.falsePositive] += Int64(overlap.falsePositive)
        statistics[slots.falseNegative] += Int64(overlap.falseNegative)
        if overlap.predictedCount > 0 {
            statistics.add(Double(overlap.common) / Double(overlap.predictedCount), to: slots.precisionSum)
            statistics[slots.precisionDocuments] += 1
        }
        if overlap.goldCount > 0 {
            statistics.add(Double(overlap.common) / Double(overlap.goldCount), to: slots.recallSum)
            statistics[slots.recallDocuments] += 1
        }
    }

    /// `body.tokens.micro` (per document too) and `body.tokens.macro` (totals only).
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [
            MetricGroupDefinition(
                path: ["body", "tokens", "micro"], task: .body,
                measures: MetricCatalog.microMeasures(slots.truePositive, slots.falsePositive, slots.falseNegative),
                counts: MetricCatalog.microCounts(slots.truePositive, slots.falsePositive, slots.falseNegative),
                perDocument: true),
            MetricGroupDefinition(
                path: ["body", "tokens", "macro"], task: .body,
                measures: MetricCatalog.meanMeasures(slots.precisionSum, slots.precisionDocuments, slots.recallSum, slots.recallDocuments),
                counts: [MetricCount("precision_documents", slots.precisionDocuments),
                         MetricCount("recall_documents", slots.recallDocuments)],
                perDocument: false),
        ]
    }
}
