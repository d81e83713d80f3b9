import ClipBenchDataset

/// One token of a clipping, with its scalar offsets and a key for matching word lists.
///
/// Tokens split at whitespace, at punctuation, and where the script changes, so text glued
/// together on a page (`الشرق السعودية١٠-٠٤-٢٠٢٥`, `Newsletterالرسالة`) still falls apart
/// into its words and numbers.
public struct TextToken: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: Sendable, Hashable {
        /// Arabic letters, with their marks and tatweel.
        case arabicWord
        /// Letters of any other script (Latin in practice).
        case otherWord
        /// Decimal digits of one script (ASCII, Arabic-Indic or Extended Arabic-Indic).
        case number
        /// A single punctuation mark or symbol.
        case symbol
    }

    public var kind: Kind
    public var start: Int
    public var end: Int
    /// The exact text.
    public var text: String
    /// The text normalised for comparison with word lists (see ``ArabicMatching/key(_:)``).
    public var key: String

    /// The value of a number token of at most nine digits.
    public var numberValue: Int? {
        guard kind == .number, key.count <= 9 else { return nil }
        return Int(key)
    }

    /// The number of digits of a number token.
    public var digitCount: Int { kind == .number ? key.unicodeScalars.count : 0 }

    /// Whether the word starts with the definite article «ال» as written (not «أل…» of a name such as «ألكسندر»).
    public var hasArticle: Bool { kind == .arabicWord && text.unicodeScalars.starts(with: "ال".unicodeScalars) }

    /// The offset at which the token's text continues after its first `count` matching-key
    /// scalars (and any marks or tatweel right after them): where a word starts behind a clitic.
    public func offset(afterKeyScalars count: Int) -> Int {
        var seen = 0
        var offset = start
        for scalar in text.unicodeScalars {
            let countsInKey = !(scalar.isCombiningMark || scalar.value == 0x0640)
            if countsInKey {
                if seen == count { break }
                seen += 1
            }
            offset += 1
        }
        return offset
    }

    public var isWord: Bool { kind == .arabicWord || kind == .otherWord }
}
