import ClipBenchCore

/// The ScrapingHub article-extraction-benchmark body metric for one document.
///
/// Both texts are split into words (``WordTokenizer``, Python's `\w+`, case kept); each becomes the
/// multiset of its 4-word shingles (a text of one to three words is a single shingle of all of them,
/// an empty text has none). `tp` is the size of the multiset intersection, `fp` and `fn` the
/// excesses of the prediction and of the gold; the three are then divided by their sum, so every
/// document weighs the same. `tokensEqual` tells whether the two word sequences are identical (the
/// benchmark's "accuracy").
///
/// ```swift
/// let score = BodyShingleMetric.score(gold: "a b c d e", predicted: "a b c d")
/// // shingles gold {abcd, bcde}, predicted {abcd}: tp 1/2, fp 0, fn 1/2
/// score.precision   // 1.0
/// score.recall      // 0.5
/// ```
///
/// - Complexity: O(n + m) expected, in the number of words.
public struct BodyShingleMetric: Sendable, Hashable {
    /// The shingles in common, divided by `tp + fp + fn` (0 when all three are 0).
    public var truePositive: Double
    /// The predicted shingles in excess, divided by the same sum.
    public var falsePositive: Double
    /// The gold shingles missed, divided by the same sum.
    public var falseNegative: Double
    /// Whether the word sequences of gold and prediction are equal.
    public var tokensEqual: Bool

    public init(truePositive: Double, falsePositive: Double, falseNegative: Double, tokensEqual: Bool) {
        self.truePositive = truePositive
        self.falsePositive = falsePositive
        self.falseNegative = falseNegative
        self.tokensEqual = tokensEqual
    }

    /// The shingle length of the benchmark.
    public static let shingleLength = 4

    /// Scores a predicted body against the gold body.
    public static func score(gold: String, predicted: String) -> BodyShingleMetric {
        score(gold: WordVocabulary.NumberedText(gold), predicted: predicted)
    }

    /// Scores a predicted body against a gold body split into words once (for a gold scored
    /// against several outputs).
    package static func score(gold: WordVocabulary.NumberedText, predicted: String) -> BodyShingleMetric {
        // Words are compared by their UTF-8 bytes (Python compares code points, never canonical
        // equivalents) and numbered, so a shingle is four small integers.
        let numbered = WordVocabulary.identifiers(of: predicted, against: gold)
        return score(gold: gold.identifiers, predicted: numbered.identifiers, vocabularySize: numbered.distinct)
    }

    /// Scores two word sequences.
    public static func score(goldWords: [String], predictedWords: [String]) -> BodyShingleMetric {
        var vocabulary: [String: Int32] = [:]
        func identifiers(_ words: [String]) -> [Int32] {
            words.map { word in
                if let known = vocabulary[word] { return known }
                let next = Int32(vocabulary.count)
                vocabulary[word] = next
                return next
            }
        }
        let gold = identifiers(goldWords)
        let predicted = identifiers(predictedWords)
        return score(gold: gold, predicted: predicted, vocabularySize: vocabulary.count)
    }

    package static func score(gold: [Int32], predicted: [Int32], vocabularySize: Int) -> BodyShingleMetric {
        if vocabularySize < 0xFFFF {
            return packedScore(gold: gold, predicted: predicted)
        }
        var counts: [Shingle: Int] = [:]
        counts.reserveCapacity(gold.count)
        for shingle in shingles(gold) { counts[shingle, default: 0] += 1 }
        let goldTotal = gold.isEmpty ? 0 : max(1, gold.count - shingleLength + 1)
        var truePositive = 0
        var predictedTotal = 0
        for shingle in shingles(predicted) {
            predictedTotal += 1
            if let remaining = counts[shingle], remaining > 0 {
                counts[shingle] = remaining - 1
                truePositive += 1
            }
        }
        let falsePositive = predictedTotal - truePositive
        let falseNegative = goldTotal - truePositive
        let sum = Double(truePositive + falsePositive + falseNegative)
        let scale = sum > 0 ? 1 / sum : 1
        return BodyShingleMetric(
            truePositive: Double(truePositive) * scale, falsePositive: Double(falsePositive) * scale,
            falseNegative: Double(falseNegative) * scale, tokensEqual: gold == predicted)
    }

    /// The same computation with each shingle packed into 64 bits (four 16-bit word numbers) and
    /// counted in an open-addressing table: several times faster than hashing structs.
    package static func packedScore(gold: [Int32], predicted: [Int32]) -> BodyShingleMetric {
        func packed(_ words: [Int32]) -> [UInt64] {
            if words.isEmpty { return [] }
            // A short text is one shingle padded with 0xFFFF, a number no word gets here.
            func word(_ index: Int) -> UInt64 { index < words.count ? UInt64(UInt16(truncatingIfNeeded: words[index])) : 0xFFFF }
            if words.count < shingleLength { return [word(0) << 48 | word(1) << 32 | word(2) << 16 | word(3)] }
            return (0...(words.count - shingleLength)).map { index in
                word(index) << 48 | word(index + 1) << 32 | word(index + 2) << 16 | word(index + 3)
            }
        }
        let goldShingles = packed(gold)
        var table = CountTable(minimumCapacity: goldShingles.count)
        for shingle in goldShingles { table.increment(shingle) }
        var truePositive = 0
        let predictedShingles = packed(predicted)
        for shingle in predictedShingles where table.decrementIfPositive(shingle) { truePositive += 1 }
        let falsePositive = predictedShingles.count - truePositive
        let falseNegative = goldShingles.count - truePositive
        let sum = Double(truePositive + falsePositive + falseNegative)
        let scale = sum > 0 ? 1 / sum : 1
        return BodyShingleMetric(
            truePositive: Double(truePositive) * scale, falsePositive: Double(falsePositive) * scale,
            falseNegative: Double(falseNegative) * scale, tokensEqual: gold == predicted)
    }

    /// The document's precision: 1 when nothing was missed or added, nil when nothing was predicted.
    public var precision: Double? {
        guard truePositive + falsePositive > 0 else { return nil }
        if falsePositive == 0 && falseNegative == 0 { return 1 }
        return truePositive / (truePositive + falsePositive)
    }

    /// The document's recall: 1 when nothing was missed or added, nil when the gold is empty.
    public var recall: Double? {
        guard truePositive + falseNegative > 0 else { return nil }
        if falsePositive == 0 && falseNegative == 0 { return 1 }
        return truePositive / (truePositive + falseNegative)
    }

    package struct Shingle: Hashable {
        package var first: Int32, second: Int32, third: Int32, fourth: Int32

        package func hash(into hasher: inout Hasher) {
            // One combine instead of four: hashing dominates the metric's time.
            hasher.combine(UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second)))
            hasher.combine(UInt64(UInt32(bitPattern: third)) << 32 | UInt64(UInt32(bitPattern: fourth)))
        }
    }

    /// The shingles of a word sequence; fewer than four words make one short shingle (-1 pads it).
    package static func shingles(_ words: [Int32]) -> [Shingle] {
        if words.isEmpty { return [] }
        if words.count < shingleLength {
            return [Shingle(first: words[0], second: words.count > 1 ? words[1] : -1,
                            third: words.count > 2 ? words[2] : -1, fourth: -1)]
        }
        return (0...(words.count - shingleLength)).map { index in
            Shingle(first: words[index], second: words[index + 1], third: words[index + 2], fourth: words[index + 3])
        }
    }
}

extension ScoredTask {
    /// The article body: `body` attempted.
    public static let body = ScoredTask("body")
}

extension BodyShingleMetric: Metric {
    /// Per document: its precision and recall where defined (summed exactly, with the number of
    /// documents each is defined on), whether the words are equal, and 1 document.
    public struct Slots: Sendable {
        public let precisionSum: SumSlot
        public let precisionDocuments: CountSlot
        public let recallSum: SumSlot
        public let recallDocuments: CountSlot
        public let equalDocuments: CountSlot
        public let documents: CountSlot
    }

    public static func declareSlots(in layout: inout StatisticsLayout) -> Slots {
        Slots(precisionSum: layout.sum("body.precision_sum"), precisionDocuments: layout.count("body.precision_documents"),
              recallSum: layout.sum("body.recall_sum"), recallDocuments: layout.count("body.recall_documents"),
              equalDocuments: layout.count("body.equal_documents"), documents: layout.count("body.documents"))
    }

    public static func count(_ input: ScoringInput, slots: Slots, into statistics: inout ScoreStatistics,
                             attempted: inout Set<ScoredTask>) {
        if input.tasks.contains(.body) { attempted.insert(.body) }
        add(score(gold: input.goldBody, predicted: input.predictedBody), slots: slots, to: &statistics)
    }

    /// Adds one document's scores (also what ``ScrapingHubScorer`` sums).
    public static func add(_ score: BodyShingleMetric, slots: Slots? = nil, to statistics: inout ScoreStatistics) {
        let slots = slots ?? Self.slots
        if let precision = score.precision {
            statistics.add(precision, to: slots.precisionSum)
            statistics[slots.precisionDocuments] += 1
        }
        if let recall = score.recall {
            statistics.add(recall, to: slots.recallSum)
            statistics[slots.recallDocuments] += 1
        }
        if score.tokensEqual { statistics[slots.equalDocuments] += 1 }
        statistics[slots.documents] += 1
    }

    /// `body`: the benchmark's means over documents, and accuracy (documents with equal words).
    public static func groups(slots: Slots) -> [MetricGroupDefinition] {
        [MetricGroupDefinition(
            path: ["body"], task: .body,
            measures: MetricCatalog.meanMeasures(slots.precisionSum, slots.precisionDocuments, slots.recallSum, slots.recallDocuments) + [
                MetricMeasure("accuracy") { MetricCatalog.mean(Double($0[slots.equalDocuments]), over: $0[slots.documents]) },
            ],
            counts: [MetricCount("documents", slots.documents), MetricCount("precision_documents", slots.precisionDocuments),
                     MetricCount("recall_documents", slots.recallDocuments), MetricCount("equal_documents", slots.equalDocuments)],
            perDocument: true)]
    }
}
