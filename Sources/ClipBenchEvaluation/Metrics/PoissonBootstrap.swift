/// The online (Poisson) bootstrap over documents: replicate sums kept as documents stream in.
///
/// Each replicate gives each document a weight drawn from Poisson(1), the limit of the multinomial
/// counts of the classic bootstrap (Oza and Russell 2001; Chamandy et al. 2012). The weight of
/// document `id` in replicate `r` is the `r`-th draw of a SplitMix64 generator seeded with
/// `(seed, id)`, so the replicates do not depend on the order of documents, need no knowledge of
/// their number, and two prediction sets scored with the same seed share the same weights (a
/// paired bootstrap). The sums are exact (integer counts, ``ExactSum`` ratio sums), so they do not
/// depend on the order or grouping of documents either: bootstraps of disjoint shards merge
/// (``merge(_:)``) into the bootstrap of the whole. Memory is `replicates` × the catalogue's slots,
/// whatever the number of documents.
///
/// ```swift
/// var bootstrap = PoissonBootstrap(replicates: 1000, seed: 7)
/// bootstrap.add(id: "000_a", statistics: documentStatistics)
/// let replicate = bootstrap.replicate(3)   // summed statistics of replicate 3
/// ```
///
/// - Complexity: `add` is O(replicates × non-zero slots of the document).
public struct PoissonBootstrap: Sendable, Hashable {
    public let replicates: Int
    public let seed: UInt64
    /// The replicates' counts, replicate after replicate.
    public private(set) var countSums: [Int64]
    /// The replicates' ratio sums, replicate after replicate.
    public private(set) var ratioSums: [ExactSum]
    private let countWidth: Int
    private let sumWidth: Int

    /// P(X ≤ k) for X ~ Poisson(1), k = 0…; the last entry is 1 so sampling always ends.
    private static let cumulative: [Double] = {
        var table: [Double] = []
        var probability = 0.36787944117144233  // e^-1
        var total = 0.0
        for k in 0..<20 {
            total += probability
            table.append(total)
            probability /= Double(k + 1)
        }
        table.append(1)
        return table
    }()

    public init(replicates: Int, seed: UInt64, layout: StatisticsLayout = MetricCatalog.layout) {
        self.replicates = max(0, replicates)
        self.seed = seed
        countWidth = layout.countNames.count
        sumWidth = layout.sumNames.count
        countSums = [Int64](repeating: 0, count: self.replicates * countWidth)
        ratioSums = [ExactSum](repeating: .zero, count: self.replicates * sumWidth)
    }

    /// A bootstrap holding given replicate sums (read from a partial score file).
    ///
    /// - Precondition: the sums have `replicates` × the layout's widths entries.
    public init(replicates: Int, seed: UInt64, layout: StatisticsLayout = MetricCatalog.layout, countSums: [Int64], ratioSums: [ExactSum]) {
        self.init(replicates: replicates, seed: seed, layout: layout)
        precondition(countSums.count == self.countSums.count && ratioSums.count == self.ratioSums.count,
                     "replicate sums do not fit the layout")
        self.countSums = countSums
        self.ratioSums = ratioSums
    }

    /// Adds the replicate sums of a bootstrap of other documents with the same replicates, seed and layout.
    ///
    /// - Precondition: `other` has the same number of replicates and the same layout.
    public mutating func merge(_ other: PoissonBootstrap) {
        precondition(other.countSums.count == countSums.count && other.ratioSums.count == ratioSums.count,
                     "bootstraps of different shapes")
        for index in countSums.indices where other.countSums[index] != 0 { countSums[index] += other.countSums[index] }
        for index in ratioSums.indices where !other.ratioSums[index].isZero { ratioSums[index] += other.ratioSums[index] }
    }

    /// Adds one document's statistics to every replicate, with its Poisson weights.
    public mutating func add(id: String, statistics: ScoreStatistics) {
        guard replicates > 0 else { return }
        let nonZeroCounts = statistics.counts.indices.filter { statistics.counts[$0] != 0 }
        let countValues = nonZeroCounts.map { statistics.counts[$0] }
        let nonZeroSums = statistics.sums.indices.filter { !statistics.sums[$0].isZero }
        let sumValues = nonZeroSums.map { statistics.sums[$0] }
        var generator = SplitMix64(seed: seed, key: id)
        let countWidth = self.countWidth, sumWidth = self.sumWidth
        let replicates = self.replicates
        Self.cumulative.withUnsafeBufferPointer { table in
            let zeroWeight = table[0]
            countSums.withUnsafeMutableBufferPointer { counts in
                ratioSums.withUnsafeMutableBufferPointer { sums in
                    for replicate in 0..<replicates {
                        let unit = generator.nextUnitDouble()
                        // Weight 0 (probability 1/e) is the common case: nothing to add.
                        guard unit >= zeroWeight else { continue }
                        var weight = 1
                        while unit >= table[weight] && weight < table.count - 1 { weight += 1 }
                        let countBase = replicate * countWidth
                        for (position, slot) in nonZeroCounts.enumerated() { counts[countBase + slot] += Int64(weight) * countValues[position] }
                        let sumBase = replicate * sumWidth
                        for (position, slot) in nonZeroSums.enumerated() { sums[sumBase + slot] += sumValues[position] * UInt64(weight) }
                    }
                }
            }
        }
    }

    /// The weighted sums of replicate `index`.
    public func replicate(_ index: Int) -> ScoreStatistics {
        ScoreStatistics(counts: Array(countSums[(index * countWidth)..<((index + 1) * countWidth)]),
                        sums: Array(ratioSums[(index * sumWidth)..<((index + 1) * sumWidth)]))
    }

    /// The Poisson(1) weights of document `id` in every replicate (for tests and the paired bootstrap).
    public func weights(of id: String) -> [Int] {
        var generator = SplitMix64(seed: seed, key: id)
        return (0..<replicates).map { _ in
            let unit = generator.nextUnitDouble()
            var weight = 0
            while unit >= Self.cumulative[weight] && weight < Self.cumulative.count - 1 { weight += 1 }
            return weight
        }
    }
}
