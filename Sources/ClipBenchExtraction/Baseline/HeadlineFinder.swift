import ClipBenchCore

/// Picks the headline from the structure of the page.
///
/// Two rules, in order, over the first lines of the clipping:
/// 1. **Repeated near the top**: a line of headline length that occurs again within the first
///    lines (pages print the title in the page header and again above the article).
/// 2. **First substantial line**: the first line of headline length that is not a date line,
///    does not end with a colon, and is mostly letters.
///
/// Headline length is 3 to 25 words.
///
/// ```swift
/// HeadlineFinder.headline(in: ClippingLine.lines(of: SeedText("logo\nعنوان الخبر هنا اليوم\nنص")))
/// // "عنوان الخبر هنا اليوم"
/// ```
public enum HeadlineFinder {
    /// How many non-blank lines from the top are searched.
    public static let searchedLines = 12

    /// The index (into `lines`) of the headline line, or nil.
    public static func headlineIndex(in lines: [ClippingLine]) -> Int? {
        let top = Array(lines.prefix(searchedLines))
        if let repeated = firstRepeatedLine(in: top) { return repeated }
        return top.indices.first { isSubstantial(top[$0]) }
    }

    /// The headline text, or nil.
    public static func headline(in lines: [ClippingLine]) -> String? {
        headlineIndex(in: lines).map { lines[$0].text }
    }

    /// The first headline-length line that occurs twice among `lines`.
    package static func firstRepeatedLine(in lines: [ClippingLine]) -> Int? {
        var seen: [String: Int] = [:]
        var best: Int?
        for (index, line) in lines.enumerated() where isSubstantial(line) {
            if let earlier = seen[line.text] {
                best = min(best ?? earlier, earlier)
            } else {
                seen[line.text] = index
            }
        }
        return best
    }

    /// Headline length, mostly letters, no colon at the end, no date.
    package static func isSubstantial(_ line: ClippingLine) -> Bool {
        let words = line.wordCount
        guard (3...25).contains(words), !line.text.hasSuffix(":") else { return false }
        let letters = line.tokens.filter(\.isWord).reduce(0) { $0 + ($1.end - $1.start) }
        guard letters * 2 >= line.range.count else { return false }
        return !line.isDateLine
    }
}
