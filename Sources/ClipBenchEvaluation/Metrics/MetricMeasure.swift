/// One reported number of a metric group and how it is computed from summed statistics.
public struct MetricMeasure: Sendable {
    public let name: String
    /// The value, or nil when it is undefined (for example a mean over no documents).
    public let value: @Sendable (ScoreStatistics) -> Double?

    public init(_ name: String, _ value: @escaping @Sendable (ScoreStatistics) -> Double?) {
        self.name = name
        self.value = value
    }
}
