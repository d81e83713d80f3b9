/// A group of measures reported together, such as `entities.strict`, with the counts behind them.
public struct MetricGroupDefinition: Sendable {
    /// The keys leading to the group in the report, such as `["entities", "strict"]`.
    public let path: [String]
    /// The task that must be attempted for the group to be reported.
    public let task: ScoredTask
    public let measures: [MetricMeasure]
    public let counts: [MetricMeasure]
    /// Whether the group is repeated in each document's row.
    public let perDocument: Bool
    /// Whether the scorecard, the comparison and a new gate show the group (the JSON report
    /// always holds it): false for the per-type entity groups of the lenient schemas.
    public var isShown = true
}
