import ClipBenchCore

/// The multiset overlap of two token lists: how many tokens they share, counted with repetition.
///
/// ```swift
/// let overlap = TokenOverlap(gold: ["a", "b", "b"], predicted: ["b", "b", "b", "c"])
/// overlap.common        // 2
/// overlap.falsePositive // 2
/// overlap.falseNegative // 1
/// ```
///
/// - Complexity: O(n + m) expected.
public struct TokenOverlap: Sendable, Hashable {
    /// The tokens in common (the size of the multiset intersection).
    public var common: Int
    /// The number of gold tokens.
    public var goldCount: Int
    /// The number of predicted tokens.
    public var predictedCount: Int

    public init(gold: [String], predicted: [String]) {
        var counts: [String: Int] = [:]
        counts.reserveCapacity(gold.count)
        for token in gold { counts[token, default: 0] += 1 }
        var common = 0
        for token in predicted {
            if let remaining = counts[token], remaining > 0 {
                counts[token] = remaining - 1
                common += 1
            }
        }
        self.common = common
        self.goldCount = gold.count
        self.predictedCount = predicted.count
    }

    /// The overlap of the normalised tokens (``ArabicNormalizer``) of two texts.
    ///
    /// - Complexity: O(n) expected; tokens are compared by their UTF-8 bytes, no strings are built.
    public init(normalizedGold gold: String, normalizedPredicted predicted: String) {
        let goldTokens = ArabicNormalizer.tokenBytes(in: gold)
        let predictedTokens = ArabicNormalizer.tokenBytes(in: predicted)
        let numberedGold = WordVocabulary.NumberedText(words: goldTokens)
        let numberedPrediction = WordVocabulary.identifiers(of: predictedTokens, against: numberedGold)
        var counts = [Int32](repeating: 0, count: numberedPrediction.distinct)
        for number in numberedGold.identifiers { counts[Int(number)] += 1 }
        var common = 0
        for number in numberedPrediction.identifiers where counts[Int(number)] > 0 {
            counts[Int(number)] -= 1
            common += 1
        }
        self.common = common
        goldCount = goldTokens.ranges.count
        predictedCount = predictedTokens.ranges.count
    }

    /// Predicted tokens not in the gold.
    public var falsePositive: Int { predictedCount - common }
    /// Gold tokens not predicted.
    public var falseNegative: Int { goldCount - common }
}
