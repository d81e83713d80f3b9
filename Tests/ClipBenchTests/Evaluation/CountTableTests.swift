import Testing
@testable import ClipBench

struct CountTableTests {
    @Test func countsUpAndTakesOffUntilZero() {
        var table = CountTable(minimumCapacity: 4)
        table.increment(7)
        table.increment(7)
        table.increment(0)
        #expect(table.count(of: 7) == 2 && table.count(of: 0) == 1 && table.count(of: 8) == 0)
        let takenOff = (0..<3).map { _ in table.decrementIfPositive(7) }
        #expect(takenOff == [true, true, false])
        #expect(table.count(of: 7) == 0)
        // Key 0 is a key like any other, and a key never counted is never positive.
        let zero = (0..<2).map { _ in table.decrementIfPositive(0) }
        #expect(zero == [true, false])
        let never = table.decrementIfPositive(12345)
        #expect(!never)
    }

    static let sameSlot: [UInt64] = (0..<64).map { UInt64($0) << 40 }
    static let extremes: [UInt64] = [UInt64.max, 0, 1, UInt64.max - 1, 1 << 63]
    static let spread: [UInt64] = (0..<1_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
    static let many: [UInt64] = (0..<5_000).map { UInt64($0) }

    /// Keys that differ only in high bits, extreme keys, keys spread by the table's own multiplier,
    /// and more distinct keys than the capacity asked for, which the table must grow to hold.
    @Test(arguments: [(0, sameSlot), (1, extremes), (0, spread), (16, many)] as [(Int, [UInt64])])
    func keepsEveryKeyApart(minimumCapacity: Int, keys: [UInt64]) {
        var table = CountTable(minimumCapacity: minimumCapacity)
        for (index, key) in keys.enumerated() {
            for _ in 0...(index % 3) { table.increment(key) }
        }
        let counts = keys.map { table.count(of: $0) }
        #expect(counts == keys.indices.map { $0 % 3 + 1 })
        var takenOff = 0
        for key in keys where table.decrementIfPositive(key) { takenOff += 1 }
        #expect(takenOff == keys.count)
        let left = keys.map { table.count(of: $0) }
        #expect(left == keys.indices.map { $0 % 3 })
    }

    /// The multiset intersection the body metric takes: min(count in gold, count in prediction) per key.
    @Test(arguments: [
        ([1, 1, 2, 3], [1, 2, 2, 4], 2),
        ([], [1, 2], 0),
        ([5, 5, 5], [5, 5, 5, 5], 3),
    ] as [([UInt64], [UInt64], Int)])
    func matchesAMultisetIntersection(gold: [UInt64], predicted: [UInt64], shared: Int) {
        var table = CountTable(minimumCapacity: gold.count)
        for key in gold { table.increment(key) }
        var found = 0
        for key in predicted where table.decrementIfPositive(key) { found += 1 }
        #expect(found == shared)
    }
}
