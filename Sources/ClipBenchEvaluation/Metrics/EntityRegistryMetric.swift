import ClipBenchModel

/// Entities compared as a set of registry ids: micro P/R/F1 over clippings.
///
/// A predicted entity's id is the one it gives (mapped to the gold registry's entry when the
/// predictions come from another registry), else the id its name resolves to in the registry
/// (``EntityNameResolver``); an entity with neither takes no part.
///
/// ```swift
/// let slots = EntityRegistryMetric.slots
/// statistics[slots.falseNegative]   // gold ids not predicted
/// ```
public enum EntityRegistryMetric: Metric {
    public struct Slots: Sendable {
        public let truePositive: CountSlot
        public let falsePositive: CountSlot
        public let falseNegative: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(truePositive: layout.count("entities.registry.tp"), falsePositive: layout.count("entities.registry.fp"),
              falseNegative: layout.count("entities.registry.fn"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        if input.tasks.contains(.entities) { attempted.insert(.entityTexts) }
        let resolver = input.resolver
        let registry = SetOverlap(
            gold: input.gold.entities.compactMap(\.registryID),
            predicted: input.prediction.entities.compactMap { entity in
                entity.registryID.map { resolver?.registryID(forPredictedID: $0) ?? $0 } ?? resolver?.registryID(for: entity.text)
            })
        statistics[slots.truePositive] += Int64(registry.truePositive)
        statistics[slots.falsePositive] += Int64(registry.falsePositive)
        statistics[slots.falseNegative] += Int64(registry.falseNegative)
    }

    /// `entities.registry`.
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [MetricGroupDefinition(
            path: ["entities", "registry"], task: .entityTexts,
            measures: MetricCatalog.microMeasures(slots.truePositive, slots.falsePositive, slots.falseNegative),
            counts: MetricCatalog.microCounts(slots.truePositive, slots.falsePositive, slots.falseNegative),
            perDocument: true)]
    }
}
