/// The change of one measure between two scorecards.
public struct MetricDifference: Sendable, Hashable {
    /// The dotted group, such as `entities.strict`.
    public var group: String
    /// The measure, such as `f1`.
    public var name: String
    public var base: Double?
    public var new: Double?
    /// `new − base`; nil when either is undefined or not attempted.
    public var difference: Double?
    /// The paired bootstrap spread of the difference (std and 95% interval).
    public var summary: BootstrapSummary?
    /// The share of replicates in which `new` was above `base`.
    public var shareImproved: Double?

    /// Whether the 95% interval of the difference excludes zero.
    public var isSignificant: Bool {
        guard let summary else { return false }
        return summary.low > 0 || summary.high < 0
    }
}
