/// Counts of 64-bit keys in an open-addressing table (linear probing, multiplicative hashing).
package struct CountTable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var occupied: [Bool]
    private let mask: Int

    package init(minimumCapacity: Int) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        occupied = [Bool](repeating: false, count: capacity)
        mask = capacity - 1
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while occupied[slot] && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    package mutating func increment(_ key: UInt64) {
        let index = slot(of: key)
        if !occupied[index] {
            occupied[index] = true
            keys[index] = key
        }
        counts[index] += 1
    }

    /// Decrements the count of `key` and returns true when it was positive.
    package mutating func decrementIfPositive(_ key: UInt64) -> Bool {
        let index = slot(of: key)
        guard occupied[index], counts[index] > 0 else { return false }
        counts[index] -= 1
        return true
    }
}
