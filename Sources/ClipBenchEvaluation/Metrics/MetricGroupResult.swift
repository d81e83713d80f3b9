/// One group of a scorecard, such as `entities.strict`.
public struct MetricGroupResult: Sendable {
    public var path: [String]
    /// False when no prediction attempted the group's task: show "not attempted", never zero.
    public var attempted: Bool
    public var measures: [MetricResult]
    /// The counts behind the measures, such as `tp`, `fp`, `fn`.
    public var counts: [(name: String, value: Double)]

    /// The dotted name of the group, such as `entities.strict`.
    public var name: String { path.joined(separator: ".") }
}
