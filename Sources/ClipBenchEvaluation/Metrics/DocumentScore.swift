import ClipBenchCore
import ClipBenchModel
import ClipBenchExtraction

/// The scores of one clipping: its summable statistics and which tasks its prediction attempted.
///
/// ```swift
/// let score = DocumentScore(gold: annotation, seed: seed, prediction: prediction)
/// score.statistics[ScoreStatistics.Slot.headlineF1Sum]   // this clipping's headline F1
/// score.jsonValue                                         // {"id": …, "metrics": {…}}
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

    /// Scores one clipping.
    ///
    /// - Parameters:
    ///   - gold: the clipping's gold annotation.
    ///   - seed: the clipping's text.
    ///   - prediction: the extractor's prediction, or nil when it gave none (missing).
    ///   - resolver: resolves entity names to registry ids, if a registry is available.
    /// - Complexity: O(n + e² + d²) for n scalars, e entity and d date mentions (near-linear in practice).
    public init(gold: Annotation, seed: SeedText, prediction: Prediction?, resolver: EntityNameResolver? = nil) {
        typealias Slot = ScoreStatistics.Slot
        let found = prediction ?? Prediction(id: gold.id, attempted: Set(PredictionTask.allCases))
        var statistics = ScoreStatistics()
        var attempted: Set<ScoredTask> = []
        let tasks = prediction?.attempted ?? []

        // Headline.
        if tasks.contains(.headline) { attempted.insert(.headline) }
        let headline = HeadlineMetric.score(gold: gold.headline, predicted: found.headline)
        statistics[Slot.headlineDocuments] = 1
        statistics[Slot.headlineExactMatches] = headline.exactMatch ? 1 : 0
        statistics[Slot.headlinePrecisionSum] = headline.precision
        statistics[Slot.headlineRecallSum] = headline.recall
        statistics[Slot.headlineF1Sum] = headline.f1

        // Publication date.
        if tasks.contains(.published) { attempted.insert(.published) }
        switch PublishedDateMetric.outcome(gold: gold.published.value, predicted: found.published) {
        case .truePositive: statistics[Slot.publishedTruePositive] = 1
        case .wrong:
            statistics[Slot.publishedFalsePositive] = 1
            statistics[Slot.publishedFalseNegative] = 1
        case .falseNegative: statistics[Slot.publishedFalseNegative] = 1
        case .falsePositive: statistics[Slot.publishedFalsePositive] = 1
        case .trueNegative: statistics[Slot.publishedTrueNegative] = 1
        }

        // Body: the ScrapingHub shingles and the normalised unigrams.
        if tasks.contains(.body) { attempted.insert(.body) }
        let goldBody = Self.goldBody(of: gold)
        let predictedBody = found.body ?? ""
        let shingles = BodyShingleMetric.score(gold: goldBody, predicted: predictedBody)
        statistics.addBody(shingles)
        let unigrams = TokenOverlap(normalizedGold: goldBody, normalizedPredicted: predictedBody)
        statistics.addBodyTokens(unigrams)

        // Boilerplate: from regions when given, else from the body, else nothing predicted.
        let boilerplate: BoilerplateMetric
        if tasks.contains(.regions) {
            attempted.insert(.boilerplate)
            boilerplate = BoilerplateMetric.counts(gold: gold.regions, seed: seed, predictedRegions: found.regions)
        } else if tasks.contains(.body) {
            attempted.insert(.boilerplate)
            boilerplate = BoilerplateMetric.counts(gold: gold.regions, seed: seed, predictedBody: predictedBody)
        } else {
            boilerplate = BoilerplateMetric.counts(gold: gold.regions, seed: seed, predictedRegions: [])
        }
        statistics[Slot.boilerplateTruePositive] = Double(boilerplate.truePositive)
        statistics[Slot.boilerplateFalsePositive] = Double(boilerplate.falsePositive)
        statistics[Slot.boilerplateFalseNegative] = Double(boilerplate.falseNegative)

        // Entities.
        if tasks.contains(.entities) {
            attempted.insert(.entityTexts)
            if found.entities.isEmpty || found.entities.contains(where: { $0.start != nil && $0.end != nil }) {
                attempted.insert(.entitySpans)
            }
        }
        EntitySpanMetric.count(gold: gold.entities, predicted: found.entities, into: &statistics)
        struct TypedText: Hashable { var text: String; var type: EntityType }
        let texts = SetOverlap(
            gold: gold.entities.map { TypedText(text: ArabicNormalizer.normalize($0.text), type: $0.type) },
            predicted: found.entities.map { TypedText(text: ArabicNormalizer.normalize($0.text), type: $0.type) })
        statistics[Slot.entityTextTruePositive] = Double(texts.truePositive)
        statistics[Slot.entityTextFalsePositive] = Double(texts.falsePositive)
        statistics[Slot.entityTextFalseNegative] = Double(texts.falseNegative)
        let registry = SetOverlap(
            gold: gold.entities.compactMap(\.registryID),
            predicted: found.entities.compactMap { entity in
                entity.registryID.map { resolver?.registryID(forPredictedID: $0) ?? $0 } ?? resolver?.registryID(for: entity.text)
            })
        statistics[Slot.entityRegistryTruePositive] = Double(registry.truePositive)
        statistics[Slot.entityRegistryFalsePositive] = Double(registry.falsePositive)
        statistics[Slot.entityRegistryFalseNegative] = Double(registry.falseNegative)

        // Date mentions.
        if tasks.contains(.dates) {
            attempted.insert(.dateTexts)
            if found.dates.isEmpty || found.dates.contains(where: { $0.start != nil && $0.end != nil }) {
                attempted.insert(.dateSpans)
            }
        }
        let dates = DateMentionMetric.counts(gold: gold.dates, predicted: found.dates)
        statistics[Slot.datesGold] = Double(dates.gold)
        statistics[Slot.datesPredicted] = Double(dates.predicted)
        statistics[Slot.datesStrictMatches] = Double(dates.strictMatches)
        statistics[Slot.datesRelaxedMatches] = Double(dates.relaxedMatches)
        statistics[Slot.datesValueCorrect] = Double(dates.valueCorrect)
        let dateTexts = SetOverlap(gold: gold.dates.map { ArabicNormalizer.normalize($0.text) },
                                   predicted: found.dates.map { ArabicNormalizer.normalize($0.text) })
        statistics[Slot.dateTextTruePositive] = Double(dateTexts.truePositive)
        statistics[Slot.dateTextFalsePositive] = Double(dateTexts.falsePositive)
        statistics[Slot.dateTextFalseNegative] = Double(dateTexts.falseNegative)

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
