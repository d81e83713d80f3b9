import Foundation
import ClipBenchCore

/// Picks the headline of a whole page by scoring every title-like line near the article.
///
/// A page dump often opens with a long menu, a ticker or a clock; the headline's first copy may be
/// hundreds of lines down. So the finder first locates the article (``ArticleLocator``), then scores
/// each line of the ``searchedLines`` above it that is **title-like** (``isTitleLike(_:)``: headline
/// length, no sentence end, not a list item, ticker, date, byline or interface phrase). The score adds:
/// - **dateline or byline after it** (within ``followingLines``, no other title-like line between): +3;
/// - **repeated**: the same text elsewhere on the page, alone or as a page title («… | الموقع»): +2;
/// - **lead after it**: a prose line within ``searchedLines`` below: +2;
/// - **date just above it** (a dateline printed over the headline): +1;
/// - **headline length** of 5 to 20 words: +1;
/// - **a boilerplate cue** on a short line («شارك», «اشترك»): −3.
///
/// The best score wins, the earliest line on a tie; below ``convincingScore`` there is no headline.
/// A page without prose is searched from its top.
///
/// ```swift
/// HeadlineFinder.headline(in: ClippingLine.lines(of: SeedText("logo\nعنوان الخبر هنا اليوم\nبقلم: سارة\nنص")))
/// // "عنوان الخبر هنا اليوم"
/// ```
///
/// - Complexity: O(n) in the number of lines (plus one hash of each line for the repeats).
public enum HeadlineFinder {
    /// How many non-blank lines above the article are searched.
    public static let searchedLines = 20
    /// How many lines below a candidate may hold its dateline or byline.
    public static let followingLines = 4
    /// The lowest score taken as a headline.
    public static let convincingScore = 3
    /// How many lines at the top of a page may hold its title.
    public static let titleLines = 3

    /// The index (into `lines`) of the headline line, or nil.
    public static func headlineIndex(in lines: [ClippingLine]) -> Int? {
        headlineIndex(in: lines, prose: lines.map(LineClassifier.isProse))
    }

    /// The same, with each line's ``LineClassifier/isProse(_:)`` already known.
    public static func headlineIndex(in lines: [ClippingLine], prose: [Bool]) -> Int? {
        var best: (index: Int, score: Int)?
        for candidate in candidates(in: lines, prose: prose) where candidate.score > best?.score ?? Int.min {
            best = candidate
        }
        guard let best, best.score >= convincingScore else { return nil }
        return best.index
    }

    /// Every title-like line searched, in page order, with its score.
    public static func candidates(in lines: [ClippingLine], prose: [Bool]) -> [(index: Int, score: Int)] {
        let articleStart = ArticleLocator.articleStart(in: lines, prose: prose)
        // The article's first line is searched too: a long headline can read as prose.
        let searched = articleStart.map { max(0, $0 - searchedLines)...$0 } ?? 0...max(0, min(lines.count, searchedLines) - 1)
        guard !lines.isEmpty else { return [] }
        let repeated = repeatedTexts(in: lines, near: searched)
        return searched.filter { isTitleLike(lines[$0]) }.map { ($0, score($0, in: lines, prose: prose, repeated: repeated)) }
    }

    /// The headline text, or nil.
    public static func headline(in lines: [ClippingLine]) -> String? {
        headlineIndex(in: lines).map { lines[$0].text }
    }

    /// The score of the title-like line at `index` (see the type's summary).
    package static func score(_ index: Int, in lines: [ClippingLine], prose: [Bool], repeated: Set<String>) -> Int {
        let line = lines[index]
        var score = 0
        if hasDatelineOrBylineAfter(index, in: lines) { score += 3 }
        if repeated.contains(line.text) { score += 2 }
        if hasLeadAfter(index, prose: prose) { score += 2 }
        if index > 0, lines[index - 1].isDateLine { score += 1 }
        if (5...20).contains(titleWords(line)) { score += 1 }
        if line.wordCount <= LineClassifier.shortLineWords, LineCues.boilerplateCategory(of: line) != nil { score -= 3 }
        if isInMenu(index, in: lines) { score -= 2 }
        return score
    }

    /// Headline length (3 to 25 words, most of two letters or more), no sentence-ending full stop or colon
    /// at the end, and not a list item, ticker, date line, byline or interface phrase.
    public static func isTitleLike(_ line: ClippingLine) -> Bool {
        guard (3...25).contains(titleWords(line)), let last = line.tokens.last else { return false }
        if last.kind == .symbol, [":", ".", "：", "。"].contains(last.text), !line.text.hasSuffix("..") { return false }
        let words = line.tokens.filter(\.isWord)
        let letters = words.reduce(0) { $0 + ($1.end - $1.start) }
        guard letters * 2 >= line.range.count else { return false }
        // "A A A" (font size buttons) or initials: most words of a title have two letters or more.
        guard words.count(where: { $0.end - $0.start >= 2 }) * 2 > words.count else { return false }
        return !LineClassifier.startsWithBullet(line) && !LineCues.isTicker(line) && !line.isDateLine
            && !LineCues.hasMetadataCue(line) && !LineCues.hasInterfacePhrase(line)
    }

    /// Words, counting a run of Chinese or Japanese characters (written without spaces) as one word per
    /// two characters.
    package static func titleWords(_ line: ClippingLine) -> Int {
        line.tokens.filter(\.isWord).reduce(0) { count, token in
            guard let first = token.text.unicodeScalars.first, (0x3040...0x9FFF).contains(first.value) else { return count + 1 }
            return count + max(1, token.text.unicodeScalars.count / 2)
        }
    }

    /// A date line or a byline among the few lines after `index`, with no other title-like line (but
    /// copies of this one) between them: the dateline belongs to the title nearest above it.
    package static func hasDatelineOrBylineAfter(_ index: Int, in lines: [ClippingLine]) -> Bool {
        for line in lines[(index + 1)..<min(lines.count, index + 1 + followingLines)] {
            if line.isDateLine || (line.wordCount <= LineClassifier.shortLineWords && LineCues.hasMetadataCue(line)) { return true }
            if line.text != lines[index].text, isTitleLike(line) { return false }
        }
        return false
    }

    /// A prose line within ``searchedLines`` after `index`.
    package static func hasLeadAfter(_ index: Int, prose: [Bool]) -> Bool {
        prose[(index + 1)..<min(prose.count, index + 1 + searchedLines)].contains(true)
    }

    /// A short line between two other short lines: an entry of a menu.
    package static func isInMenu(_ index: Int, in lines: [ClippingLine]) -> Bool {
        func isShort(_ position: Int) -> Bool {
            lines.indices.contains(position) && lines[position].wordCount <= menuEntryWords && !lines[position].isDateLine
                && !LineCues.hasMetadataCue(lines[position])
        }
        return lines[index].wordCount <= menuEntryWords && isShort(index - 1) && isShort(index + 1)
    }

    /// The most words of a menu entry.
    package static let menuEntryWords = 4

    /// The texts that occur on more than one line of the searched lines and the page's first lines (where
    /// a page title stands), alone or as the part before a separator («العنوان | الموقع», "Title - Site").
    /// Menus repeat their entries far from the article; those repeats do not count.
    package static func repeatedTexts(in lines: [ClippingLine], near searched: ClosedRange<Int>) -> Set<String> {
        var counts: [String: Int] = [:]
        let title = 0..<min(lines.count, titleLines, searched.lowerBound)
        for line in lines[title] + lines[searched] {
            counts[line.text, default: 0] += 1
            for separator in [" | ", " - ", " – ", " — "] {
                if let range = line.text.range(of: separator, options: .backwards) {
                    counts[String(line.text[..<range.lowerBound]), default: 0] += 1
                }
            }
        }
        return Set(counts.filter { $0.value > 1 }.keys)
    }
}
