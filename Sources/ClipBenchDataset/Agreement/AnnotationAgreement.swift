import ClipBenchCore
import ClipBenchModel

/// How far two annotations of one clipping agree, task by task, and where they differ.
///
/// - regions: exact spans with the same label and category, and Cohen's kappa over the label of
///   every non-whitespace scalar (`none` where a scalar is in no region), with and without the
///   boilerplate categories;
/// - entities: strict (same span and type);
/// - dates: strict (same span), relaxed (overlapping spans, one-to-one, left to right), and how many
///   relaxed matches have the same value;
/// - headline and publication date: equal or not.
///
/// ```swift
/// let agreement = AnnotationAgreement(first: a, second: b, text: seed)
/// agreement.regionLabels.kappa       // 0.93
/// agreement.disagreements.first      // "regions 120..<180 «…»: body ≠ boilerplate/related"
/// ```
///
/// - Complexity: O(n + m log m) for a text of n scalars and m items.
public struct AnnotationAgreement: Sendable {
    public var regions = MatchCounts()
    public var regionLabels = LabelAgreement()
    public var regionCategories = LabelAgreement()
    public var entities = MatchCounts()
    public var datesStrict = MatchCounts()
    public var datesRelaxed = MatchCounts()
    /// Relaxed date matches whose values are equal.
    public var dateValuesEqual = 0
    public var headline = MatchCounts()
    public var published = MatchCounts()
    /// One line per disagreement, in text order within each task.
    public var disagreements: [String] = []

    public init() {}

    public init(first: Annotation, second: Annotation, text: SeedText) {
        regions = MatchCounts.exact(first.regions, second.regions) { "\($0.span.start):\($0.span.end):\(Self.name(of: $0))" }
        let firstLabels = Self.scalarLabels(first.regions, count: text.count)
        let secondLabels = Self.scalarLabels(second.regions, count: text.count)
        var runStart: Int?
        var runEnd = 0
        func closeRun() {
            guard let start = runStart else { return }
            disagreements.append("regions \(start)..<\(runEnd) «\(Self.excerpt(text[start..<runEnd]))»: \(firstLabels[start]) ≠ \(secondLabels[start])")
            runStart = nil
        }
        for offset in 0..<text.count where !text.scalars[offset].properties.isWhitespace {
            let a = firstLabels[offset]
            let b = secondLabels[offset]
            regionLabels.add(Self.label(of: a), Self.label(of: b))
            regionCategories.add(a, b)
            if a != b {
                if let start = runStart, firstLabels[start] != a || secondLabels[start] != b { closeRun() }
                if runStart == nil { runStart = offset }
                runEnd = offset + 1
            } else {
                closeRun()
            }
        }
        closeRun()

        entities = MatchCounts.exact(first.entities, second.entities) { "\($0.start ?? -1):\($0.end ?? -1):\($0.type.rawValue)" }
        let secondEntities = Dictionary(second.entities.map { ("\($0.start ?? -1):\($0.end ?? -1)", $0) }, uniquingKeysWith: { a, _ in a })
        let firstEntities = Dictionary(first.entities.map { ("\($0.start ?? -1):\($0.end ?? -1)", $0) }, uniquingKeysWith: { a, _ in a })
        for entity in first.entities {
            let key = "\(entity.start ?? -1):\(entity.end ?? -1)"
            if let other = secondEntities[key] {
                if other.type != entity.type { disagreements.append("entity \(key) «\(entity.text)»: \(entity.type.rawValue) ≠ \(other.type.rawValue)") }
            } else {
                disagreements.append("entity \(key) «\(entity.text)» \(entity.type.rawValue): only in the first")
            }
        }
        for entity in second.entities where firstEntities["\(entity.start ?? -1):\(entity.end ?? -1)"] == nil {
            disagreements.append("entity \(entity.start ?? -1):\(entity.end ?? -1) «\(entity.text)» \(entity.type.rawValue): only in the second")
        }

        datesStrict = MatchCounts.exact(first.dates, second.dates) { "\($0.start ?? -1):\($0.end ?? -1)" }
        compareDates(first.dates, second.dates)

        headline = Self.single(first.headline, second.headline)
        if first.headline != second.headline {
            disagreements.append("headline: «\(first.headline ?? "none")» ≠ «\(second.headline ?? "none")»")
        }
        published = Self.single(first.published.value, second.published.value)
        if first.published.value != second.published.value || first.published.reason != second.published.reason {
            func describe(_ date: PublishedDate) -> String { date.value ?? "none (\(date.reason?.rawValue ?? "no reason"))" }
            disagreements.append("published: \(describe(first.published)) ≠ \(describe(second.published))")
        }
    }

    /// Adds the counts of another clipping's agreement (for folders).
    public mutating func merge(_ other: AnnotationAgreement, prefix: String) {
        regions = regions + other.regions
        regionLabels.merge(other.regionLabels)
        regionCategories.merge(other.regionCategories)
        entities = entities + other.entities
        datesStrict = datesStrict + other.datesStrict
        datesRelaxed = datesRelaxed + other.datesRelaxed
        dateValuesEqual += other.dateValuesEqual
        headline = headline + other.headline
        published = published + other.published
        disagreements += other.disagreements.map { "\(prefix): \($0)" }
    }

    /// Relaxed one-to-one matching of overlapping date spans, left to right.
    private mutating func compareDates(_ first: [DateMention], _ second: [DateMention]) {
        let a = first.filter { $0.start != nil }.sorted { ($0.start ?? 0, $0.end ?? 0) < ($1.start ?? 0, $1.end ?? 0) }
        let b = second.filter { $0.start != nil }.sorted { ($0.start ?? 0, $0.end ?? 0) < ($1.start ?? 0, $1.end ?? 0) }
        var used = [Bool](repeating: false, count: b.count)
        var searchFrom = 0
        var counts = MatchCounts()
        for date in a {
            let start = date.start ?? 0
            let end = date.end ?? 0
            // Spans sorted by start: one that ends before this date cannot overlap a later one.
            while searchFrom < b.count, (b[searchFrom].end ?? 0) <= start { searchFrom += 1 }
            var matchIndex: Int?
            var index = searchFrom
            while index < b.count, (b[index].start ?? 0) < end {
                if !used[index], (b[index].end ?? 0) > start { matchIndex = index; break }
                index += 1
            }
            if let matchIndex {
                used[matchIndex] = true
                counts.matched += 1
                let other = b[matchIndex]
                if other.value == date.value {
                    dateValuesEqual += 1
                } else {
                    disagreements.append("date \(start):\(end) «\(date.text)»: value \(date.value ?? "null") ≠ \(other.value ?? "null")")
                }
                if other.start != date.start || other.end != date.end {
                    disagreements.append("date \(start):\(end) «\(date.text)»: span differs from \(other.start ?? -1):\(other.end ?? -1) «\(other.text)»")
                }
            } else {
                counts.onlyFirst += 1
                disagreements.append("date \(start):\(end) «\(date.text)»: only in the first")
            }
        }
        for (index, date) in b.enumerated() where !used[index] {
            counts.onlySecond += 1
            disagreements.append("date \(date.start ?? -1):\(date.end ?? -1) «\(date.text)»: only in the second")
        }
        datesRelaxed = counts
    }

    /// Agreement on one optional value: both nil is agreement on nothing.
    package static func single(_ first: String?, _ second: String?) -> MatchCounts {
        switch (first, second) {
        case (nil, nil): MatchCounts()
        case let (a?, b?) where a == b: MatchCounts(matched: 1)
        case (_?, _?): MatchCounts(onlyFirst: 1, onlySecond: 1)
        case (_?, nil): MatchCounts(onlyFirst: 1)
        case (nil, _?): MatchCounts(onlySecond: 1)
        }
    }

    /// `label` or `boilerplate/category`.
    package static func name(of region: Region) -> String {
        region.category.map { "\(region.label.rawValue)/\($0.rawValue)" } ?? region.label.rawValue
    }

    /// The region label without the category.
    package static func label(of name: String) -> String {
        name.split(separator: "/").first.map(String.init) ?? name
    }

    /// The region name of each scalar, `none` where no region covers it.
    package static func scalarLabels(_ regions: [Region], count: Int) -> [String] {
        var labels = [String](repeating: "none", count: count)
        for region in regions {
            let range = max(0, region.span.start)..<min(count, max(region.span.start, region.span.end))
            for offset in range { labels[offset] = name(of: region) }
        }
        return labels
    }

    /// At most 40 scalars of `text`, newlines shown as ⏎.
    package static func excerpt(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(40))
        let shown = String(view).replacingOccurrences(of: "\n", with: "⏎")
        return scalars.count > 40 ? shown + "…" : shown
    }
}
