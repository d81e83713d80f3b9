/// One reported measure of a metric group (a ratio such as F1) and how it is computed from summed
/// statistics; it gets a bootstrap spread. Counts are ``MetricCount``s.
public struct MetricMeasure: Sendable {
    public let name: String
    /// The value, or nil when it is undefined (for example a mean over no documents).
    public let value: @Sendable (ScoreStatistics) -> Double?

    public init(_ name: String, _ value: @escaping @Sendable (ScoreStatistics) -> Double?) {
        self.name = name
        self.value = value
    }
}

/// One reported count of a metric group (such as `tp` or `documents`): an integer computed from
/// the summed counts, always defined, never bootstrapped.
///
/// ```swift
/// MetricCount("tp", slots.truePositive)                                  // one slot
/// MetricCount("actual") { $0[slots.truePositive] + $0[slots.falsePositive] }
/// ```
public struct MetricCount: Sendable {
    public let name: String
    public let value: @Sendable (ScoreStatistics) -> Int64

    public init(_ name: String, _ value: @escaping @Sendable (ScoreStatistics) -> Int64) {
        self.name = name
        self.value = value
    }

    /// The count held in one slot.
    public init(_ name: String, _ slot: CountSlot) {
        self.init(name) { $0[slot] }
    }
}
