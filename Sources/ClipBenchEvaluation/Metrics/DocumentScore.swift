import ClipBenchCore
import ClipBenchModel
import ClipBenchExtraction

/// The scores of one clipping: its summable statistics and which tasks its prediction attempted.
///
/// ```swift
/// let score = DocumentScore(gold: annotation, seed: seed, prediction: prediction)
/// score.statistics[HeadlineMetric.slots.f1Sum]   // this clipping's headline F1
/// DocumentReport(score: score)                            // its row of the report
/// ```
public struct DocumentScore: Sendable, Hashable {
    public var id: String
    /// Whether the clipping had no prediction at all; it is then scored as a prediction that
    /// attempted every task and found nothing, so its gold still counts for recall.
    public var isMissing: Bool
    /// The tasks this clipping's prediction attempted (none when missing).
    public var attempted: Set<ScoredTask>
    public var statistics: ScoreStatistics

    public init(id: String, isMissing: Bool, attempted: Set<ScoredTask>, statistics: ScoreStatistics) {
        self.id = id
        self.isMissing = isMissing
        self.attempted = attempted
        self.statistics = statistics
    }

    /// Scores one clipping with every metric of ``MetricCatalog``.
    ///
    /// - Parameters:
    ///   - gold: the clipping's gold annotation.
    ///   - seed: the clipping's text.
    ///   - prediction: the extractor's prediction, or nil when it gave none (missing).
    ///   - resolver: resolves entity names to registry ids, if a registry is available.
    /// - Complexity: O(n + e² + d²) for n scalars, e entity and d date mentions (near-linear in practice).
    public init(gold: Annotation, seed: SeedText, prediction: Prediction?, resolver: EntityNameResolver? = nil) {
        let (statistics, attempted) = MetricCatalog.count(ScoringInput(gold: gold, seed: seed, prediction: prediction, resolver: resolver))
        self.init(id: gold.id, isMissing: prediction == nil, attempted: attempted, statistics: statistics)
    }

    /// The gold body: the text of the `body` regions in order, one per line.
    public static func goldBody(of gold: Annotation) -> String {
        gold.regions.filter { $0.label == .body }
            .sorted { $0.span.start < $1.span.start }
            .map(\.span.text)
            .joined(separator: "\n")
    }
}
