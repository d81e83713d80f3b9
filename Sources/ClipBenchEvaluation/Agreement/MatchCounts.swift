import ClipBenchModel

/// Items found by both annotators, and by only one of them, with F1 of the second against the first.
///
/// Precision = matched / (matched + onlySecond), recall = matched / (matched + onlyFirst); F1 is
/// their harmonic mean, and symmetric: swapping the annotators swaps precision and recall only.
/// With nothing on either side, all three are 1 (the annotators agree there is nothing).
public struct MatchCounts: Sendable, Hashable {
    public var matched = 0
    public var onlyFirst = 0
    public var onlySecond = 0

    public init(matched: Int = 0, onlyFirst: Int = 0, onlySecond: Int = 0) {
        self.matched = matched
        self.onlyFirst = onlyFirst
        self.onlySecond = onlySecond
    }

    public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(matched: lhs.matched + rhs.matched, onlyFirst: lhs.onlyFirst + rhs.onlyFirst, onlySecond: lhs.onlySecond + rhs.onlySecond)
    }

    /// Every count `weight` times (a clipping's bootstrap weight).
    public static func * (counts: MatchCounts, weight: Int) -> MatchCounts {
        MatchCounts(matched: counts.matched * weight, onlyFirst: counts.onlyFirst * weight, onlySecond: counts.onlySecond * weight)
    }

    public var precision: Double {
        matched + onlySecond == 0 ? (onlyFirst == 0 ? 1 : 0) : Double(matched) / Double(matched + onlySecond)
    }

    public var recall: Double {
        matched + onlyFirst == 0 ? (onlySecond == 0 ? 1 : 0) : Double(matched) / Double(matched + onlyFirst)
    }

    public var f1: Double {
        let total = 2 * matched + onlyFirst + onlySecond
        return total == 0 ? 1 : Double(2 * matched) / Double(total)
    }

    /// Counts of two lists matched exactly by `key` (as multisets).
    public static func exact<Item, Key: Hashable>(_ first: [Item], _ second: [Item], by key: (Item) -> Key) -> MatchCounts {
        var remaining: [Key: Int] = [:]
        for item in first { remaining[key(item), default: 0] += 1 }
        var counts = MatchCounts()
        for item in second {
            let itemKey = key(item)
            if let left = remaining[itemKey], left > 0 {
                remaining[itemKey] = left - 1
                counts.matched += 1
            } else {
                counts.onlySecond += 1
            }
        }
        counts.onlyFirst = remaining.values.reduce(0, +)
        return counts
    }
}
