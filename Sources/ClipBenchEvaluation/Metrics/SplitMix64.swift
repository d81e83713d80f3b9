import ClipBenchCore

/// A small, fast, seeded pseudo-random generator (SplitMix64), identical on every platform.
///
/// ClipBench's bootstrap must give the same report byte for byte for the same inputs, so it never
/// uses the system generator. SplitMix64 (Steele, Lea and Flood 2014) passes BigCrush and needs one
/// word of state.
///
/// ```swift
/// var generator = SplitMix64(seed: 42)
/// let value = generator.next()          // the same on every run
/// let unit = generator.nextUnitDouble() // in [0, 1)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The generator for one (seed, document) pair, so draws do not depend on the order of documents.
    public init(seed: UInt64, key: String) {
        var mixer = SplitMix64(seed: seed)
        state = mixer.next() ^ StableHash.fnv1a64(key)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly distributed value in `[0, 1)` with 53 random bits.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
