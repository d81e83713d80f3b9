/// The result of scoring a run: aggregate metrics per task with bootstrap spread, and per-document rows.
///
/// ```swift
/// let scorecard = evaluator.scorecard()
/// scorecard.measure("entities.strict.f1")?.value        // 0.73
/// scorecard.measure("body.f1")?.summary?.low            // 95% interval, lower end
/// scorecard.group(["headline"])?.attempted              // false when no prediction had the key
/// ```
public struct Scorecard: Sendable {
    public var configuration: EvaluationConfiguration
    /// The number of clippings scored, missing ones included.
    public let documentCount: Int
    /// The number of clippings that had no prediction.
    public let missingCount: Int
    /// For each task, how many predictions attempted it.
    public let attemptedCounts: [ScoredTask: Int]
    /// The statistics summed over all documents.
    public let totals: ScoreStatistics
    /// The summed statistics of each bootstrap replicate.
    public let replicates: [ScoreStatistics]
    /// Identifies the set of documents (order-independent), so paired comparisons can check it.
    public let documentSetHash: UInt64
    /// The per-document rows, if the evaluator kept them.
    public let documents: [DocumentScore]

    public init(configuration: EvaluationConfiguration, documentCount: Int, missingCount: Int,
                attemptedCounts: [ScoredTask: Int], totals: ScoreStatistics, replicates: [ScoreStatistics],
                documentSetHash: UInt64, documents: [DocumentScore]) {
        self.configuration = configuration
        self.documentCount = documentCount
        self.missingCount = missingCount
        self.attemptedCounts = attemptedCounts
        self.totals = totals
        self.replicates = replicates
        self.documentSetHash = documentSetHash
        self.documents = documents
    }

    /// Whether any prediction attempted `task`.
    public func isAttempted(_ task: ScoredTask) -> Bool {
        (attemptedCounts[task] ?? 0) > 0
    }

    /// Every metric group, in report order.
    public var groups: [MetricGroupResult] {
        MetricCatalog.groups.map(result(of:))
    }

    /// The group at `path`, such as `["entities", "by_type", "PER", "strict"]`.
    public func group(_ path: [String]) -> MetricGroupResult? {
        MetricCatalog.group(path).map(result(of:))
    }

    /// The measure at a dotted path such as `"entities.strict.f1"` or `"body.tokens.micro.recall"`.
    public func measure(_ dottedPath: String) -> MetricResult? {
        var parts = dottedPath.split(separator: ".").map(String.init)
        guard let name = parts.popLast(), let group = group(parts) else { return nil }
        return group.measures.first { $0.name == name }
    }

    package func result(of definition: MetricGroupDefinition) -> MetricGroupResult {
        let attempted = isAttempted(definition.task)
        return MetricGroupResult(
            path: definition.path, attempted: attempted,
            measures: definition.measures.map { measure in
                MetricResult(
                    name: measure.name, value: measure.value(totals),
                    summary: attempted ? BootstrapSummary(values: replicates.map { measure.value($0) }) : nil)
            },
            counts: definition.counts.map { ($0.name, Double($0.value(totals))) })
    }
}
