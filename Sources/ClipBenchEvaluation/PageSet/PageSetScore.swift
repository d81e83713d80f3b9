import Foundation
import ClipBenchCore
import ClipBenchDataset
import ClipBenchExtraction

/// How often an extractor finds the headline and the publication day of the pages of a ``PageSet``,
/// overall and per class of page: the measure of the baseline on pages it was not written from.
///
/// A headline is right when it matches the expected one exactly (``HeadlineMetric``'s exact match,
/// after its normalisation). A date is right when its first ten characters (the day) equal the
/// expected one's, or when both are null: a page that states no date is right only when the
/// extractor gives none. `exactDates` also asks the time to match where the page gives one.
///
/// ```swift
/// let score = PageSetScore(pages: pages.pages, extractor: BaselineExtractor())
/// score.overall.headlineAccuracy   // 0.95
/// print(score.table())
/// ```
///
/// - Complexity: one extraction per page.
public struct PageSetScore: Sendable {
    /// The outcome of one page.
    public struct Outcome: Sendable {
        public var page: PageSet.Page
        public var headline: String?
        public var published: String?
        public var headlineRight: Bool
        public var dateRight: Bool
        public var exactDateRight: Bool
    }

    /// Counts over a group of pages.
    public struct Tally: Sendable, Hashable {
        public var pages = 0
        public var headlines = 0
        public var dates = 0
        public var exactDates = 0
        /// Pages that state no date, and of them those given none.
        public var undated = 0
        public var undatedLeftNull = 0

        public var headlineAccuracy: Double { pages == 0 ? 0 : Double(headlines) / Double(pages) }
        public var dateAccuracy: Double { pages == 0 ? 0 : Double(dates) / Double(pages) }

        package mutating func add(_ outcome: Outcome) {
            pages += 1
            if outcome.headlineRight { headlines += 1 }
            if outcome.dateRight { dates += 1 }
            if outcome.exactDateRight { exactDates += 1 }
            if outcome.page.published == nil {
                undated += 1
                if outcome.published == nil { undatedLeftNull += 1 }
            }
        }
    }

    public var outcomes: [Outcome]

    public init(pages: [PageSet.Page], extractor: BaselineExtractor) {
        outcomes = pages.map { page in
            let prediction = extractor.extract(page.text, id: page.file)
            let headlineRight = HeadlineMetric.score(gold: page.headline, predicted: prediction.headline).exactMatch
            let expected = page.published
            let found = prediction.published
            let dateRight = expected.map { String($0.prefix(10)) } == found.map { String($0.prefix(10)) }
            return Outcome(page: page, headline: prediction.headline, published: found, headlineRight: headlineRight,
                           dateRight: dateRight, exactDateRight: expected == found)
        }
    }

    /// The counts over the pages that `include` accepts.
    public func tally(where include: (PageSet.Page) -> Bool = { _ in true }) -> Tally {
        var tally = Tally()
        for outcome in outcomes where include(outcome.page) { tally.add(outcome) }
        return tally
    }

    public var overall: Tally { tally() }

    /// A plain-text table: one row per class of page, per language, per split, then all pages.
    public func table() -> String {
        func row(_ name: String, _ tally: Tally) -> String {
            let cells = [name.padding(toLength: 20, withPad: " ", startingAt: 0),
                         String(tally.pages).leftPadded(5),
                         "\(tally.headlines)/\(tally.pages)".leftPadded(9), Self.percent(tally.headlineAccuracy).leftPadded(7),
                         "\(tally.dates)/\(tally.pages)".leftPadded(9), Self.percent(tally.dateAccuracy).leftPadded(7),
                         "\(tally.exactDates)/\(tally.pages)".leftPadded(11),
                         (tally.undated == 0 ? "–" : "\(tally.undatedLeftNull)/\(tally.undated)").leftPadded(9)]
            return cells.joined(separator: " ")
        }
        var lines = ["group                pages  headline      %      date      %  date+time  no date"]
        let groups: [(String, (PageSet.Page) -> String)] = [("class", \.pageClass), ("language", \.language), ("split", \.split)]
        for (_, key) in groups {
            var names: [String] = []
            for outcome in outcomes where !names.contains(key(outcome.page)) { names.append(key(outcome.page)) }
            for name in names.sorted() { lines.append(row(name, tally { key($0) == name })) }
            lines.append("")
        }
        lines.append(row("all pages", overall))
        return lines.joined(separator: "\n")
    }

    /// The pages whose headline or date is wrong, with what was found.
    public func misses() -> [String] {
        outcomes.filter { !$0.headlineRight || !$0.dateRight }.map { outcome in
            var parts = ["\(outcome.page.file) [\(outcome.page.split)]"]
            if !outcome.headlineRight { parts.append("headline \(outcome.headline.map { "«\($0)»" } ?? "null")") }
            if !outcome.dateRight { parts.append("date \(outcome.published ?? "null") (expected \(outcome.page.published ?? "null"))") }
            return parts.joined(separator: "; ")
        }
    }

    package static func percent(_ value: Double) -> String {
        String(format: "%.1f", value * 100)
    }
}

extension String {
    /// The string padded with spaces on the left to `width` characters (for right-aligned columns).
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
