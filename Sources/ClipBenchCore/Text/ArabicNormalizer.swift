import Foundation

/// The matching normalisation of SPEC section 5, for comparing texts (never for offsets).
///
/// In order: Unicode NFKC; tatweel (U+0640), harakat and other Arabic marks (U+064B–U+065F) and the
/// superscript alef (U+0670) dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic (U+0660–U+0669) and
/// extended Arabic-Indic (U+06F0–U+06F9) digits → ASCII; letters case-folded (lowercase, and ß → ss);
/// punctuation and symbols (general categories `P*` and `S*`, so ، ؛ ؟ « » and every ASCII
/// punctuation mark) removed; invisible format characters (`Cf`: RLM, ZWNJ, …) removed; runs of
/// whitespace collapsed to one space, and the ends trimmed.
///
/// Removing ASCII punctuation and symbols (rather than replacing them with a space) and splitting on
/// whitespace is what SQuAD's official `normalize_answer` does, so on Latin text the tokens agree with it
/// (SQuAD's English-article removal lives in ``HeadlineMetric``, not here).
///
/// ```swift
/// ArabicNormalizer.normalize("«أَحْمَـــد» في مدرسة ٢٠٢٥!")   // "احمد في مدرسه 2025"
/// ArabicNormalizer.tokens(in: "The U.S., today")            // ["the", "us", "today"]
/// ```
///
/// - Complexity: O(n) in the number of scalars.
public enum ArabicNormalizer {
    /// The normalised text: words separated by single spaces.
    public static func normalize(_ text: String) -> String {
        tokens(in: text).joined(separator: " ")
    }

    /// The normalised text split on whitespace.
    public static func tokens(in text: String) -> [String] {
        let (bytes, ranges) = tokenBytes(in: text)
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The normalised tokens as UTF-8: one buffer and the byte range of each token (no strings built).
    public static func tokenBytes(in text: String) -> (bytes: [UInt8], ranges: [Range<Int>]) {
        // Foundation's NFKC is slow; most clippings are made only of scalars it leaves alone.
        let needsNFKC = text.unicodeScalars.contains { ScalarClasses.classes(of: $0) & ScalarClasses.stableUnderNFKC == 0 }
        let composed = needsNFKC ? text.precomposedStringWithCompatibilityMapping : text
        var bytes: [UInt8] = []
        bytes.reserveCapacity(composed.utf8.count)
        var ranges: [Range<Int>] = []
        var start = 0
        func flush() {
            if bytes.count > start { ranges.append(start..<bytes.count) }
            start = bytes.count
        }
        func append(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | (value >> 6)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | (value >> 12)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (value >> 18)))
                bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        for scalar in composed.unicodeScalars {
            let classes = ScalarClasses.classes(of: scalar)
            if classes & ScalarClasses.whitespace != 0 {
                flush()
                continue
            }
            guard let mapped = map(scalar) else { continue }
            if mapped.value < 0x80 {
                append(mapped.value >= 0x41 && mapped.value <= 0x5A ? Unicode.Scalar(UInt8(mapped.value + 0x20)) : mapped)
            } else if mapped == "ß" {
                bytes.append(0x73)
                bytes.append(0x73)
            } else if ScalarClasses.classes(of: mapped) & ScalarClasses.changesWhenLowercased != 0 {
                for lower in mapped.properties.lowercaseMapping.unicodeScalars { append(lower) }
            } else {
                append(mapped)
            }
        }
        flush()
        return (bytes, ranges)
    }

    /// The scalar that replaces `scalar`, or nil when it is dropped (case is folded by the caller).
    @inline(__always)
    package static func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 {
            // ASCII punctuation and symbols: the set of Python's string.punctuation.
            let isLetterOrDigit = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
            if isLetterOrDigit { return scalar }
            return value < 0x20 || value == 0x7F ? nil : (value == 0x20 ? scalar : nil)
        }
        switch ArabicLetterFolding.fold(scalar) {
        case .drop: return nil
        case .replace(let folded): return folded
        case .keep: break
        }
        return ScalarClasses.classes(of: scalar) & ScalarClasses.removed != 0 ? nil : scalar
    }
}
