import ClipBenchModel

/// Every metric of SPEC section 5, in report order: the one list a new metric is added to. From it
/// the catalogue lays out the statistics (each metric's declared slots in turn), counts a clipping
/// (each metric in turn) and lists the report's groups and tasks.
///
/// Conventions for ratios (so that scoring the gold against itself gives 1.0 everywhere), with the
/// formulas the metrics share:
/// - micro P/R/F1 from counts: with nothing predicted and nothing to find, P = R = F1 = 1; with an
///   empty denominator otherwise, the ratio is 0 (as nervaluate and scikit-learn's `zero_division=0`);
/// - means over documents (body, macro) are nil (JSON null) when no document qualifies, and their F1 is
///   the harmonic mean of the two means, as the ScrapingHub benchmark computes it.
///
/// ```swift
/// MetricCatalog.groups.map(\.path)          // [["headline"], ["published"], ["body"], …]
/// MetricCatalog.group(["entities", "strict"])?.measures.map(\.name)   // ["precision", "recall", "f1"]
/// HeadlineMetric.slots.documents            // the slot laid out for it
/// ```
public enum MetricCatalog {
    /// The metrics, in report order.
    public static let metrics: [any Metric.Type] = [
        HeadlineMetric.self,
        PublishedDateMetric.self,
        BodyShingleMetric.self,
        BodyTokenMetric.self,
        BoilerplateMetric.self,
        EntitySpanMetric.self,
        EntityTextMetric.self,
        EntityRegistryMetric.self,
        DateMentionMetric.self,
        DateTextMetric.self,
    ]

    /// The layout, counters and groups of the metrics, built once.
    private struct Registry: Sendable {
        var layout = StatisticsLayout()
        var slots: [ObjectIdentifier: any Sendable] = [:]
        var counters: [@Sendable (ScoringInput, inout ScoreStatistics, inout Set<ScoredTask>) -> Void] = []
        var groups: [MetricGroupDefinition] = []

        mutating func register<M: Metric>(_ metric: M.Type) {
            let slots = M.declareSlots(in: &layout)
            self.slots[ObjectIdentifier(metric)] = slots
            counters.append { input, statistics, attempted in
                M.count(input, slots: slots, into: &statistics, attempted: &attempted)
            }
            groups += M.groups(slots: slots)
        }
    }

    private static let registry: Registry = {
        var registry = Registry()
        for metric in metrics { registry.register(metric) }
        return registry
    }()

    /// Where every metric's numbers go.
    public static var layout: StatisticsLayout { registry.layout }

    /// All groups, in report order.
    public static var groups: [MetricGroupDefinition] { registry.groups }

    /// Every task the groups report, in report order.
    public static let tasks: [ScoredTask] = {
        var tasks: [ScoredTask] = []
        for group in registry.groups where !tasks.contains(group.task) { tasks.append(group.task) }
        return tasks
    }()

    /// The slots laid out for `metric`.
    public static func slots<M: Metric>(of metric: M.Type) -> M.Slots {
        guard let slots = registry.slots[ObjectIdentifier(metric)] as? M.Slots else {
            preconditionFailure("\(metric) is not in MetricCatalog.metrics")
        }
        return slots
    }

    /// Counts one clipping with every metric.
    ///
    /// - Returns: the clipping's statistics and the tasks its prediction attempted.
    public static func count(_ input: ScoringInput) -> (statistics: ScoreStatistics, attempted: Set<ScoredTask>) {
        var statistics = ScoreStatistics(layout: registry.layout)
        var attempted: Set<ScoredTask> = []
        for counter in registry.counters { counter(input, &statistics, &attempted) }
        return (statistics, attempted)
    }

    /// The group at `path`, such as `["entities", "strict"]`.
    public static func group(_ path: [String]) -> MetricGroupDefinition? {
        groups.first { $0.path == path }
    }

    // MARK: Formulas the metrics share

    /// `sum / documents`, or nil over no documents.
    public static func mean(_ sum: Double, over documents: Int64) -> Double? {
        documents > 0 ? sum / Double(documents) : nil
    }

    /// Precision from credit and the number of predictions; see the conventions above.
    public static func precision(credit: Double, actual: Int64, possible: Int64) -> Double {
        if actual > 0 { return credit / Double(actual) }
        return possible == 0 ? 1 : 0
    }

    /// Recall from credit and the number of gold items; see the conventions above.
    public static func recall(credit: Double, actual: Int64, possible: Int64) -> Double {
        if possible > 0 { return credit / Double(possible) }
        return actual == 0 ? 1 : 0
    }

    /// The harmonic mean of precision and recall; 0 when both are 0, nil when either is undefined.
    public static func f1(_ precision: Double?, _ recall: Double?) -> Double? {
        guard let precision, let recall else { return nil }
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// `tp`, `fp` and `fn`, as micro counts are reported.
    public static func microCounts(_ truePositive: CountSlot, _ falsePositive: CountSlot, _ falseNegative: CountSlot) -> [MetricCount] {
        [MetricCount("tp", truePositive), MetricCount("fp", falsePositive), MetricCount("fn", falseNegative)]
    }

    /// Micro precision, recall and F1 from summed `tp`, `fp` and `fn`.
    public static func microMeasures(_ truePositive: CountSlot, _ falsePositive: CountSlot, _ falseNegative: CountSlot) -> [MetricMeasure] {
        @Sendable func parts(_ statistics: ScoreStatistics) -> (Double, Int64, Int64) {
            let tp = statistics[truePositive]
            return (Double(tp), tp + statistics[falsePositive], tp + statistics[falseNegative])
        }
        return [
            MetricMeasure("precision") { let (tp, actual, possible) = parts($0); return precision(credit: tp, actual: actual, possible: possible) },
            MetricMeasure("recall") { let (tp, actual, possible) = parts($0); return recall(credit: tp, actual: actual, possible: possible) },
            MetricMeasure("f1") {
                let (tp, actual, possible) = parts($0)
                return f1(precision(credit: tp, actual: actual, possible: possible), recall(credit: tp, actual: actual, possible: possible))
            },
        ]
    }

    /// Precision, recall and F1 as means of per-document ratios, each over the documents where it is defined.
    public static func meanMeasures(_ precisionSum: SumSlot, _ precisionDocuments: CountSlot,
                                    _ recallSum: SumSlot, _ recallDocuments: CountSlot) -> [MetricMeasure] {
        [
            MetricMeasure("precision") { mean($0[precisionSum], over: $0[precisionDocuments]) },
            MetricMeasure("recall") { mean($0[recallSum], over: $0[recallDocuments]) },
            MetricMeasure("f1") { f1(mean($0[precisionSum], over: $0[precisionDocuments]), mean($0[recallSum], over: $0[recallDocuments])) },
        ]
    }
}
