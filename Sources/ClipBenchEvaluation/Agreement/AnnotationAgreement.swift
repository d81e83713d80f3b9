import ClipBenchCore
import ClipBenchModel

/// How far two annotations of one clipping agree, task by task, and each place where they differ.
///
/// - regions: exact spans with the same label and category;
/// - entities: strict (same span and type), and by registry id (same span, and ids that denote the
///   same entity: see ``EntityIdentity``, each annotator's id looked up in their own registry);
/// - dates: strict (same span), by span and value (same span, equal values: the same day, or the
///   same instant whatever the written offset, at the same precision), and relaxed (overlapping spans);
/// - headline (equal once normalised by ``ArabicNormalizer``) and publication date with its reason.
///
/// Mentions are paired with ``SpanMatching`` (the first annotator in the place of the gold), so a
/// pair is one-to-one and independent of list order. Every disagreement carries both sides, so
/// `clipbench adjudicate` can offer them as choices; spans are written `[start, end)` in scalars.
///
/// ```swift
/// let agreement = AnnotationAgreement(first: a, second: b, text: seed)
/// agreement.entities.f1                   // 0.94
/// agreement.disagreements.first?.message  // "entity [22, 29) «إسطنبول»: LOC ≠ ORG"
/// ```
///
/// - Complexity: O(n + m log m) for a text of n scalars and m items, plus O(m × registry size) to
///   resolve ids across two different registries.
public struct AnnotationAgreement: Sendable {
    public var regions = MatchCounts()
    public var entities = MatchCounts()
    public var registryIDs = MatchCounts()
    public var datesStrict = MatchCounts()
    public var datesValue = MatchCounts()
    public var datesRelaxed = MatchCounts()
    /// Relaxed date matches whose values are equal.
    public var dateValuesEqual = 0
    public var headline = MatchCounts()
    public var published = MatchCounts()
    /// Every disagreement, task by task, in text order within each task.
    public var disagreements: [Disagreement] = []

    /// The tasks in report order, with their counts.
    public var tasks: [(name: String, counts: MatchCounts)] {
        [("regions", regions), ("entities", entities), ("entities.registry_id", registryIDs),
         ("dates.strict", datesStrict), ("dates.value", datesValue), ("dates.relaxed", datesRelaxed),
         ("headline", headline), ("published", published)]
    }

    /// One place where the annotators differ, with what each of them wrote.
    public struct Disagreement: Sendable, Hashable {
        public enum Task: String, Sendable, Hashable {
            case region, entity, date, headline, published
        }

        /// What one annotator wrote for the item.
        public enum Side: Sendable, Hashable {
            /// Nothing: the item is only in the other annotation.
            case absent
            /// A run of scalars labelled `label` (`body`, `boilerplate/share`, `none`).
            case regionLabel(String)
            case entity(EntityMention)
            case date(DateMention)
            case headline(String?)
            case published(PublishedDate)
        }

        public var task: Task
        /// The scalars concerned, `[start, end)`: the union of both sides' spans; nil for a headline,
        /// and for a publication date without evidence on either side.
        public var range: Range<Int>?
        public var first: Side
        public var second: Side
        /// One line, e.g. `entity [22, 29) «إسطنبول»: LOC ≠ ORG`.
        public var message: String
    }

    public init() {}

    /// Compares two annotations of `text`; ids are looked up in each annotator's registry (nil: compared as written).
    public init(first: Annotation, second: Annotation, text: SeedText,
                firstRegistry: EntityRegistry? = nil, secondRegistry: EntityRegistry? = nil) {
        compareRegions(first.regions, second.regions, text: text)
        compareEntities(first.entities, second.entities, firstRegistry: firstRegistry, secondRegistry: secondRegistry)
        compareDates(first.dates, second.dates)

        headline = Self.single(first.headline.map(ArabicNormalizer.normalize), second.headline.map(ArabicNormalizer.normalize))
        if headline.matched == 0, first.headline != nil || second.headline != nil {
            disagreements.append(Disagreement(
                task: .headline, range: nil, first: .headline(first.headline), second: .headline(second.headline),
                message: "headline: «\(first.headline.map(Self.excerpt) ?? "none")» ≠ «\(second.headline.map(Self.excerpt) ?? "none")»"))
        }
        let samePublished = Self.samePublication(first.published, second.published)
        published = samePublished ? MatchCounts(matched: 1) : MatchCounts(onlyFirst: 1, onlySecond: 1)
        if !samePublished {
            let spans = [first.published.evidence, second.published.evidence].compactMap { $0 }
            let range = spans.isEmpty ? nil : spans.map(\.start).min()!..<spans.map(\.end).max()!
            disagreements.append(Disagreement(
                task: .published, range: range, first: .published(first.published), second: .published(second.published),
                message: "published: \(Self.describe(first.published)) ≠ \(Self.describe(second.published))"))
        }
    }

    /// Adds the counts and disagreements of another clipping's agreement, each count `weight` times.
    public mutating func merge(_ other: AnnotationAgreement, weight: Int = 1) {
        regions = regions + other.regions * weight
        entities = entities + other.entities * weight
        registryIDs = registryIDs + other.registryIDs * weight
        datesStrict = datesStrict + other.datesStrict * weight
        datesValue = datesValue + other.datesValue * weight
        datesRelaxed = datesRelaxed + other.datesRelaxed * weight
        dateValuesEqual += other.dateValuesEqual * weight
        headline = headline + other.headline * weight
        published = published + other.published * weight
        disagreements += other.disagreements
    }

    // MARK: - Tasks

    /// Exact region matches, and one disagreement per run of non-whitespace scalars whose labels differ
    /// the same way (whitespace inside a run belongs to it; runs never start or end on whitespace).
    private mutating func compareRegions(_ first: [Region], _ second: [Region], text: SeedText) {
        regions = MatchCounts.exact(first, second) { "\($0.span.start):\($0.span.end):\(Self.name(of: $0))" }
        let firstLabels = Self.scalarLabels(first, count: text.count)
        let secondLabels = Self.scalarLabels(second, count: text.count)
        var runStart: Int?
        var runEnd = 0
        func closeRun() {
            guard let start = runStart else { return }
            disagreements.append(Disagreement(
                task: .region, range: start..<runEnd,
                first: .regionLabel(firstLabels[start]), second: .regionLabel(secondLabels[start]),
                message: "regions \(Self.interval(start, runEnd)) «\(Self.excerpt(text[start..<runEnd]))»: \(firstLabels[start]) ≠ \(secondLabels[start])"))
            runStart = nil
        }
        for offset in 0..<text.count where !text.scalars[offset].properties.isWhitespace {
            if firstLabels[offset] != secondLabels[offset] {
                if let start = runStart, firstLabels[start] != firstLabels[offset] || secondLabels[start] != secondLabels[offset] { closeRun() }
                if runStart == nil { runStart = offset }
                runEnd = offset + 1
            } else {
                closeRun()
            }
        }
        closeRun()
    }

    private mutating func compareEntities(_ first: [EntityMention], _ second: [EntityMention],
                                          firstRegistry: EntityRegistry?, secondRegistry: EntityRegistry?) {
        let a = first.filter { $0.start != nil && $0.end != nil }
        let b = second.filter { $0.start != nil && $0.end != nil }
        let matching = SpanMatching(gold: a.map { LabeledSpan(start: $0.start!, end: $0.end!, label: $0.type.rawValue) },
                                    predicted: b.map { LabeledSpan(start: $0.start!, end: $0.end!, label: $0.type.rawValue) })
        func sameEntity(_ x: EntityMention, _ y: EntityMention) -> Bool {
            guard let xID = x.registryID, let yID = y.registryID else { return false }
            if let xEntry = firstRegistry?.entry(id: xID), let yEntry = secondRegistry?.entry(id: yID) {
                return EntityIdentity.isSameEntity(xEntry, yEntry)
            }
            return xID == yID
        }
        var found: [(start: Int, disagreement: Disagreement)] = []
        for pair in matching.pairs {
            let x = a[pair.gold]
            let y = b[pair.predicted]
            let sameSpan = x.start == y.start && x.end == y.end
            if pair.kind == .sameSpanSameLabel { entities.matched += 1 } else { entities.onlyFirst += 1; entities.onlySecond += 1 }
            let idsAgree = sameSpan && sameEntity(x, y)
            if idsAgree {
                registryIDs.matched += 1
            } else {
                if x.registryID != nil { registryIDs.onlyFirst += 1 }
                if y.registryID != nil { registryIDs.onlySecond += 1 }
            }
            var differences: [String] = []
            if !sameSpan { differences.append("span differs from \(Self.interval(y.start!, y.end!)) «\(Self.excerpt(y.text))»") }
            if x.type != y.type { differences.append("\(x.type.rawValue) ≠ \(y.type.rawValue)") }
            if !idsAgree, x.registryID != nil || y.registryID != nil {
                differences.append("registry id \(x.registryID ?? "none") ≠ \(y.registryID ?? "none")")
            }
            guard !differences.isEmpty else { continue }
            found.append((x.start!, Self.differing(.entity, x.start!..<x.end!, x.text, y.start!..<y.end!, .entity(x), .entity(y), differences)))
        }
        for index in matching.unmatchedGold {
            let x = a[index]
            entities.onlyFirst += 1
            if x.registryID != nil { registryIDs.onlyFirst += 1 }
            found.append((x.start!, Self.onlyOne(.entity, x.start!..<x.end!, x.text, x.type.rawValue + (x.registryID.map { " (\($0))" } ?? ""), .entity(x), inFirst: true)))
        }
        for index in matching.unmatchedPredicted {
            let y = b[index]
            entities.onlySecond += 1
            if y.registryID != nil { registryIDs.onlySecond += 1 }
            found.append((y.start!, Self.onlyOne(.entity, y.start!..<y.end!, y.text, y.type.rawValue + (y.registryID.map { " (\($0))" } ?? ""), .entity(y), inFirst: false)))
        }
        disagreements += found.sorted { ($0.start, $0.disagreement.message) < ($1.start, $1.disagreement.message) }.map(\.disagreement)
    }

    private mutating func compareDates(_ first: [DateMention], _ second: [DateMention]) {
        let a = first.filter { $0.start != nil && $0.end != nil }
        let b = second.filter { $0.start != nil && $0.end != nil }
        let matching = SpanMatching(gold: a.map { LabeledSpan(start: $0.start!, end: $0.end!) },
                                    predicted: b.map { LabeledSpan(start: $0.start!, end: $0.end!) })
        var found: [(start: Int, disagreement: Disagreement)] = []
        for pair in matching.pairs {
            let x = a[pair.gold]
            let y = b[pair.predicted]
            let sameSpan = pair.kind == .sameSpanSameLabel
            let sameValue = Self.sameDateValue(x.value, y.value)
            datesRelaxed.matched += 1
            if sameValue { dateValuesEqual += 1 }
            if sameSpan { datesStrict.matched += 1 } else { datesStrict.onlyFirst += 1; datesStrict.onlySecond += 1 }
            if sameSpan && sameValue { datesValue.matched += 1 } else { datesValue.onlyFirst += 1; datesValue.onlySecond += 1 }
            var differences: [String] = []
            if !sameSpan { differences.append("span differs from \(Self.interval(y.start!, y.end!)) «\(Self.excerpt(y.text))»") }
            if !sameValue { differences.append("value \(x.value ?? "null") ≠ \(y.value ?? "null")") }
            guard !differences.isEmpty else { continue }
            found.append((x.start!, Self.differing(.date, x.start!..<x.end!, x.text, y.start!..<y.end!, .date(x), .date(y), differences)))
        }
        for index in matching.unmatchedGold {
            let x = a[index]
            datesRelaxed.onlyFirst += 1
            datesStrict.onlyFirst += 1
            datesValue.onlyFirst += 1
            found.append((x.start!, Self.onlyOne(.date, x.start!..<x.end!, x.text, x.value ?? "null", .date(x), inFirst: true)))
        }
        for index in matching.unmatchedPredicted {
            let y = b[index]
            datesRelaxed.onlySecond += 1
            datesStrict.onlySecond += 1
            datesValue.onlySecond += 1
            found.append((y.start!, Self.onlyOne(.date, y.start!..<y.end!, y.text, y.value ?? "null", .date(y), inFirst: false)))
        }
        disagreements += found.sorted { ($0.start, $0.disagreement.message) < ($1.start, $1.disagreement.message) }.map(\.disagreement)
    }

    // MARK: - Helpers

    /// A mention both annotators have (paired by the matching) that differs as `differences` say.
    package static func differing(_ task: Disagreement.Task, _ range: Range<Int>, _ text: String, _ otherRange: Range<Int>,
                          _ first: Disagreement.Side, _ second: Disagreement.Side, _ differences: [String]) -> Disagreement {
        Disagreement(task: task, range: min(range.lowerBound, otherRange.lowerBound)..<max(range.upperBound, otherRange.upperBound),
                     first: first, second: second,
                     message: "\(task.rawValue) \(interval(range.lowerBound, range.upperBound)) «\(excerpt(text))»: " + differences.joined(separator: "; "))
    }

    /// A mention only one annotator has; `detail` is its type and id, or its value.
    package static func onlyOne(_ task: Disagreement.Task, _ range: Range<Int>, _ text: String, _ detail: String,
                        _ side: Disagreement.Side, inFirst: Bool) -> Disagreement {
        Disagreement(task: task, range: range, first: inFirst ? side : .absent, second: inFirst ? .absent : side,
                     message: "\(task.rawValue) \(interval(range.lowerBound, range.upperBound)) «\(excerpt(text))» \(detail): only in the \(inFirst ? "first" : "second")")
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

    /// Whether two date values are equal, by the date metrics' own rule (``ISODate/sameValue(_:_:)``):
    /// the same day at the same precision, or the same instant whatever the written offset.
    package static func sameDateValue(_ first: String?, _ second: String?) -> Bool {
        ISODate.sameValue(first, second)
    }

    /// The same value (by ``sameDateValue(_:_:)``), or both without one for the same reason.
    package static func samePublication(_ first: PublishedDate, _ second: PublishedDate) -> Bool {
        if first.value != nil || second.value != nil { return first.value != nil && second.value != nil && sameDateValue(first.value, second.value) }
        return first.reason == second.reason
    }

    package static func describe(_ date: PublishedDate) -> String {
        date.value ?? "none (\(date.reason?.rawValue ?? "no reason"))"
    }

    /// A span written the one way the reports use: `[start, end)`.
    public static func interval(_ start: Int, _ end: Int) -> String {
        "[\(start), \(end))"
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
