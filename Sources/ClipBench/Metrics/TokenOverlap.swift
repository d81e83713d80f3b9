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

    /// Predicted tokens not in the gold.
    public var falsePositive: Int { predictedCount - common }
    /// Gold tokens not predicted.
    public var falseNegative: Int { goldCount - common }
}
