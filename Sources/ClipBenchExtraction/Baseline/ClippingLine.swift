import ClipBenchCore

/// One non-blank line of a clipping, trimmed of surrounding whitespace, with its tokens.
///
/// The baseline works line by line: a text dump of a web page keeps one block of the page per
/// line, so a line is the natural unit to label.
public struct ClippingLine: Sendable, Hashable {
    /// The 1-based line number in the clipping.
    public var number: Int
    /// The scalar range of the line without leading and trailing whitespace (never empty).
    public var range: Range<Int>
    /// The text of `range`.
    public var text: String
    public var tokens: [TextToken]

    /// The number of word tokens.
    public var wordCount: Int { tokens.count { $0.isWord } }

    /// Whether dates take up much of the line (a dateline such as «منذ 5 أيام 23»).
    public var isDateLine: Bool {
        let covered = DateMentionFinder.findings(in: tokens).reduce(0) { $0 + ($1.end - $1.start) }
        return covered * 10 >= range.count * 3
    }

    /// Every non-blank line of `text`, in order.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func lines(of text: SeedText) -> [ClippingLine] {
        var result: [ClippingLine] = []
        for number in 1...text.lineStarts.count {
            guard let full = text.rangeOfLine(number) else { continue }
            var start = full.lowerBound
            var end = full.upperBound
            while start < end && text.scalars[start].properties.isWhitespace { start += 1 }
            while end > start && text.scalars[end - 1].properties.isWhitespace { end -= 1 }
            guard start < end else { continue }
            let range = start..<end
            result.append(ClippingLine(number: number, range: range, text: text[range], tokens: Tokenizer.tokens(in: text, range: range)))
        }
        return result
    }
}
