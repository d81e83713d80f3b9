import ClipBenchCore

/// Converts offsets between Unicode scalars (ClipBench's unit) and UTF-16 code units (JavaScript's
/// `String.length`, what older Label Studio versions and many web tools count).
///
/// A scalar outside the Basic Multilingual Plane (an emoji such as 😀) is one scalar but two UTF-16
/// units; every other scalar, Arabic letters and their harakat and shadda included, is one of each.
/// An offset in UTF-16 units that falls between the two halves of a surrogate pair names no scalar
/// boundary and converts to nil.
///
/// ```swift
/// let offsets = UTF16Offsets(SeedText("😀 مُحَمَّد"))
/// offsets.utf16Offset(ofScalar: 2)   // 3: the emoji counts twice
/// offsets.scalarOffset(ofUTF16: 3)   // 2
/// offsets.scalarOffset(ofUTF16: 1)   // nil: inside the emoji
/// ```
///
/// - Complexity: Building is O(n) in the number of scalars; each conversion is O(log n).
public struct UTF16Offsets: Sendable {
    /// `prefix[i]` is the number of UTF-16 units before scalar `i`; `prefix[count]` is the total.
    private let prefix: [Int]

    public init(_ text: SeedText) {
        var prefix = [0]
        prefix.reserveCapacity(text.count + 1)
        var total = 0
        for scalar in text.scalars {
            total += scalar.value > 0xFFFF ? 2 : 1
            prefix.append(total)
        }
        self.prefix = prefix
    }

    /// The number of UTF-16 units of the whole text.
    public var utf16Count: Int { prefix[prefix.count - 1] }

    /// The UTF-16 offset of the scalar offset `scalar` (which may be the end of the text), or nil outside the text.
    public func utf16Offset(ofScalar scalar: Int) -> Int? {
        guard scalar >= 0, scalar < prefix.count else { return nil }
        return prefix[scalar]
    }

    /// The scalar offset of the UTF-16 offset `unit`, or nil outside the text or inside a surrogate pair.
    public func scalarOffset(ofUTF16 unit: Int) -> Int? {
        var low = 0
        var high = prefix.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if prefix[middle] == unit { return middle }
            if prefix[middle] < unit { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}

/// How a foreign format counts text offsets.
///
/// ```swift
/// OffsetUnit(rawValue: "utf16")   // .utf16: convert with UTF16Offsets
/// ```
public enum OffsetUnit: String, Sendable, Hashable, CaseIterable {
    /// Unicode scalars (code points): Python's `str`, brat, Label Studio 1.23 (checked; see the README).
    case scalars
    /// UTF-16 code units: JavaScript's `String.length`, what older Label Studio versions saved.
    case utf16
}
