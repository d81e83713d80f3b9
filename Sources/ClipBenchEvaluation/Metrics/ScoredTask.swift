/// A group of metrics that an extractor attempts or not as a whole.
///
/// A task is attempted by a prediction when the prediction has its key (SPEC section 4). A task that
/// no prediction of a run attempts is reported as not attempted, never as zero. Each metric's file
/// declares the tasks it reports (`ScoredTask.headline` in `HeadlineMetric.swift`); `allCases` lists
/// them in the catalogue's order, the order of the report's `attempted` object.
///
/// ```swift
/// ScoredTask.allCases.map(\.rawValue)   // ["headline", "published", "body", …]
/// ScoredTask(rawValue: "date_spans")    // .dateSpans
/// ```
public struct ScoredTask: RawRepresentable, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    /// A task named `rawValue`, for a metric's file to declare.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The catalogue's task named `rawValue`, or nil.
    public init?(rawValue: String) {
        guard MetricCatalog.tasks.contains(ScoredTask(rawValue)) else { return nil }
        self.init(rawValue)
    }

    /// Every task the catalogue's metrics report, in report order.
    public static var allCases: [ScoredTask] { MetricCatalog.tasks }

    public var description: String { rawValue }
}
