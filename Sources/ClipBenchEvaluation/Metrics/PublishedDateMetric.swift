import ClipBenchModel

/// How a predicted publication date compares with the gold, at the precision of the gold.
///
/// | gold | prediction | outcome |
/// | --- | --- | --- |
/// | a date | the same date | `truePositive` |
/// | a date | another (or unreadable) date | `wrong` (one false positive and one false negative) |
/// | a date | none | `falseNegative` |
/// | none | a date | `falsePositive` |
/// | none | none | `trueNegative` |
///
/// "The same" is judged at the gold's precision: the calendar day as written (or the month or year
/// when the gold gives only those); when both give a time of day, the instant to the second, with
/// time-zone offsets applied (a time without an offset is read as UTC).
///
/// ```swift
/// PublishedDateMetric.outcome(gold: "2025-04-10", predicted: "2025-04-10T08:00:00+03:00")  // .truePositive
/// PublishedDateMetric.outcome(gold: "2025-02-27T01:36:37Z", predicted: "2025-02-27T04:36:37+03:00")  // .truePositive
/// ```
public enum PublishedDateMetric: String, Sendable, Hashable, CaseIterable {
    case truePositive, wrong, falseNegative, falsePositive, trueNegative

    /// The outcome for one clipping; an empty predicted string counts as no prediction.
    public static func outcome(gold: String?, predicted: String?) -> PublishedDateMetric {
        let predicted = predicted.flatMap { $0.isEmpty ? nil : $0 }
        switch (gold, predicted) {
        case (nil, nil): return .trueNegative
        case (nil, _?): return .falsePositive
        case (_?, nil): return .falseNegative
        case let (gold?, predicted?):
            return sameDate(gold: gold, predicted: predicted) ? .truePositive : .wrong
        }
    }

    /// Whether `predicted` names the same date as `gold` at the gold's precision (``ISODate/isMatched(atItsPrecisionBy:)``).
    public static func sameDate(gold: String, predicted: String) -> Bool {
        guard let goldValue = ISODate(prediction: gold), let predictedValue = ISODate(prediction: predicted) else {
            return gold == predicted
        }
        return goldValue.isMatched(atItsPrecisionBy: predictedValue)
    }
}

extension ScoredTask {
    /// The publication date: `published` attempted.
    public static let published = ScoredTask("published")
}

extension PublishedDateMetric: Metric {
    /// Per document: its outcome as micro counts (``wrong`` is one false positive and one false
    /// negative), and 1 document.
    public struct Slots: Sendable {
        public let truePositive: CountSlot
        public let falsePositive: CountSlot
        public let falseNegative: CountSlot
        public let trueNegative: CountSlot
        public let documents: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(truePositive: layout.count("published.tp"), falsePositive: layout.count("published.fp"),
              falseNegative: layout.count("published.fn"), trueNegative: layout.count("published.tn"),
              documents: layout.count("published.documents"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        if input.tasks.contains(.published) { attempted.insert(.published) }
        statistics[slots.documents] += 1
        switch outcome(gold: input.gold.published.value, predicted: input.prediction.published) {
        case .truePositive: statistics[slots.truePositive] += 1
        case .wrong:
            statistics[slots.falsePositive] += 1
            statistics[slots.falseNegative] += 1
        case .falseNegative: statistics[slots.falseNegative] += 1
        case .falsePositive: statistics[slots.falsePositive] += 1
        case .trueNegative: statistics[slots.trueNegative] += 1
        }
    }

    /// `published`: micro P/R/F1 and accuracy (true positives and negatives over documents).
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [MetricGroupDefinition(
            path: ["published"], task: .published,
            measures: MetricCatalog.microMeasures(slots.truePositive, slots.falsePositive, slots.falseNegative) + [
                MetricMeasure("accuracy") {
                    MetricCatalog.mean(Double($0[slots.truePositive] + $0[slots.trueNegative]), over: $0[slots.documents])
                },
            ],
            counts: MetricCatalog.microCounts(slots.truePositive, slots.falsePositive, slots.falseNegative)
                + [MetricCount("tn", slots.trueNegative), MetricCount("documents", slots.documents)],
            perDocument: true)]
    }
}
