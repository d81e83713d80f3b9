/// A sum of `Double`s kept exactly, so it does not depend on the order or grouping of the additions.
///
/// The value is a 192-bit two's-complement integer in units of 2⁻¹²⁸: 64 bits above the binary
/// point and 128 below. Every `Double` of magnitude below 2⁶² whose lowest set bit is at least 2⁻¹²⁸
/// (every ratio p/q of integers with q < 2⁷⁵, which covers every per-document ratio ClipBench sums)
/// converts exactly; a smaller bit is rounded to the nearest 2⁻¹²⁸, the same way for the same
/// value wherever it is added, so sums stay independent of order either way. Additions and integer
/// multiples are exact integer arithmetic; ``doubleValue`` rounds once, correctly (to nearest, ties
/// to even), when a figure is computed.
///
/// ```swift
/// var sum = ExactSum.zero
/// for value in [1, 1e-16, -1] { sum += ExactSum(value) }
/// sum.doubleValue            // 1e-16 (Double addition in this order gives 0)
/// ExactSum(0.5) * 3          // 1.5 exactly
/// ```
///
/// - Complexity: O(1) per addition, multiplication and conversion.
public struct ExactSum: Sendable, Hashable {
    /// The three 64-bit words, least significant first.
    public private(set) var low: UInt64
    public private(set) var middle: UInt64
    public private(set) var high: UInt64

    public static let zero = ExactSum(low: 0, middle: 0, high: 0)

    /// The number of bits below the binary point.
    public static let fractionBits = 128

    public init(low: UInt64, middle: UInt64, high: UInt64) {
        self.low = low
        self.middle = middle
        self.high = high
    }

    /// The exact value of `value`, rounded to the nearest 2⁻¹²⁸ when it has smaller bits.
    ///
    /// - Precondition: `value` is finite and of magnitude below 2⁶² (a metric's ratio, not a count).
    public init(_ value: Double) {
        precondition(value.isFinite && value.magnitude < 0x1p62, "ExactSum holds finite values below 2^62, not \(value)")
        self = .zero
        guard value != 0 else { return }
        let significand = value.significandBitPattern | (value.isNormal ? 1 << 52 : 0)
        let exponent = value.isNormal ? Int(value.exponent) : -1022
        // value = significand × 2^(exponent − 52) = significand × 2^shift units of 2⁻¹²⁸.
        let shift = exponent - 52 + Self.fractionBits
        var words: [UInt64] = [0, 0, 0]
        if shift >= 0 {
            let word = shift / 64, bit = shift % 64
            words[word] = significand << UInt64(bit)
            if bit > 0, word + 1 < 3 { words[word + 1] = significand >> UInt64(64 - bit) }
        } else if -shift < 64 {
            let dropped = UInt64(-shift)
            var kept = significand >> dropped
            let remainder = significand & ((1 << dropped) - 1), half = UInt64(1) << (dropped - 1)
            if remainder > half || (remainder == half && kept & 1 == 1) { kept += 1 }
            words[0] = kept
        }
        self = ExactSum(low: words[0], middle: words[1], high: words[2])
        if value < 0 { self = -self }
    }

    /// Whether the sum is zero.
    public var isZero: Bool { low == 0 && middle == 0 && high == 0 }

    /// Whether the sum is negative (its top bit).
    public var isNegative: Bool { high >> 63 == 1 }

    public static prefix func - (value: ExactSum) -> ExactSum {
        ExactSum(low: ~value.low, middle: ~value.middle, high: ~value.high) + ExactSum(low: 1, middle: 0, high: 0)
    }

    public static func + (left: ExactSum, right: ExactSum) -> ExactSum {
        let (low, carryLow) = left.low.addingReportingOverflow(right.low)
        let (middlePartial, carryMiddle1) = left.middle.addingReportingOverflow(right.middle)
        let (middle, carryMiddle2) = middlePartial.addingReportingOverflow(carryLow ? 1 : 0)
        let high = left.high &+ right.high &+ (carryMiddle1 || carryMiddle2 ? 1 : 0)
        return ExactSum(low: low, middle: middle, high: high)
    }

    public static func += (left: inout ExactSum, right: ExactSum) {
        left = left + right
    }

    /// `value` added `weight` times (a bootstrap weight), exactly.
    public static func * (value: ExactSum, weight: UInt64) -> ExactSum {
        let low = value.low.multipliedFullWidth(by: weight)
        let middle = value.middle.multipliedFullWidth(by: weight)
        let (middleSum, carry) = middle.low.addingReportingOverflow(low.high)
        let high = value.high &* weight &+ middle.high &+ (carry ? 1 : 0)
        return ExactSum(low: low.low, middle: middleSum, high: high)
    }

    /// The sum rounded to the nearest `Double` (ties to even).
    public var doubleValue: Double {
        if isZero { return 0 }
        if isNegative { return -(-self).doubleValue }
        let words = [low, middle, high]
        let topWord = high != 0 ? 2 : (middle != 0 ? 1 : 0)
        let top = topWord * 64 + (63 - words[topWord].leadingZeroBitCount)
        guard top >= 63 else { return Double(low) * 0x1p-128 }
        // The 64 bits from `top` down, with every lower bit folded into the last one (sticky), so
        // the one rounding of the UInt64 → Double conversion is the correct rounding of the whole.
        let start = top - 63, word = start / 64, bit = start % 64
        var window = words[word] >> UInt64(bit)
        if bit > 0, word + 1 < 3 { window |= words[word + 1] << UInt64(64 - bit) }
        var sticky = bit > 0 && words[word] & ((1 << UInt64(bit)) - 1) != 0
        for lower in 0..<word where words[lower] != 0 { sticky = true }
        if sticky { window |= 1 }
        return Double(sign: .plus, exponent: start - Self.fractionBits, significand: Double(window))
    }

    /// The 48 hexadecimal digits of the three words, most significant first: the exact form a
    /// partial score file stores.
    public var hexadecimal: String {
        [high, middle, low].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    /// Reads ``hexadecimal``; nil unless `text` is 48 hexadecimal digits.
    public init?(hexadecimal text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 48, scalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else { return nil }
        func word(_ index: Int) -> UInt64? { UInt64(String(String.UnicodeScalarView(scalars[(index * 16)..<(index * 16 + 16)])), radix: 16) }
        guard let high = word(0), let middle = word(1), let low = word(2) else { return nil }
        self.init(low: low, middle: middle, high: high)
    }
}
