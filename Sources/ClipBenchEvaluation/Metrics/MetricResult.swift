/// One measure of a group, with its bootstrap spread.
public struct MetricResult: Sendable, Hashable {
    public var name: String
    /// The point estimate; nil when undefined (for example a mean over no documents).
    public var value: Double?
    /// The bootstrap standard deviation and 95% interval; nil without a bootstrap.
    public var summary: BootstrapSummary?
}
