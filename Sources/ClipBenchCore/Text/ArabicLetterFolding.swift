/// The Arabic part of the matching normalisation (SPEC section 5), one scalar at a time: tatweel,
/// harakat and superscript alef dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic digits → ASCII.
///
/// Shared by ``ArabicNormalizer`` (the metrics) and the baseline's word keys, so both fold the
/// same letters the same way.
///
/// ```swift
/// ArabicLetterFolding.fold("أ")   // .replace("ا")
/// ArabicLetterFolding.fold("َ")   // .drop
/// ArabicLetterFolding.fold("b")   // .keep
/// ```
package enum ArabicLetterFolding {
    package enum Outcome: Equatable {
        /// The scalar is left out of the matching form.
        case drop
        /// The scalar stands for this one in the matching form.
        case replace(Unicode.Scalar)
        /// The rule has nothing to say about this scalar.
        case keep
    }

    @inline(__always)
    package static func fold(_ scalar: Unicode.Scalar) -> Outcome {
        let value = scalar.value
        switch value {
        case 0x0640, 0x064B...0x065F, 0x0670: return .drop
        case 0x0622, 0x0623, 0x0625, 0x0671: return .replace("\u{0627}")
        case 0x0649: return .replace("\u{064A}")
        case 0x0629: return .replace("\u{0647}")
        case 0x0660...0x0669: return .replace(Unicode.Scalar(UInt8(value - 0x0660 + 0x30)))
        case 0x06F0...0x06F9: return .replace(Unicode.Scalar(UInt8(value - 0x06F0 + 0x30)))
        default: return .keep
        }
    }
}
