/// How far several annotators agree when each gives one nominal label to the same items.
///
/// The table counts how many items got each tuple of labels (one label per annotator, in annotator
/// order), so clippings are merged by adding counts and a bootstrap by adding weighted counts. Three
/// coefficients, all nominal:
/// - Cohen's κ (two annotators only): (pₒ − pₑ) / (1 − pₑ), pₑ = Σ p₁(label)·p₂(label);
/// - Fleiss' κ: (P̄ − P̄ₑ) / (1 − P̄ₑ), P̄ the mean share of agreeing annotator pairs per item,
///   P̄ₑ = Σ p(label)² over the pooled labels;
/// - Krippendorff's α: 1 − (N − 1)·(N − Σ o꜀꜀) / (N² − Σ n꜀²), with N = items × annotators values,
///   o꜀꜀ the coincidences of a label with itself and n꜀ how often a label was given.
///
/// When the chance term reaches 1 (everyone gave one and the same label to everything) each
/// coefficient is 1 if every item agrees and 0 otherwise; all are nil without items. Every item has a
/// label from every annotator (a character no region covers is labelled `none`), so α needs no
/// treatment of missing values. `Tests/…/Fixtures/agreement/` checks all three against statsmodels
/// and the `krippendorff` package.
///
/// ```swift
/// var agreement = LabelAgreement(annotators: 3)
/// agreement.add(["body", "body", "body"], count: 9)
/// agreement.add(["body", "body", "boilerplate"])
/// agreement.krippendorffAlpha   // agreement over 10 items, 30 labels
/// agreement.pair(0, 2).cohenKappa
/// ```
///
/// - Complexity: `add` is O(annotators); the coefficients are O(distinct tuples × annotators).
public struct LabelAgreement: Sendable, Hashable {
    /// How many annotators label each item.
    public let annotators: Int
    /// How many items got each tuple of labels.
    public private(set) var tuples: [[String]: Int] = [:]
    /// The number of items.
    public private(set) var count = 0

    public init(annotators: Int = 2) {
        self.annotators = annotators
    }

    /// Adds `items` items labelled `labels` (one label per annotator).
    public mutating func add(_ labels: [String], count items: Int = 1) {
        precondition(labels.count == annotators, "one label per annotator")
        guard items > 0 else { return }
        tuples[labels, default: 0] += items
        count += items
    }

    /// Adds items labelled `first` by the first of two annotators and `second` by the other.
    public mutating func add(_ first: String, _ second: String, count items: Int = 1) {
        add([first, second], count: items)
    }

    /// Adds every count of `other` (the same annotators), each `weight` times (a bootstrap weight).
    public mutating func merge(_ other: LabelAgreement, weight: Int = 1) {
        for (labels, items) in other.tuples { add(labels, count: items * weight) }
    }

    /// The table of annotators `first` and `second` alone.
    public func pair(_ first: Int, _ second: Int) -> LabelAgreement {
        var pair = LabelAgreement(annotators: 2)
        for (labels, items) in tuples { pair.add(labels[first], labels[second], count: items) }
        return pair
    }

    /// The share of items on which every annotator gave the same label.
    public var observed: Double? {
        guard count > 0 else { return nil }
        let unanimous = tuples.reduce(0) { $0 + (Set($1.key).count == 1 ? $1.value : 0) }
        return Double(unanimous) / Double(count)
    }

    /// Cohen's pₑ for two annotators: Σ p₁(label)·p₂(label); nil for more or without items.
    public var expected: Double? {
        guard annotators == 2, count > 0 else { return nil }
        var firstTotals: [String: Int] = [:]
        var secondTotals: [String: Int] = [:]
        for (labels, items) in tuples {
            firstTotals[labels[0], default: 0] += items
            secondTotals[labels[1], default: 0] += items
        }
        // Sums of integers, divided once: the result cannot depend on the dictionaries' order.
        let products = firstTotals.reduce(0) { $0 + $1.value * (secondTotals[$1.key] ?? 0) }
        return Double(products) / (Double(count) * Double(count))
    }

    /// Cohen's κ, or nil without items or with other than two annotators.
    public var cohenKappa: Double? {
        guard let observed, let expected else { return nil }
        return Self.coefficient(observed: observed, expected: expected)
    }

    /// Per table: Σ items·Σ꜀ n꜀(n꜀ − 1) over the tuples (agreeing ordered pairs of annotators), and
    /// Σ꜀ n꜀² over the pooled label counts, both exact integers.
    private var pairCounts: (agreeingPairs: Int, squaredTotals: Int) {
        var agreeingPairs = 0
        var totals: [String: Int] = [:]
        for (labels, items) in tuples {
            var perLabel: [String: Int] = [:]
            for label in labels { perLabel[label, default: 0] += 1 }
            agreeingPairs += items * perLabel.values.reduce(0) { $0 + $1 * ($1 - 1) }
            for (label, given) in perLabel { totals[label, default: 0] += given * items }
        }
        return (agreeingPairs, totals.values.reduce(0) { $0 + $1 * $1 })
    }

    /// Fleiss' κ over all annotators, or nil without items or with fewer than two annotators.
    public var fleissKappa: Double? {
        guard count > 0, annotators >= 2 else { return nil }
        let (agreeingPairs, squaredTotals) = pairCounts
        let raters = Double(annotators)
        let values = Double(count) * raters
        let observed = Double(agreeingPairs) / (Double(count) * raters * (raters - 1))
        return Self.coefficient(observed: observed, expected: Double(squaredTotals) / (values * values))
    }

    /// Krippendorff's α (nominal) over all annotators, or nil without items or with fewer than two annotators.
    public var krippendorffAlpha: Double? {
        guard count > 0, annotators >= 2 else { return nil }
        let (agreeingPairs, squaredTotals) = pairCounts
        let values = Double(count * annotators)
        let selfCoincidences = Double(agreeingPairs) / Double(annotators - 1)
        let chanceDisagreement = values * values - Double(squaredTotals)
        let observedDisagreement = values - selfCoincidences
        guard chanceDisagreement > 0 else { return observedDisagreement == 0 ? 1 : 0 }
        return 1 - (values - 1) * observedDisagreement / chanceDisagreement
    }

    /// (observed − expected) / (1 − expected), with the degenerate case of ``LabelAgreement``.
    package static func coefficient(observed: Double, expected: Double) -> Double {
        if expected >= 1 { return observed >= 1 ? 1 : 0 }
        return (observed - expected) / (1 - expected)
    }
}
