import ClipBenchCore
import ClipBenchModel

/// Entities compared as a set of (normalised text, type), offsets ignored: micro P/R/F1 over
/// clippings. Each distinct pair counts once per clipping (``SetOverlap``).
///
/// ```swift
/// let slots = EntityTextMetric.slots
/// statistics[slots.truePositive]    // (text, type) pairs found in both
/// ```
public enum EntityTextMetric: Metric {
    public struct Slots: Sendable {
        public let truePositive: CountSlot
        public let falsePositive: CountSlot
        public let falseNegative: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(truePositive: layout.count("entities.text.tp"), falsePositive: layout.count("entities.text.fp"),
              falseNegative: layout.count("entities.text.fn"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        if input.tasks.contains(.entities) { attempted.insert(.entityTexts) }
        struct TypedText: Hashable { var text: String; var type: EntityType }
        let texts = SetOverlap(
            gold: input.gold.entities.map { TypedText(text: ArabicNormalizer.normalize($0.text), type: $0.type) },
            predicted: input.prediction.entities.map { TypedText(text: ArabicNormalizer.normalize($0.text), type: $0.type) })
        statistics[slots.truePositive] += Int64(texts.truePositive)
        statistics[slots.falsePositive] += Int64(texts.falsePositive)
        statistics[slots.falseNegative] += Int64(texts.falseNegative)
    }

    /// `entities.text`.
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [MetricGroupDefinition(
            path: ["entities", "text"], task: .entityTexts,
            measures: MetricCatalog.microMeasures(slots.truePositive, slots.falsePositive, slots.falseNegative),
            counts: MetricCatalog.microCounts(slots.truePositive, slots.falsePositive, slots.falseNegative),
            perDocument: true)]
    }
}

extension ScoredTask {
    /// Entities by (normalised text, type) and by registry id: entities attempted.
    public static let entityTexts = ScoredTask("entity_texts")
}
