/// Counts of 64-bit keys in an open-addressing table (linear probing, multiplicative hashing).
///
/// The body metric counts the gold shingles, then takes each predicted shingle off:
///
/// ```swift
/// var table = CountTable(minimumCapacity: 2)
/// table.increment(7)
/// table.decrementIfPositive(7)   // true
/// table.decrementIfPositive(7)   // false: its count is 0
/// ```
///
/// The table doubles when more than half its slots are taken, so `minimumCapacity` is a hint.
///
/// - Complexity: O(1) expected per call.
package struct CountTable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var occupied: [Bool]
    private var mask: Int
    /// How many slots hold a key.
    private var occupiedCount = 0

    package init(minimumCapacity: Int) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        occupied = [Bool](repeating: false, count: capacity)
        mask = capacity - 1
    }

    /// The count of `key`: 0 when it was never incremented.
    package func count(of key: UInt64) -> Int {
        let index = slot(of: key)
        return occupied[index] ? Int(counts[index]) : 0
    }

    /// Moves every key into a table twice the size, so probing always finds an empty slot.
    private mutating func grow() {
        let old = (keys, counts, occupied)
        let capacity = keys.count * 2
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        occupied = [Bool](repeating: false, count: capacity)
        mask = capacity - 1
        for index in old.0.indices where old.2[index] {
            let slot = slot(of: old.0[index])
            occupied[slot] = true
            keys[slot] = old.0[index]
            counts[slot] = old.1[index]
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while occupied[slot] && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    package mutating func increment(_ key: UInt64) {
        var index = slot(of: key)
        if !occupied[index] {
            // A full table would make probing loop forever: keep it at most half full.
            if (occupiedCount + 1) * 2 > keys.count {
                grow()
                index = slot(of: key)
            }
            occupied[index] = true
            keys[index] = key
            occupiedCount += 1
        }
        counts[index] += 1
    }

    /// Decrements the count of `key` and returns true when it was positive.
    @discardableResult
    package mutating func decrementIfPositive(_ key: UInt64) -> Bool {
        let index = slot(of: key)
        guard occupied[index], counts[index] > 0 else { return false }
        counts[index] -= 1
        return true
    }
}
