/// One group of a report, such as `entities.strict`.
public struct MetricGroupReport: Sendable {
    /// The dotted path, such as `entities.by_type.PER.strict`.
    public var path: String
    /// False when the task's key was absent from every prediction: shown as "not attempted", never as zero.
    public var attempted: Bool
    public var measures: [MetricMeasureReport]
    /// The counts behind the measures (tp, fp, COR, …), by name.
    public var counts: [(String, Double)]

    public func measure(_ name: String) -> MetricMeasureReport? { measures.first { $0.name == name } }
}

/// One measure: its value (nil when undefined) and its bootstrap spread, if computed.
public struct MetricMeasureReport: Sendable {
    public var name: String
    public var value: Double?
    public var spread: MeasureSpread?
}

/// The bootstrap's standard deviation and 95% interval of a measure.
public struct MeasureSpread: Sendable, Hashable {
    public var standardDeviation: Double
    public var low: Double?
    public var high: Double?

    public init(standardDeviation: Double, low: Double?, high: Double?) {
        self.standardDeviation = standardDeviation
        self.low = low
        self.high = high
    }
}

/// One clipping's row of a report.
public struct DocumentReport: Sendable {
    public var id: String
    public var groups: [MetricGroupReport]
    public var isMissing: Bool

    public var figures: [String: Double] { ScoreReport.figures(of: groups) }
}
