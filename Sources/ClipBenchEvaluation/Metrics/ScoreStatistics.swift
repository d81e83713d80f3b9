import ClipBenchModel

/// The summable numbers behind every metric of one clipping, or of many summed.
///
/// Every ClipBench metric is a function of sums over documents (counts such as true positives, or
/// sums of per-document ratios with the number of documents they were taken over). Keeping only
/// these sums makes the evaluator's memory independent of the number of clippings, makes the
/// bootstrap a matter of weighted sums, and lets per-document and aggregate metrics share one formula.
///
/// ```swift
/// var total = ScoreStatistics()
/// total.add(documentStatistics)                 // sum
/// total.add(documentStatistics, weight: 2)      // a bootstrap replicate drawing it twice
/// total[ScoreStatistics.Slot.publishedTruePositive]
/// ```
public struct ScoreStatistics: Sendable, Hashable {
    public var values: [Double]

    public init() {
        values = [Double](repeating: 0, count: Slot.count)
    }

    public subscript(slot: Int) -> Double {
        get { values[slot] }
        set { values[slot] = newValue }
    }

    /// Adds `other` times `weight`, slot by slot.
    public mutating func add(_ other: ScoreStatistics, weight: Double = 1) {
        for index in values.indices where other.values[index] != 0 {
            values[index] += weight * other.values[index]
        }
    }

    /// The fixed layout of the statistics vector.
    public enum Slot {
        public static let headlineDocuments = 0
        public static let headlineExactMatches = 1
        public static let headlinePrecisionSum = 2
        public static let headlineRecallSum = 3
        public static let headlineF1Sum = 4

        public static let publishedTruePositive = 5
        public static let publishedFalsePositive = 6
        public static let publishedFalseNegative = 7
        public static let publishedTrueNegative = 8

        public static let bodyPrecisionSum = 9
        public static let bodyPrecisionDocuments = 10
        public static let bodyRecallSum = 11
        public static let bodyRecallDocuments = 12
        public static let bodyEqualDocuments = 13
        public static let bodyDocuments = 14

        public static let bodyTokensTruePositive = 15
        public static let bodyTokensFalsePositive = 16
        public static let bodyTokensFalseNegative = 17
        public static let bodyTokensPrecisionSum = 18
        public static let bodyTokensPrecisionDocuments = 19
        public static let bodyTokensRecallSum = 20
        public static let bodyTokensRecallDocuments = 21

        public static let boilerplateTruePositive = 22
        public static let boilerplateFalsePositive = 23
        public static let boilerplateFalseNegative = 24

        public static let entityTextTruePositive = 25
        public static let entityTextFalsePositive = 26
        public static let entityTextFalseNegative = 27
        public static let entityRegistryTruePositive = 28
        public static let entityRegistryFalsePositive = 29
        public static let entityRegistryFalseNegative = 30

        public static let datesGold = 31
        public static let datesPredicted = 32
        public static let datesStrictMatches = 33
        public static let datesRelaxedMatches = 34
        public static let datesValueCorrect = 35
        public static let dateTextTruePositive = 36
        public static let dateTextFalsePositive = 37
        public static let dateTextFalseNegative = 38

        package static let entityBase = 39
        package static let entityOutcomes = EntityOutcome.allCases.count
        package static let entityGroupWidth = EntitySchema.allCases.count * entityOutcomes

        /// The slot of an entity count: `type` nil for all types together.
        public static func entity(_ schema: EntitySchema, _ outcome: EntityOutcome, type: EntityType? = nil) -> Int {
            let group: Int
            switch type {
            case nil: group = 0
            case .person?: group = 1
            case .organisation?: group = 2
            case .location?: group = 3
            case .miscellaneous?: group = 4
            }
            return entityBase + group * entityGroupWidth + schema.index * entityOutcomes + outcome.index
        }

        /// The number of slots.
        public static let count = entityBase + (EntityType.allCases.count + 1) * entityGroupWidth
    }
}
