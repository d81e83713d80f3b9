/// Finds where the article starts on a whole page: the first line of its longest stretch of running text.
///
/// A stretch is a run of prose lines (``LineClassifier/isProse(_:)``) in which at most
/// ``bridgedLines`` other lines in a row may stand between two prose lines (an in-text subheading, a
/// caption, an embedded post), once it has two prose lines; a short line with a «related» or
/// «comments» cue ends it. Its weight is
/// the number of words of its prose lines. Menus, tickers and banners have no such stretch, comment
/// threads and related teasers have shorter ones, so the heaviest stretch is the article's.
///
/// ```swift
/// let lines = ClippingLine.lines(of: text)
/// ArticleLocator.articleStart(in: lines, prose: lines.map(LineClassifier.isProse))   // 47
/// ```
///
/// - Complexity: O(n) in the number of lines.
public enum ArticleLocator {
    /// How many non-prose lines in a row a stretch of prose may bridge.
    public static let bridgedLines = 3

    /// The index of the article's first prose line, or nil when the page has no prose.
    public static func articleStart(in lines: [ClippingLine], prose: [Bool]) -> Int? {
        var best: (start: Int, weight: Int)?
        var current: (start: Int, weight: Int)?
        var gap = 0
        var proseLines = 0
        for (index, line) in lines.enumerated() {
            if prose[index] {
                current = current.map { ($0.start, $0.weight + line.wordCount) } ?? (index, line.wordCount)
                gap = 0
                proseLines += 1
                if let stretch = current, stretch.weight > best?.weight ?? 0 { best = stretch }
                continue
            }
            gap += 1
            // A lone prose line (a banner, a teaser) is not bridged to the prose below it.
            if gap > bridgedLines || endsStretch(line) || proseLines < 2 {
                current = nil
                proseLines = 0
            }
        }
        return best?.start
    }

    /// A short line that opens a related list or the comments.
    package static func endsStretch(_ line: ClippingLine) -> Bool {
        guard line.wordCount <= LineClassifier.shortLineWords, let category = LineCues.boilerplateCategory(of: line) else { return false }
        return category == .related || category == .comments
    }
}
