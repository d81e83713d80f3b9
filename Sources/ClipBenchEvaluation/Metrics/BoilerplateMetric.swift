import ClipBenchCore
import ClipBenchModel

/// Token-level precision and recall of the boilerplate class for one clipping.
///
/// The seed is split into words (``WordTokenizer``); a word's gold class is the label of the gold
/// region that contains its first scalar. Two ways to predict:
/// - **regions**: a word is predicted boilerplate when its first scalar lies in a predicted region
///   labelled `boilerplate`; every word of the seed is scored.
/// - **body**: the predicted body is aligned onto the seed (``BodyAlignment``) and the seed words it
///   did not keep are predicted boilerplate. A body says nothing about headline and metadata, so only
///   the words of gold `body` and `boilerplate` regions are scored.
///
/// ```swift
/// let counts = BoilerplateMetric.counts(gold: annotation.regions, seed: seed, predictedRegions: regions)
/// counts.truePositive   // words of gold boilerplate predicted boilerplate
/// ```
///
/// - Complexity: O(n + r) for a seed of n scalars and r regions; the body way adds the alignment.
public struct BoilerplateMetric: Sendable, Hashable {
    public var truePositive: Int
    public var falsePositive: Int
    public var falseNegative: Int

    public init(truePositive: Int, falsePositive: Int, falseNegative: Int) {
        self.truePositive = truePositive
        self.falsePositive = falsePositive
        self.falseNegative = falseNegative
    }

    /// Scores predicted regions.
    public static func counts(gold: [Region], seed: SeedText, predictedRegions: [PredictedRegion]) -> BoilerplateMetric {
        let words = WordTokenizer.wordRanges(in: seed.scalars)
        let goldLabels = labels(of: gold, count: seed.count)
        // A difference array marks the scalars inside predicted boilerplate, however regions overlap.
        var depth = [Int32](repeating: 0, count: seed.count + 1)
        for region in predictedRegions where region.label == .boilerplate {
            let start = min(max(region.start, 0), seed.count)
            let end = min(max(region.end, start), seed.count)
            depth[start] += 1
            depth[end] -= 1
        }
        var running: Int32 = 0
        var inside = [Bool](repeating: false, count: seed.count)
        for index in 0..<seed.count {
            running += depth[index]
            inside[index] = running > 0
        }
        var result = BoilerplateMetric(truePositive: 0, falsePositive: 0, falseNegative: 0)
        for word in words {
            result.record(gold: goldLabels[word.lowerBound] == .boilerplate, predicted: inside[word.lowerBound])
        }
        return result
    }

    /// Scores a predicted body by aligning it onto the seed.
    public static func counts(gold: [Region], seed: SeedText, predictedBody: String) -> BoilerplateMetric {
        let alignment = BodyAlignment(body: predictedBody, seed: seed)
        let goldLabels = labels(of: gold, count: seed.count)
        var result = BoilerplateMetric(truePositive: 0, falsePositive: 0, falseNegative: 0)
        for (index, word) in alignment.seedWords.enumerated() {
            let label = goldLabels[word.lowerBound]
            guard label == .boilerplate || label == .body else { continue }
            result.record(gold: label == .boilerplate, predicted: !alignment.keptSeedWords[index])
        }
        return result
    }

    private mutating func record(gold: Bool, predicted: Bool) {
        switch (gold, predicted) {
        case (true, true): truePositive += 1
        case (false, true): falsePositive += 1
        case (true, false): falseNegative += 1
        case (false, false): break
        }
    }

    /// The gold label of every scalar (nil outside every region).
    package static func labels(of regions: [Region], count: Int) -> [RegionLabel?] {
        var labels = [RegionLabel?](repeating: nil, count: count)
        for region in regions {
            let start = min(max(region.span.start, 0), count)
            let end = min(max(region.span.end, start), count)
            for index in start..<end { labels[index] = region.label }
        }
        return labels
    }
}

extension ScoredTask {
    /// Boilerplate words: `regions` or `body` attempted.
    public static let boilerplate = ScoredTask("boilerplate")
}

extension BoilerplateMetric: Metric {
    public struct Slots: Sendable {
        public let truePositive: CountSlot
        public let falsePositive: CountSlot
        public let falseNegative: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(truePositive: layout.count("boilerplate.tp"), falsePositive: layout.count("boilerplate.fp"),
              falseNegative: layout.count("boilerplate.fn"))
    }

    /// From the predicted regions when given, else from the predicted body, else nothing predicted.
    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        let counts: BoilerplateMetric
        if input.tasks.contains(.regions) {
            attempted.insert(.boilerplate)
            counts = Self.counts(gold: input.gold.regions, seed: input.seed, predictedRegions: input.prediction.regions)
        } else if input.tasks.contains(.body) {
            attempted.insert(.boilerplate)
            counts = Self.counts(gold: input.gold.regions, seed: input.seed, predictedBody: input.predictedBody)
        } else {
            counts = Self.counts(gold: input.gold.regions, seed: input.seed, predictedRegions: [])
        }
        statistics[slots.truePositive] += Int64(counts.truePositive)
        statistics[slots.falsePositive] += Int64(counts.falsePositive)
        statistics[slots.falseNegative] += Int64(counts.falseNegative)
    }

    /// `boilerplate`: micro P/R/F1 of the boilerplate class over words.
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [MetricGroupDefinition(
            path: ["boilerplate"], task: .boilerplate,
            measures: MetricCatalog.microMeasures(slots.truePositive, slots.falsePositive, slots.falseNegative),
            counts: MetricCatalog.microCounts(slots.truePositive, slots.falsePositive, slots.falseNegative),
            perDocument: true)]
    }
}
