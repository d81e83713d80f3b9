/// Cohen's kappa between two annotators who each gave one label to the same items.
///
/// κ = (pₒ − pₑ) / (1 − pₑ), where pₒ is the share of items both labelled alike and pₑ the share
/// expected by chance from each annotator's label frequencies. When pₑ = 1 (both used one and the
/// same label for everything) κ is 1; it is nil when there are no items.
///
/// ```swift
/// var agreement = LabelAgreement()
/// agreement.add("body", "body"); agreement.add("body", "headline")
/// agreement.observed   // 0.5
/// ```
///
/// - Complexity: `add` is O(1); `kappa` is O(number of distinct labels).
public struct LabelAgreement: Sendable, Hashable {
    /// How many items got each (first, second) pair of labels.
    public private(set) var pairs: [Pair: Int] = [:]
    public private(set) var count = 0

    /// Two labels, the first annotator's and the second's.
    public struct Pair: Sendable, Hashable {
        public var first: String
        public var second: String
    }

    public init() {}

    public mutating func add(_ first: String, _ second: String, count items: Int = 1) {
        pairs[Pair(first: first, second: second), default: 0] += items
        count += items
    }

    /// Adds every count of `other`.
    public mutating func merge(_ other: LabelAgreement) {
        for (pair, items) in other.pairs { add(pair.first, pair.second, count: items) }
    }

    /// The share of items with the same label, pₒ.
    public var observed: Double? {
        guard count > 0 else { return nil }
        let same = pairs.reduce(0) { $0 + ($1.key.first == $1.key.second ? $1.value : 0) }
        return Double(same) / Double(count)
    }

    /// The share expected by chance, pₑ = Σ p₁(label)·p₂(label).
    public var expected: Double? {
        guard count > 0 else { return nil }
        var firstTotals: [String: Int] = [:]
        var secondTotals: [String: Int] = [:]
        for (pair, items) in pairs {
            firstTotals[pair.first, default: 0] += items
            secondTotals[pair.second, default: 0] += items
        }
        let total = Double(count)
        return firstTotals.reduce(0) { sum, entry in
            sum + Double(entry.value) / total * Double(secondTotals[entry.key] ?? 0) / total
        }
    }

    /// Cohen's kappa, or nil without items.
    public var kappa: Double? {
        guard let observed, let expected else { return nil }
        if expected >= 1 { return observed >= 1 ? 1 : 0 }
        return (observed - expected) / (1 - expected)
    }
}
