import ClipBenchModel
import ClipBenchDataset

/// Picks the article's dateline among every date of a whole page.
///
/// The dateline stands by the headline: from ``linesAboveHeadline`` lines above it down to a few lines
/// into the article (``linesIntoArticle``), outside the article's prose. A date higher up is the page's
/// clock or a teaser; a date further down belongs to a related list, a comment or an embedded post,
/// unless a publication cue introduces it («نشر بتاريخ 7 سبتمبر 2021» under the article). Rules, in order:
/// 1. the first date with at least a day that a **publication cue** introduces («نشر في», «تاريخ النشر»,
///    "Published", «Publié le»; ``LineCues/publicationCues``), by the headline or below the article
///    outside related lists and comments;
/// 2. else the first such date by the headline with **no cue**, those below the headline first, then those
///    above it, nearest first;
/// 3. else the first one by the headline that an **update cue** introduces («آخر تحديث», "Updated");
/// 4. the day found, stated **with its time** where another date by the headline gives the same day with a
///    time (`2025-02-27@01:36:37 GMT` over «27th, February 2025»);
/// 5. only when an as-of date is given: the first relative dateline by the headline («منذ ساعتين»),
///    resolved against it; otherwise no date: it is never guessed.
///
/// ```swift
/// PublicationDateFinder.publication(lines: lines, labels: labels, headlineIndex: 4, asOf: nil)?.value   // "2025-03-13T09:30"
/// ```
///
/// - Complexity: O(n) in the length of the page.
public enum PublicationDateFinder {
    /// The publication date and the expression that states it.
    public struct Publication: Sendable, Hashable {
        public var value: String
        public var finding: DateFinding
    }

    /// What the words before a date say it is.
    public enum Cue: Sendable, Hashable { case publication, update, none }

    /// How many lines above the headline a dateline may stand.
    public static let linesAboveHeadline = 2
    /// How many lines past the article's first prose line a dateline may still stand.
    public static let linesIntoArticle = 3

    /// A date of a day or finer on one line, with its cue.
    package struct Candidate {
        package var index: Int
        package var finding: DateFinding
        package var value: String
        package var cue: Cue
        package var byHeadline: Bool
    }

    public static func publication(lines: [ClippingLine], labels: [LineLabel], headlineIndex: Int?, asOf: CalendarDay?) -> Publication? {
        let zone = datelineZone(lines: lines, labels: labels, headlineIndex: headlineIndex)
        let anchor = headlineIndex ?? zone.upperBound
        var candidates: [Candidate] = []
        for index in lines.indices where mayHoldTheDateline(labels[index]) && labels[index].label != .headline {
            var previousEnd = lines[index].range.lowerBound
            for finding in DateMentionFinder.findings(in: lines[index].tokens) {
                defer { previousEnd = finding.end }
                guard case .absolute(let value) = finding.meaning, value.count >= 10 else { continue }
                let cue = cue(before: finding, after: previousEnd, in: lines, at: index)
                let byHeadline = zone.contains(index) && labels[index].label != .body
                guard byHeadline || (cue == .publication && index >= anchor) else { continue }
                candidates.append(Candidate(index: index, finding: finding, value: value, cue: cue, byHeadline: byHeadline))
            }
        }
        let nearestFirst = candidates.filter(\.byHeadline).sorted { order($0.index, anchor) < order($1.index, anchor) }
        let chosen = candidates.first { $0.cue == .publication }
            ?? nearestFirst.first { $0.cue == .none } ?? nearestFirst.first { $0.cue == .update }
        if let chosen {
            // The same day stated with its time elsewhere by the headline: keep the time.
            let precise = chosen.value.count > 10 ? chosen
                : nearestFirst.first { $0.value.count > 10 && $0.value.hasPrefix(chosen.value) } ?? chosen
            return Publication(value: precise.value, finding: precise.finding)
        }
        guard let asOf, let finding = relativeDateline(lines: lines, labels: labels, headlineIndex: headlineIndex),
              let value = finding.meaning.value(against: asOf) else { return nil }
        return Publication(value: value, finding: finding)
    }

    /// The first relative expression of at least a day's precision («منذ 5 أيام», «أمس») by the
    /// headline: a publication date that only an as-of date can fix.
    public static func relativeDateline(lines: [ClippingLine], labels: [LineLabel], headlineIndex: Int?) -> DateFinding? {
        let zone = datelineZone(lines: lines, labels: labels, headlineIndex: headlineIndex)
        let anchor = headlineIndex ?? zone.upperBound
        let probe = CalendarDay(year: 2000, month: 6, day: 15)
        for index in zone.sorted(by: { order($0, anchor) < order($1, anchor) })
        where labels[index].label != .body && labels[index].label != .headline && mayHoldTheDateline(labels[index]) {
            for finding in DateMentionFinder.findings(in: lines[index].tokens) where finding.meaning.isRelative {
                if let value = finding.meaning.value(against: probe), value.count >= 10 { return finding }
            }
        }
        return nil
    }

    /// The lines where the dateline may stand: from a little above the headline (the top of the page
    /// when there is none) to a little past the article's first prose line.
    package static func datelineZone(lines: [ClippingLine], labels: [LineLabel], headlineIndex: Int?) -> Range<Int> {
        let firstBody = labels.indices.first { $0 > (headlineIndex ?? -1) && labels[$0].label == .body } ?? lines.count
        let lower = headlineIndex.map { max(0, $0 - linesAboveHeadline) } ?? 0
        return lower..<max(lower, min(lines.count, firstBody + linesIntoArticle + 1))
    }

    /// Related lists and comments carry other articles' and readers' dates (and a date in the headline is
    /// what the story is about, never when it was published: the callers skip the headline).
    package static func mayHoldTheDateline(_ label: LineLabel) -> Bool {
        label.category != .related && label.category != .comments
    }

    /// Lines at or below the anchor first, in order; then those above it, nearest first.
    package static func order(_ index: Int, _ anchor: Int) -> Int {
        index >= anchor ? index - anchor : Int.max / 2 + (anchor - index)
    }

    /// The cue among the words between the previous date of the line (or its start) and `finding`; for a
    /// date that opens its line, the cue of a label line just above it («تاريخ النشر:» then the date).
    package static func cue(before finding: DateFinding, after start: Int, in lines: [ClippingLine], at index: Int) -> Cue {
        var words = lines[index].tokens.filter { $0.isWord && $0.start >= start && $0.end <= finding.start }.map(\.key)
        if words.isEmpty, index > 0, lines[index - 1].wordCount <= 3, lines[index - 1].text.hasSuffix(":") {
            words = lines[index - 1].tokens.filter(\.isWord).map(\.key)
        }
        let recent = words.suffix(4)
        if recent.contains(where: LineCues.updateCues.contains) { return .update }
        if recent.contains(where: LineCues.publicationCues.contains) { return .publication }
        return .none
    }
}
