/// A word of a text: a maximal run of word scalars, with its scalar offsets.
///
/// ```swift
/// let token = WordTokenizer.tokens(in: "قال: بوتين")[1]
/// token.text    // "بوتين"
/// token.range   // 5..<10
/// ```
public struct WordToken: Sendable, Hashable {
    /// The scalars of the token, unchanged (case and marks kept).
    public var text: String
    /// The offset of the first scalar, 0-based.
    public var start: Int
    /// The offset one past the last scalar.
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// The token's `[start, end)` scalar range.
    public var range: Range<Int> { start..<end }
}

/// Splits text into words exactly as Python's `re.findall(r"\w+", text)` does.
///
/// A word scalar is a Unicode letter (general category `Lu`, `Ll`, `Lt`, `Lm`, `Lo`), a number
/// (`Nd`, `Nl`, `No`) or `_`: the set Python's `re` accepts for `\w` on `str` (`str.isalnum()` or
/// `_`; checked over every code point of Python's Unicode database). Combining marks (`Mn`, `Mc`),
/// such as harakat and shadda, are *not* word scalars, so `مُحَمَّد` is four tokens, as in the
/// ScrapingHub article-extraction benchmark whose body metric this tokenizer serves.
///
/// ```swift
/// WordTokenizer.words(in: "Hello, world_1!")   // ["Hello", "world_1"]
/// WordTokenizer.words(in: "مُحَمَّد")            // ["م", "ح", "م", "د"]
/// ```
///
/// - Complexity: O(n) in the number of scalars.
public enum WordTokenizer {
    /// Whether `scalar` is a word scalar (Python's `\w`).
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClasses.classes(of: scalar) & ScalarClasses.word != 0
    }

    /// The `[start, end)` scalar ranges of the words of `scalars`, left to right.
    public static func wordRanges<Scalars: Collection>(in scalars: Scalars) -> [Range<Int>] where Scalars.Element == Unicode.Scalar {
        if let array = scalars as? [Unicode.Scalar] { return wordRanges(inArray: array) }
        return wordRanges(inArray: Array(scalars))
    }

    private static func wordRanges(inArray scalars: [Unicode.Scalar]) -> [Range<Int>] {
        // Read once: the global's lazy-initialisation check is not free. Scalars past it (rare in
        // Arabic and Latin text) go through the other tables or are classified directly.
        let table = ScalarClasses.lowTable
        return table.withUnsafeBufferPointer { classes in
            scalars.withUnsafeBufferPointer { buffer in
                var ranges: [Range<Int>] = []
                ranges.reserveCapacity(buffer.count / 5)
                var start = -1
                for offset in 0..<buffer.count {
                    let value = buffer[offset].value
                    let isWord = value < 0x0800
                        ? classes[Int(value)] & ScalarClasses.word != 0
                        : ScalarClasses.classes(of: buffer[offset]) & ScalarClasses.word != 0
                    if isWord {
                        if start < 0 { start = offset }
                    } else if start >= 0 {
                        ranges.append(start..<offset)
                        start = -1
                    }
                }
                if start >= 0 { ranges.append(start..<buffer.count) }
                return ranges
            }
        }
    }

    /// The words of `text` with their scalar offsets.
    public static func tokens(in text: String) -> [WordToken] {
        let scalars = Array(text.unicodeScalars)
        return wordRanges(in: scalars).map { range in
            WordToken(text: string(of: scalars[range]), start: range.lowerBound, end: range.upperBound)
        }
    }

    /// The words of a seed with their scalar offsets.
    public static func tokens(in text: SeedText) -> [WordToken] {
        wordRanges(in: text.scalars).map { range in
            WordToken(text: string(of: text.scalars[range]), start: range.lowerBound, end: range.upperBound)
        }
    }

    /// The words of `text`, without offsets: `re.findall(r"\w+", text)`.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The byte ranges of the words of UTF-8 text (a fast path for scoring: no strings are built).
    ///
    /// - Complexity: O(n) in the number of bytes.
    public static func wordByteRanges(in utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        // Read once: the global's lazy-initialisation check is not free. Scalars past it (rare in
        // Arabic and Latin text) go through the other tables or are classified directly.
        let table = ScalarClasses.lowTable
        return table.withUnsafeBufferPointer { classes in
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(utf8.count / 6)
            var start = -1
            var index = 0
            let count = utf8.count
            while index < count {
                let lead = utf8[index]
                var value: UInt32
                var length: Int
                if lead < 0x80 {
                    value = UInt32(lead)
                    length = 1
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F)
                    length = 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F)
                    length = 3
                } else {
                    value = UInt32(lead & 0x07)
                    length = 4
                }
                if length > 1 {
                    for offset in 1..<min(length, count - index) { value = (value << 6) | UInt32(utf8[index + offset] & 0x3F) }
                }
                let isWord: Bool
                if value < 0x0800 {
                    isWord = classes[Int(value)] & ScalarClasses.word != 0
                } else {
                    isWord = Unicode.Scalar(value).map { ScalarClasses.classes(of: $0) & ScalarClasses.word != 0 } ?? false
                }
                if isWord {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    ranges.append(start..<index)
                    start = -1
                }
                index += length
            }
            if start >= 0 { ranges.append(start..<count) }
            return ranges
        }
    }

    private static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
