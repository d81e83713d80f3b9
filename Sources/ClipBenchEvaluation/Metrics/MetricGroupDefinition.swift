/// A group of metrics that an extractor attempts or not as a whole, such as `entities.strict`,
/// with the counts behind them.
public struct MetricGroupDefinition: Sendable {
    /// The keys leading to the group in the report, such as `["entities", "strict"]`.
    public let path: [String]
    /// The task that must be attempted for the group to be reported.
    public let task: ScoredTask
    /// The measures (ratios, bootstrapped), in report order.
    public let measures: [MetricMeasure]
    /// The counts behind them (integers), in report order after the measures.
    public let counts: [MetricCount]
    /// Whether the group is repeated in each document's row.
    public let perDocument: Bool
    /// Whether the scorecard, the comparison and a new gate show the group (the JSON report
    /// always holds it): false for the per-type entity groups of the lenient schemas.
    public var isShown = true

    public init(path: [String], task: ScoredTask, measures: [MetricMeasure], counts: [MetricCount], perDocument: Bool,
                isShown: Bool = true) {
        self.path = path
        self.task = task
        self.measures = measures
        self.counts = counts
        self.perDocument = perDocument
        self.isShown = isShown
    }
}
