import ClipBenchDataset
import ClipBenchExtraction

/// One group of a report, such as `entities.strict`: its figures in report order, each a measure
/// or a count as the metric catalogue defines it.
public struct MetricGroupReport: Sendable, Hashable {
    /// The keys leading to the group in the JSON report, such as `["entities", "by_type", "PER", "strict"]`.
    public var keys: [String]
    /// False when the task's key was absent from every prediction: shown as "not attempted", never as zero.
    public var attempted: Bool
    /// Whether the scorecard, the comparison and a new gate show the group (of the per-type
    /// entity groups, only the strict schema's; the JSON report keeps them all).
    public var isShown: Bool
    /// The measures, then the counts, in the catalogue's order (empty when not attempted).
    public var figures: [ReportFigure]

    public init(keys: [String], attempted: Bool, isShown: Bool, figures: [ReportFigure]) {
        self.keys = keys
        self.attempted = attempted
        self.isShown = isShown
        self.figures = figures
    }

    /// The dotted path, such as `entities.by_type.PER.strict`.
    public var path: String { keys.joined(separator: ".") }

    /// The ratios that reports show, gates pin and `compare` compares.
    public var measures: [ReportFigure] { figures.filter { $0.kind == .measure } }

    /// The counts behind the measures (tp, fp, correct, …).
    public var counts: [ReportFigure] { figures.filter { $0.kind == .count } }

    /// The measure named `name`, such as `f1`.
    public func measure(_ name: String) -> ReportFigure? { measures.first { $0.name == name } }
}

/// One number of a group: a measure (a ratio, with its bootstrap spread when computed) or a count.
///
/// ```swift
/// ReportFigure(name: "f1", kind: .measure, value: 0.75, spread: nil)
/// ```
public struct ReportFigure: Sendable, Hashable {
    /// What a figure is; the metric catalogue says which, so no renderer guesses from the name.
    public enum Kind: Sendable, Hashable {
        /// A ratio in [0, 1]: shown with three decimals, pinned by gates, bootstrapped.
        case measure
        /// A number of items or documents behind the measures.
        case count
    }

    public var name: String
    public var kind: Kind
    /// The value as the JSON report holds it (six decimals); nil when undefined.
    public var value: Double?
    /// The bootstrap spread (measures only); nil without a bootstrap.
    public var spread: MeasureSpread?

    public init(name: String, kind: Kind, value: Double?, spread: MeasureSpread? = nil) {
        self.name = name
        self.kind = kind
        self.value = value
        self.spread = spread
    }
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
public struct DocumentReport: Sendable, Hashable {
    public var id: String
    /// The clipping's groups: those the catalogue repeats per document.
    public var groups: [MetricGroupReport]
    public var isMissing: Bool

    public init(id: String, groups: [MetricGroupReport], isMissing: Bool) {
        self.id = id
        self.groups = groups
        self.isMissing = isMissing
    }

    /// The row of one scored clipping: the catalogue's per-document groups, a task this
    /// prediction did not attempt shown as such (a missing clipping attempted everything).
    ///
    /// - Complexity: O(metric groups).
    public init(score: DocumentScore) {
        var groups: [MetricGroupReport] = []
        for definition in MetricCatalog.groups where definition.perDocument {
            let attempted = score.isMissing || score.attempted.contains(definition.task)
            ScoreReport.append(ScoreReport.group(definition, attempted: attempted, statistics: score.statistics, spread: { _ in nil }),
                               to: &groups)
        }
        self.init(id: score.id, groups: groups, isMissing: score.isMissing)
    }

    public var figures: [String: Double] { ScoreReport.figures(of: groups) }
}
