import ClipBenchCore

/// The normalisation used to compare words with the extractor's word lists (never for offsets).
///
/// Drops harakat, shadda and tatweel, folds the alef forms to ا, ى to ي and ة to ه, digits to
/// ASCII and Latin letters to lower case, so «إقرأ أيضاً» and «اقرا ايضا» compare equal.
///
/// ```swift
/// ArabicMatching.key("أيضاً")   // "ايضا"
/// ArabicMatching.key("٢٠٢٥")    // "2025"
/// ```
public enum ArabicMatching {
    public static func key(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch ArabicLetterFolding.fold(scalar) {
            case .drop: continue
            case .replace(let folded): result.append(folded)
            case .keep:
                if (0x41...0x5A).contains(scalar.value) {
                    result.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
                } else if !scalar.isCombiningMark {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// The keys of each whitespace-separated word of `phrase`, for building word lists.
    public static func keys(_ phrase: String) -> [String] {
        phrase.split(separator: " ").map { key(String($0)) }
    }

    /// `key` without one leading conjunction or preposition (و ف ب ل, and لل → ال), when what
    /// remains is in `words`; nil otherwise. `dropped` is how many scalars were dropped from the
    /// front, or -1 for لل (the word's own ال merged into the ل, so no exact span exists).
    public static func strippingClitic(_ key: String, in words: Set<String>) -> (key: String, dropped: Int)? {
        if words.contains(key) { return (key, 0) }
        let scalars = Array(key.unicodeScalars)
        guard scalars.count > 2, let first = scalars.first else { return nil }
        if first == "ل", scalars[1] == "ل", scalars.count > 3 {
            // لل + word = ل + ال + word: the article merged into the preposition.
            let candidate = "ا" + String(String.UnicodeScalarView(scalars.dropFirst()))
            return words.contains(candidate) ? (candidate, -1) : nil
        }
        guard "وفبل".unicodeScalars.contains(first) else { return nil }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
        if words.contains(rest) { return (rest, 1) }
        // و or ف, then ب or ل: «وبروسيا», «ولروسيا».
        guard first == "و" || first == "ف", scalars.count > 3, scalars[1] == "ب" || scalars[1] == "ل" else { return nil }
        let second = String(String.UnicodeScalarView(scalars.dropFirst(2)))
        return words.contains(second) ? (second, 2) : nil
    }

    /// Common Arabic function words, as keys: a high share of them marks running prose.
    public static let stopWords: Set<String> = Set(keys("""
        في من على الى إلى عن مع ان أن إن التي الذي الذين اللذين هذا هذه ذلك تلك هناك كان كانت قد لا لم لن ما \
        بين بعد قبل حتى او أو ثم كما انه أنه إنه انها أنها إنها عند خلال حول ضد منذ لدى عبر دون غير كل بعض \
        هو هي هم نحو اي أي بأن لأن كي إذا اذا لكن ولكن حيث فيما بينما أيضا أيضاً وقد وفي ومن وعلى وأن وإن \
        التى الى عليه عليها فيه فيها منه منها له لها به بها يكون تكون ليس
        """))
}
