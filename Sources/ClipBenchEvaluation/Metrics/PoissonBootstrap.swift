/// The online (Poisson) bootstrap over documents: replicate sums kept as documents stream in.
///
/// Each replicate gives each document a weight drawn from Poisson(1), the limit of the multinomial
/// counts of the classic bootstrap (Oza and Russell 2001; Chamandy et al. 2012). The weight of
/// document `id` in replicate `r` is the `r`-th draw of a SplitMix64 generator seeded with
/// `(seed, id)`, so the replicates do not depend on the order of documents, need no knowledge of
/// their number, and two prediction sets scored with the same seed share the same weights (a
/// paired bootstrap). Memory is `replicates × ScoreStatistics.Slot.count` numbers, whatever the number
/// of documents.
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
    private var sums: [Double]
    private let width: Int

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

    public init(replicates: Int, seed: UInt64) {
        self.replicates = max(0, replicates)
        self.seed = seed
        width = ScoreStatistics.Slot.count
        sums = [Double](repeating: 0, count: self.replicates * width)
    }

    /// Adds one document's statistics to every replicate, with its Poisson weights.
    public mutating func add(id: String, statistics: ScoreStatistics) {
        guard replicates > 0 else { return }
        let nonZero = statistics.values.indices.filter { statistics.values[$0] != 0 }
        let values = nonZero.map { statistics.values[$0] }
        var generator = SplitMix64(seed: seed, key: id)
        let width = self.width
        let replicates = self.replicates
        Self.cumulative.withUnsafeBufferPointer { table in
            let zeroWeight = table[0]
            sums.withUnsafeMutableBufferPointer { buffer in
                for replicate in 0..<replicates {
                    let unit = generator.nextUnitDouble()
                    // Weight 0 (probability 1/e) is the common case: nothing to add.
                    guard unit >= zeroWeight else { continue }
                    var weight = 1
                    while unit >= table[weight] && weight < table.count - 1 { weight += 1 }
                    let base = replicate * width
                    let scale = Double(weight)
                    for (position, slot) in nonZero.enumerated() { buffer[base + slot] += scale * values[position] }
                }
            }
        }
    }

    /// The weighted sums of replicate `index`.
    public func replicate(_ index: Int) -> ScoreStatistics {
        var statistics = ScoreStatistics()
        statistics.values = Array(sums[(index * width)..<((index + 1) * width)])
        return statistics
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
