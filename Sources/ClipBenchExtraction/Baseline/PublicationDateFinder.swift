import ClipBenchModel

/// Picks the publication date among the dates of the page's header and metadata lines.
///
/// Rules, in order:
/// 1. the first date with at least a day (`2025-02-27@01:36:37 GMT`, `١٠-٠٤-٢٠٢٥`,
///    `27th, February 2025`) on a metadata line or a line above the article;
/// 2. only when an as-of date is given: the first relative expression on a metadata line
///    («منذ 5 أيام», «أمس»), resolved against it;
/// 3. otherwise no date: it is never guessed.
///
/// ```swift
/// PublicationDateFinder.publication(lines: lines, labels: labels, asOf: nil)?.value   // "2025-02-27T01:36:37Z"
/// ```
public enum PublicationDateFinder {
    /// The publication date and the expression that states it.
    public struct Publication: Sendable, Hashable {
        public var value: String
        public var finding: DateFinding
    }

    public static func publication(lines: [ClippingLine], labels: [LineLabel], asOf: CalendarDay?) -> Publication? {
        let firstBody = labels.firstIndex { $0.label == .body } ?? lines.count
        let header = lines.indices.filter { index in
            labels[index].label == .metadata || (index < firstBody && labels[index].label != .boilerplate)
        }
        for index in header {
            for finding in DateMentionFinder.findings(in: lines[index].tokens) {
                if case .absolute(let value) = finding.meaning, value.count >= 10 {
                    return Publication(value: value, finding: finding)
                }
            }
        }
        guard let asOf, let finding = relativeDateline(lines: lines, labels: labels),
              let value = finding.meaning.value(against: asOf) else { return nil }
        return Publication(value: value, finding: finding)
    }

    /// The first relative expression of at least a day's precision («منذ 5 أيام», «أمس») on a
    /// metadata line: a publication date that only an as-of date can fix.
    public static func relativeDateline(lines: [ClippingLine], labels: [LineLabel]) -> DateFinding? {
        let probe = CalendarDay(year: 2000, month: 6, day: 15)
        for index in lines.indices where labels[index].label == .metadata {
            for finding in DateMentionFinder.findings(in: lines[index].tokens) where finding.meaning.isRelative {
                if let value = finding.meaning.value(against: probe), value.count >= 10 { return finding }
            }
        }
        return nil
    }
}
