import ClipBenchCore
import ClipBenchModel
import ClipBenchExtraction

/// One metric of the report: what it counts in a clipping, where the counts go, and the figures it
/// computes from them. Each metric lives in one file; ``MetricCatalog/metrics`` lists them.
///
/// Adding a metric is writing one type that conforms, and adding it to the catalogue's list:
///
/// ```swift
/// /// Whether the prediction found any headline at all.
/// public enum HeadlineFoundMetric: Metric {
///     public struct Slots: Sendable { let found, documents: CountSlot }
///
///     public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
///         Slots(found: layout.count("headline_found.found"), documents: layout.count("headline_found.documents"))
///     }
///
///     public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
///                              attempted: inout Set<ScoredTask>) {
///         statistics[slots.documents] += 1
///         if input.prediction.headline != nil { statistics[slots.found] += 1 }
///     }
///
///     public static func groups(slots: Slots) -> [MetricGroupDefinition] {
///         [MetricGroupDefinition(
///             path: ["headline_found"], task: .headline,
///             measures: [MetricMeasure("rate") { MetricCatalog.mean(Double($0[slots.found]), over: $0[slots.documents]) }],
///             counts: [MetricCount("found", slots.found), MetricCount("documents", slots.documents)],
///             perDocument: true)]
///     }
/// }
/// ```
///
/// A metric's statistics must be sums over documents (integer counts, or ratios summed exactly),
/// so totals, bootstrap replicates and merged shards need nothing else.
public protocol Metric: SendableMetatype {
    /// The metric's slots in ``ScoreStatistics``, as it declared them.
    associatedtype Slots: Sendable

    /// Declares the metric's slots; the catalogue calls it once, in list order.
    static func declareSlots(in layout: inout StatisticsLayout) -> Slots

    /// Counts one clipping into `statistics` and adds the tasks its prediction attempted.
    static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                      attempted: inout Set<ScoredTask>)

    /// The report groups the metric produces, in report order, with their formulas.
    static func groups(slots: Slots) -> [MetricGroupDefinition]
}

extension Metric {
    /// The slots the catalogue laid out for this metric.
    public static var slots: Slots { MetricCatalog.slots(of: Self.self) }
}

/// What a metric sees of one clipping: the gold, the text and the prediction.
///
/// ```swift
/// let input = ScoringInput(gold: annotation, seed: seed, prediction: prediction)
/// input.tasks.contains(.headline)   // whether the prediction has the headline key
/// input.goldBody                    // the gold body regions, one per line
/// ```
public struct ScoringInput {
    public let gold: Annotation
    public let seed: SeedText
    /// The prediction; for a missing clipping, one that attempted every task and found nothing,
    /// so its gold still counts for recall.
    public let prediction: Prediction
    /// The tasks the prediction attempted: empty for a missing clipping.
    public let tasks: Set<PredictionTask>
    /// Resolves predicted entity names to registry ids, if a registry is available.
    public let resolver: EntityNameResolver?
    /// The gold body (``DocumentScore/goldBody(of:)``).
    public let goldBody: String

    /// - Parameter prediction: nil when the extractor gave none (missing).
    public init(gold: Annotation, seed: SeedText, prediction: Prediction?, resolver: EntityNameResolver? = nil) {
        self.gold = gold
        self.seed = seed
        self.prediction = prediction ?? Prediction(id: gold.id, attempted: Set(PredictionTask.allCases))
        tasks = prediction?.attempted ?? []
        self.resolver = resolver
        goldBody = DocumentScore.goldBody(of: gold)
    }

    /// The predicted body, empty when none.
    public var predictedBody: String { prediction.body ?? "" }
}
