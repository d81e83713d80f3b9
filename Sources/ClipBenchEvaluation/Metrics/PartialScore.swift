/// The summed statistics of some of a run's clippings (a shard): everything a ``Scorecard`` is
/// computed from except the rows. Shards of disjoint clippings scored with the same configuration
/// add up (``Evaluator/merge(_:)``) to exactly the sums of the whole, since every sum is exact.
///
/// ```swift
/// var whole = Evaluator(configuration: configuration)
/// whole.merge(firstShardEvaluator.partialScore())
/// whole.merge(secondShardEvaluator.partialScore())
/// whole.scorecard()      // the numbers of scoring both shards' clippings at once
/// ```
public struct PartialScore: Sendable, Hashable {
    public var totals: ScoreStatistics
    public var bootstrap: PoissonBootstrap
    public var attemptedCounts: [ScoredTask: Int]
    public var documentCount: Int
    public var missingCount: Int
    /// The sum of the documents' id hashes (``Scorecard/documentSetHash``).
    public var documentSetHash: UInt64

    public init(totals: ScoreStatistics, bootstrap: PoissonBootstrap, attemptedCounts: [ScoredTask: Int], documentCount: Int,
                missingCount: Int, documentSetHash: UInt64) {
        self.totals = totals
        self.bootstrap = bootstrap
        self.attemptedCounts = attemptedCounts
        self.documentCount = documentCount
        self.missingCount = missingCount
        self.documentSetHash = documentSetHash
    }
}
