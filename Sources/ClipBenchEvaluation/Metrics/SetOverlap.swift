import ClipBenchDataset

/// Document-level set overlap: how many distinct items gold and prediction share.
///
/// Used for entities and dates without offsets (sets of normalised text, and of text with type),
/// and for registry ids.
///
/// ```swift
/// let overlap = SetOverlap(gold: ["a", "b"], predicted: ["b", "c", "c"])
/// overlap.truePositive   // 1 ("b")
/// overlap.falsePositive  // 1 ("c", counted once)
/// ```
public struct SetOverlap: Sendable, Hashable {
    public var truePositive: Int
    public var falsePositive: Int
    public var falseNegative: Int

    public init<Item: Hashable>(gold: some Sequence<Item>, predicted: some Sequence<Item>) {
        let goldSet = Set(gold)
        let predictedSet = Set(predicted)
        let common = goldSet.intersection(predictedSet).count
        truePositive = common
        falsePositive = predictedSet.count - common
        falseNegative = goldSet.count - common
    }
}
