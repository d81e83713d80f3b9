import ClipBenchCore
import ClipBenchModel

/// Scores clippings one at a time and produces a ``Scorecard``.
///
/// Only summable state is kept: the summed ``ScoreStatistics``, the Poisson bootstrap's replicate
/// sums and, unless turned off, the per-document rows (which can instead be streamed to `onDocument`).
/// The order in which clippings are added does not change the numbers.
///
/// ```swift
/// var evaluator = Evaluator(configuration: .init(extractor: "baseline", bootstrapReplicates: 1000, seed: 1))
/// for clipping in clippings {
///     evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: predictions[clipping.id])
/// }
/// let report = ScoreReport(scorecard: evaluator.scorecard())   // rendered by ClipBenchReports
/// ```
///
/// - Complexity: memory O(replicates × slots), plus O(documents) only when `keepsDocuments` is on.
public struct Evaluator {
    public let configuration: EvaluationConfiguration
    public let resolver: EntityNameResolver?
    private let onDocument: ((DocumentScore) -> Void)?
    private var totals = ScoreStatistics()
    private var bootstrap: PoissonBootstrap
    private var attemptedCounts: [ScoredTask: Int] = [:]
    private var documentCount = 0
    private var missingCount = 0
    private var documentSetHash: UInt64 = 0
    private var documents: [DocumentScore] = []

    /// - Parameters:
    ///   - configuration: names, bootstrap size and seed.
    ///   - resolver: resolves predicted entity names to registry ids (nil: only ids the prediction gives).
    ///   - onDocument: called with each document's score as it is added.
    public init(configuration: EvaluationConfiguration = EvaluationConfiguration(), resolver: EntityNameResolver? = nil,
                onDocument: ((DocumentScore) -> Void)? = nil) {
        self.configuration = configuration
        self.resolver = resolver
        self.onDocument = onDocument
        bootstrap = PoissonBootstrap(replicates: configuration.bootstrapReplicates, seed: configuration.seed)
    }

    /// Scores one clipping and adds it; `prediction` nil means the extractor gave none (missing).
    @discardableResult
    public mutating func add(gold: Annotation, seed: SeedText, prediction: Prediction?) -> DocumentScore {
        let score = DocumentScore(gold: gold, seed: seed, prediction: prediction, resolver: resolver)
        add(score)
        return score
    }

    /// Adds an already computed document score.
    public mutating func add(_ score: DocumentScore) {
        totals.add(score.statistics)
        bootstrap.add(id: score.id, statistics: score.statistics)
        for task in score.attempted { attemptedCounts[task, default: 0] += 1 }
        documentCount += 1
        if score.isMissing { missingCount += 1 }
        // A sum of per-id hashes identifies the set of documents whatever their order.
        documentSetHash &+= StableHash.fnv1a64(score.id)
        if configuration.keepsDocuments { documents.append(score) }
        onDocument?(score)
    }

    /// Adds the sums of documents scored elsewhere (a shard), without their rows: `rows` are given
    /// to ``add(row:)`` by the caller, in the order the report wants them.
    ///
    /// - Precondition: the shard's bootstrap has this evaluator's replicates, seed and layout.
    public mutating func merge(_ shard: PartialScore) {
        totals.add(shard.totals)
        bootstrap.merge(shard.bootstrap)
        for (task, count) in shard.attemptedCounts { attemptedCounts[task, default: 0] += count }
        documentCount += shard.documentCount
        missingCount += shard.missingCount
        documentSetHash &+= shard.documentSetHash
    }

    /// Passes a row already summed by ``merge(_:)`` on to the rows (kept or streamed).
    public mutating func add(row score: DocumentScore) {
        if configuration.keepsDocuments { documents.append(score) }
        onDocument?(score)
    }

    /// What the evaluator has summed so far, as a shard of a larger run (its rows are not kept here).
    public func partialScore() -> PartialScore {
        PartialScore(totals: totals, bootstrap: bootstrap, attemptedCounts: attemptedCounts, documentCount: documentCount,
                     missingCount: missingCount, documentSetHash: documentSetHash)
    }

    /// The scorecard of everything added so far.
    public func scorecard() -> Scorecard {
        Scorecard(
            configuration: configuration, documentCount: documentCount, missingCount: missingCount,
            attemptedCounts: attemptedCounts, totals: totals,
            replicates: (0..<bootstrap.replicates).map(bootstrap.replicate),
            documentSetHash: documentSetHash, documents: documents)
    }
}
