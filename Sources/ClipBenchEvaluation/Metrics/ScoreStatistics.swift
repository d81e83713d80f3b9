import ClipBenchModel

/// A slot of the statistics that holds an integer count (true positives, documents).
public struct CountSlot: Sendable, Hashable {
    /// The position among the counts.
    public let index: Int
}

/// A slot of the statistics that holds an exact sum of per-document ratios (``ExactSum``).
public struct SumSlot: Sendable, Hashable {
    /// The position among the sums.
    public let index: Int
}

/// Where each metric's numbers go in ``ScoreStatistics``: built by ``MetricCatalog``, which asks
/// each metric to declare its slots in turn.
///
/// ```swift
/// var layout = StatisticsLayout()
/// let documents = layout.count("headline.documents")     // CountSlot(index: 0)
/// let f1Sum = layout.sum("headline.f1_sum")              // SumSlot(index: 0)
/// layout.countNames                                       // ["headline.documents"]
/// ```
public struct StatisticsLayout: Sendable, Hashable {
    /// The name of each count slot, in slot order (the keys of a partial score file).
    public private(set) var countNames: [String] = []
    /// The name of each sum slot, in slot order.
    public private(set) var sumNames: [String] = []

    public init() {}

    /// Declares a count slot named `name` (unique across the catalogue, such as `published.tp`).
    public mutating func count(_ name: String) -> CountSlot {
        precondition(!countNames.contains(name), "the count slot \(name) is declared twice")
        countNames.append(name)
        return CountSlot(index: countNames.count - 1)
    }

    /// Declares a slot of summed ratios named `name`.
    public mutating func sum(_ name: String) -> SumSlot {
        precondition(!sumNames.contains(name), "the sum slot \(name) is declared twice")
        sumNames.append(name)
        return SumSlot(index: sumNames.count - 1)
    }
}

/// The summable numbers behind every metric of one clipping, or of many summed.
///
/// Every ClipBench metric is a function of sums over documents: integer counts (true positives,
/// documents), kept as integers, and sums of per-document ratios, kept exactly (``ExactSum``). So a
/// total does not depend on the order or grouping of its documents, which lets shards scored apart
/// merge into the same report, byte for byte. Keeping only these sums makes the evaluator's memory
/// independent of the number of clippings, makes the bootstrap a matter of weighted sums, and lets
/// per-document and aggregate metrics share one formula. The slots are declared by the metrics and
/// laid out by ``MetricCatalog``.
///
/// ```swift
/// let slots = HeadlineMetric.slots
/// var total = ScoreStatistics()
/// total.add(documentStatistics)                 // sum
/// total.add(documentStatistics, weight: 2)      // a bootstrap replicate drawing it twice
/// total[slots.documents]                        // an Int64
/// total[slots.f1Sum]                            // a Double, rounded once from the exact sum
/// ```
public struct ScoreStatistics: Sendable, Hashable {
    public var counts: [Int64]
    public var sums: [ExactSum]

    /// Zero in every slot of `layout`.
    public init(layout: StatisticsLayout = MetricCatalog.layout) {
        counts = [Int64](repeating: 0, count: layout.countNames.count)
        sums = [ExactSum](repeating: .zero, count: layout.sumNames.count)
    }

    public init(counts: [Int64], sums: [ExactSum]) {
        self.counts = counts
        self.sums = sums
    }

    public subscript(slot: CountSlot) -> Int64 {
        get { counts[slot.index] }
        set { counts[slot.index] = newValue }
    }

    /// The sum in `slot`, rounded to the nearest `Double`.
    public subscript(slot: SumSlot) -> Double {
        sums[slot.index].doubleValue
    }

    /// The exact sum in `slot`.
    public func exactSum(_ slot: SumSlot) -> ExactSum {
        sums[slot.index]
    }

    /// Adds one ratio to `slot`, exactly.
    public mutating func add(_ value: Double, to slot: SumSlot) {
        sums[slot.index] += ExactSum(value)
    }

    /// Adds `other` times `weight` (at least 0), slot by slot, exactly.
    public mutating func add(_ other: ScoreStatistics, weight: Int64 = 1) {
        for index in counts.indices where other.counts[index] != 0 {
            counts[index] += weight * other.counts[index]
        }
        for index in sums.indices where !other.sums[index].isZero {
            sums[index] += other.sums[index] * UInt64(weight)
        }
    }

    /// Whether every slot is zero.
    public var isZero: Bool {
        counts.allSatisfy { $0 == 0 } && sums.allSatisfy(\.isZero)
    }
}
