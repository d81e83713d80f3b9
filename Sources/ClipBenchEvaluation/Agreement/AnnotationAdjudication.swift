import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

/// The disagreements of two annotators' annotations of one clipping, item by item, and the
/// annotation that results from taking the left or the right side of each.
///
/// Items are matched by their span: the same span with another type, registry id, date value or
/// region label is one disagreement; a span only one side has is one too (taking the other side
/// drops it). The headline and the publication date are one disagreement each when they differ.
///
/// ```swift
/// let adjudication = AnnotationAdjudication(left: alice, right: bob)
/// adjudication.disagreements.map(\.summary)      // ["entity «تونس»: LOC → tunisia | LOC → tunis"]
/// let result = adjudication.merged(choosing: [.right])
/// ```
///
/// - Complexity: O(m log m) for m items.
public struct AnnotationAdjudication: Sendable {
    /// Which annotator's version to take.
    public enum Side: String, Sendable, Hashable, CaseIterable {
        case left, right
    }

    /// One point the two annotations differ on.
    public struct Disagreement: Sendable, Hashable {
        /// `headline`, `published`, `regions`, `entities` or `dates`.
        public var kind: String
        /// What each side says, e.g. `LOC → tunisia`; `none` where the side has no such item.
        public var left: String
        public var right: String
        /// The text the item covers, when it is a span.
        public var text: String?
        public var start: Int?

        public var summary: String { "\(kind) «\(text ?? "")»: \(left) | \(right)" }
    }

    public let left: EditedAnnotation
    public let right: EditedAnnotation
    public let disagreements: [Disagreement]

    /// What each disagreement's sides hold, in the order of ``disagreements``.
    private enum Sides: Sendable, Hashable {
        case headline, published
        case region(EditedAnnotation.RegionItem?, EditedAnnotation.RegionItem?)
        case entity(EditedAnnotation.EntityItem?, EditedAnnotation.EntityItem?)
        case date(EditedAnnotation.DateItem?, EditedAnnotation.DateItem?)
    }

    private let sides: [Sides]

    public init(left: EditedAnnotation, right: EditedAnnotation) {
        self.left = left
        self.right = right
        var found: [Disagreement] = []
        var apply: [Sides] = []
        if left.headline != right.headline {
            found.append(Disagreement(kind: "headline", left: left.headline ?? "null", right: right.headline ?? "null"))
            apply.append(.headline)
        }
        if left.published != right.published {
            func describe(_ date: PublishedDate) -> String { date.value ?? "null (\(date.reason?.rawValue ?? "no reason"))" }
            found.append(Disagreement(kind: "published", left: describe(left.published), right: describe(right.published)))
            apply.append(.published)
        }
        func compare<Item: Hashable>(_ kind: String, _ leftItems: [Item], _ rightItems: [Item], span: (Item) -> TextSpan,
                                     describe: (Item) -> String, sides: (Item?, Item?) -> Sides) {
            func key(_ item: Item) -> [Int] { [span(item).start, span(item).end] }
            let leftByKey = Dictionary(leftItems.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
            let rightByKey = Dictionary(rightItems.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
            for spanKey in Set(leftByKey.keys).union(rightByKey.keys).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let leftItem = leftByKey[spanKey]
                let rightItem = rightByKey[spanKey]
                guard leftItem != rightItem else { continue }
                let covered = span((leftItem ?? rightItem)!)
                found.append(Disagreement(kind: kind, left: leftItem.map(describe) ?? "none", right: rightItem.map(describe) ?? "none",
                                          text: covered.text, start: covered.start))
                apply.append(sides(leftItem, rightItem))
            }
        }
        compare("regions", left.regions, right.regions, span: \.span,
                describe: { $0.label.rawValue + ($0.category.map { "/\($0.rawValue)" } ?? "") }, sides: Sides.region)
        compare("entities", left.entities, right.entities, span: \.span,
                describe: { $0.type.rawValue + ($0.registryID.map { " → \($0)" } ?? "") }, sides: Sides.entity)
        compare("dates", left.dates, right.dates, span: \.span, describe: { $0.value ?? "null" }, sides: Sides.date)
        disagreements = found
        self.sides = apply
    }

    /// The annotation both sides agree on, plus the chosen side of each disagreement (the left side
    /// where `choices` is shorter than ``disagreements``). Items are in offset order; the status is
    /// `draft` unless both sides say `done`.
    public func merged(choosing choices: [Side]) -> EditedAnnotation {
        var result = left
        result.status = left.status == .done && right.status == .done ? .done : .draft
        let rightRegions = Set(right.regions)
        let rightEntities = Set(right.entities)
        let rightDates = Set(right.dates)
        result.regions = left.regions.filter { rightRegions.contains($0) }
        result.entities = left.entities.filter { rightEntities.contains($0) }
        result.dates = left.dates.filter { rightDates.contains($0) }
        for (index, held) in sides.enumerated() {
            let takesLeft = index >= choices.count || choices[index] == .left
            let chosen = takesLeft ? left : right
            switch held {
            case .headline:
                result.headline = chosen.headline
                result.headlineIsSuggested = chosen.headlineIsSuggested
            case .published:
                result.published = chosen.published
                result.publishedIsSuggested = chosen.publishedIsSuggested
            case .region(let leftItem, let rightItem):
                if let item = takesLeft ? leftItem : rightItem { result.regions.append(item) }
            case .entity(let leftItem, let rightItem):
                if let item = takesLeft ? leftItem : rightItem { result.entities.append(item) }
            case .date(let leftItem, let rightItem):
                if let item = takesLeft ? leftItem : rightItem { result.dates.append(item) }
            }
        }
        result.regions.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        result.entities.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        result.dates.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        return result
    }
}
