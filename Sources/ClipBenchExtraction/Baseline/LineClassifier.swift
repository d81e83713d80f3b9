import ClipBenchModel

/// Labels each line of a clipping as headline, metadata, body or boilerplate.
///
/// It walks the lines top to bottom, with these rules in order:
/// - **headline**: the line equals the headline found by ``HeadlineFinder``;
/// - **tickers**: a breaking-news line («عاجل | …») links to other stories: navigation;
/// - **bullets**: a line starting with a bullet is a link list: navigation above the headline, related
///   articles below it, except a date or byline item between the headline and the article (metadata);
/// - **cues**: a short line (at most 8 words) holding a boilerplate cue gets that category
///   (``LineCues``); a «related» or «comments» cue after the article has started ends the article,
///   and every later line takes that category until another cue;
/// - **metadata**: a short line with a metadata cue or mostly dates (byline, source, dateline), except
///   far above the headline (a clock, a masthead: boilerplate);
/// - **prose**: a line of running text (at least 10 words of which 15% function words, or 6 words ending a
///   sentence) is body, except above the headline (a cookie banner, a teaser: boilerplate);
/// - **position**: a short line above the headline is branding (up to 3 words) or navigation; a short
///   line followed by prose is an in-text subheading (body); any other short line is boilerplate.
///
/// ```swift
/// let lines = ClippingLine.lines(of: text)
/// let labels = LineClassifier.labels(for: lines, headlineIndex: HeadlineFinder.headlineIndex(in: lines))
/// ```
///
/// - Complexity: O(n) in the length of the text.
public enum LineClassifier {
    /// The most words a line may have and still be a cue, metadata or heading line.
    public static let shortLineWords = 8

    public static func labels(for lines: [ClippingLine], headlineIndex: Int?) -> [LineLabel] {
        let headline = headlineIndex.map { lines[$0].text }
        let prose = lines.map(isProse)
        var labels: [LineLabel] = []
        labels.reserveCapacity(lines.count)
        var articleStarted = false
        var endedBy: BoilerplateCategory?
        for (index, line) in lines.enumerated() {
            let short = line.wordCount <= shortLineWords
            if line.text == headline {
                labels.append(.headline)
            } else if LineCues.isTicker(line) {
                labels.append(.boilerplate(.navigation))
            } else if startsWithBullet(line) {
                if let headlineIndex, index > headlineIndex, !articleStarted, line.isDateLine || LineCues.hasMetadataCue(line) {
                    labels.append(.metadata)
                } else if let headlineIndex, index < headlineIndex {
                    labels.append(.boilerplate(.navigation))
                } else {
                    labels.append(.boilerplate(endedBy ?? .related))
                }
            } else if short, let category = LineCues.boilerplateCategory(of: line) {
                labels.append(.boilerplate(category))
                if articleStarted, category == .related || category == .comments { endedBy = category }
            } else if short, endedBy == nil, LineCues.hasMetadataCue(line) || line.isDateLine {
                // Far above the headline a date is the page's clock, a masthead line is the masthead.
                let aboveTheDateline = headlineIndex.map { index < $0 - PublicationDateFinder.linesAboveHeadline } ?? false
                labels.append(aboveTheDateline ? .boilerplate(.other) : .metadata)
            } else if let category = endedBy {
                labels.append(.boilerplate(category))
            } else if prose[index], let headlineIndex, index < headlineIndex {
                labels.append(.boilerplate(.other))
            } else if prose[index] {
                labels.append(.body)
                articleStarted = true
            } else if let headlineIndex, index < headlineIndex {
                labels.append(.boilerplate(line.wordCount <= 3 ? .branding : .navigation))
            } else if index + 1 < lines.count, prose[index + 1], line.wordCount <= 12 {
                labels.append(.body)
            } else {
                labels.append(.boilerplate(.other))
            }
        }
        return labels
    }

    /// Running text: enough words, and either enough function words or a sentence end.
    public static func isProse(_ line: ClippingLine) -> Bool {
        let words = line.tokens.filter(\.isWord)
        guard !startsWithBullet(line) else { return false }
        let stopWords = words.count { ArabicMatching.strippingClitic($0.key, in: ArabicMatching.stopWords) != nil }
        if words.count >= 10 && (stopWords * 100 >= words.count * 15 || endsSentence(line)) { return true }
        return words.count >= 6 && endsSentence(line)
    }

    /// Whether the line ends with `.`, `!`, `?`, `؟` or `…`, possibly inside closing quotes.
    package static func endsSentence(_ line: ClippingLine) -> Bool {
        for token in line.tokens.reversed() {
            guard token.kind == .symbol else { return false }
            if [".", "!", "?", "؟", "…"].contains(token.text) { return true }
            if !["\"", "”", "»", ")", "'", "’"].contains(token.text) { return false }
        }
        return false
    }

    /// Whether the line starts with a bullet such as •, ▪, ·, – or *.
    package static func startsWithBullet(_ line: ClippingLine) -> Bool {
        guard let first = line.tokens.first, first.kind == .symbol else { return false }
        return ["•", "▪", "·", "–", "*", "◦", "●", "■", "-"].contains(first.text) && line.tokens.count > 1
    }
}
