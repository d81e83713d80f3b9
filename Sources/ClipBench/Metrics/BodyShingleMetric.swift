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
        score(goldWords: WordTokenizer.words(in: gold), predictedWords: WordTokenizer.words(in: predicted))
    }

    /// Scores two word sequences.
    public static func score(goldWords: [String], predictedWords: [String]) -> BodyShingleMetric {
        // Words become small integers so a shingle is four integers, cheap to hash.
        var vocabulary: [String: Int32] = [:]
        vocabulary.reserveCapacity(goldWords.count)
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
        var counts: [Shingle: Int] = [:]
        counts.reserveCapacity(gold.count)
        for shingle in shingles(gold) { counts[shingle, default: 0] += 1 }
        let goldTotal = counts.values.reduce(0, +)
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

    struct Shingle: Hashable {
        var first: Int32, second: Int32, third: Int32, fourth: Int32
    }

    /// The shingles of a word sequence; fewer than four words make one short shingle (-1 pads it).
    static func shingles(_ words: [Int32]) -> [Shingle] {
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
