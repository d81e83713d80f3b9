import ClipBenchCore
import ClipBenchModel

/// Date mentions compared as a set of normalised texts, offsets and values ignored: micro P/R/F1
/// over clippings.
///
/// ```swift
/// let slots = DateTextMetric.slots
/// statistics[slots.truePositive]    // texts found in both
/// ```
public enum DateTextMetric: Metric {
    public struct Slots: Sendable {
        public let truePositive: CountSlot
        public let falsePositive: CountSlot
        public let falseNegative: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(truePositive: layout.count("dates.text.tp"), falsePositive: layout.count("dates.text.fp"),
              falseNegative: layout.count("dates.text.fn"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        if input.tasks.contains(.dates) { attempted.insert(.dateTexts) }
        let texts = SetOverlap(gold: input.gold.dates.map { ArabicNormalizer.normalize($0.text) },
                               predicted: input.prediction.dates.map { ArabicNormalizer.normalize($0.text) })
        statistics[slots.truePositive] += Int64(texts.truePositive)
        statistics[slots.falsePositive] += Int64(texts.falsePositive)
        statistics[slots.falseNegative] += Int64(texts.falseNegative)
    }

    /// `dates.text`.
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [MetricGroupDefinition(
            path: ["dates", "text"], task: .dateTexts,
            measures: MetricCatalog.microMeasures(slots.truePositive, slots.falsePositive, slots.falseNegative),
            counts: MetricCatalog.microCounts(slots.truePositive, slots.falsePositive, slots.falseNegative),
            perDocument: true)]
    }
}

extension ScoredTask {
    /// Date mentions by normalised text: dates attempted.
    public static let dateTexts = ScoredTask("date_texts")
}
