import ClipBenchCore
import ClipBenchModel
import ClipBenchEvaluation

/// Which of a clipping's entities and dates the extractor got right, wrong or missed, for display.
///
/// This is a reading aid, not the metric: a predicted mention with offsets is `correct` when a gold
/// mention has the same span and the same type (entities) or value (dates), `wrong` when it
/// overlaps a gold mention but differs, and `spurious` when it overlaps none; without offsets it is
/// matched by its normalised text. Gold mentions no prediction matched are `missed`. Matching is
/// one to one and does not depend on the order of either list.
///
/// ```swift
/// let review = HTMLReportMentionReview(entitiesOf: gold, predicted: prediction.entities)
/// review.items.filter { $0.verdict == .missed }
/// ```
///
/// - Complexity: O(g·p) for g gold and p predicted mentions.
public struct HTMLReportMentionReview: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable, CaseIterable {
        case correct, wrong, spurious, missed
    }

    /// A mention as the review shows it: text, a label (entity type or date value) and offsets.
    public struct Mention: Sendable, Hashable {
        public var text: String
        public var label: String
        public var start: Int?
        public var end: Int?

        package var range: Range<Int>? {
            guard let start, let end, start < end else { return nil }
            return start..<end
        }
    }

    /// One line of the review: the predicted mention (not for `missed`) and the gold one it met.
    public struct Item: Sendable, Hashable {
        public var verdict: Verdict
        public var predicted: Mention?
        public var gold: Mention?
    }

    public private(set) var items: [Item] = []

    /// Reviews predicted entities against the gold entities (label = type).
    public init(entitiesOf gold: Annotation, predicted: [EntityMention]) {
        self.init(
            gold: gold.entities.map { Mention(text: $0.text, label: $0.type.rawValue, start: $0.start, end: $0.end) },
            predicted: predicted.map { Mention(text: $0.text, label: $0.type.rawValue, start: $0.start, end: $0.end) })
    }

    /// Reviews predicted dates against the gold dates (label = value, `null` when none).
    public init(datesOf gold: Annotation, predicted: [DateMention]) {
        self.init(
            gold: gold.dates.map { Mention(text: $0.text, label: $0.value ?? "null", start: $0.start, end: $0.end) },
            predicted: predicted.map { Mention(text: $0.text, label: $0.value ?? "null", start: $0.start, end: $0.end) })
    }

    public init(gold: [Mention], predicted: [Mention]) {
        let order: (Mention, Mention) -> Bool = {
            ($0.start ?? -1, $0.end ?? -1, $0.text, $0.label) < ($1.start ?? -1, $1.end ?? -1, $1.text, $1.label)
        }
        let gold = gold.sorted(by: order)
        let predicted = predicted.sorted(by: order)
        var goldUsed = Array(repeating: false, count: gold.count)
        var verdicts: [Item?] = Array(repeating: nil, count: predicted.count)

        // Pass 1: exact agreement; pass 2: the same mention with another label; pass 3: overlap.
        let passes: [(Mention, Mention) -> Bool] = [
            { p, g in Self.sameSpan(p, g) && p.label == g.label },
            { p, g in Self.sameSpan(p, g) },
            { p, g in Self.overlaps(p, g) },
        ]
        for (pass, matches) in passes.enumerated() {
            for (p, mention) in predicted.enumerated() where verdicts[p] == nil {
                guard let g = gold.indices.first(where: { !goldUsed[$0] && matches(mention, gold[$0]) }) else { continue }
                goldUsed[g] = true
                verdicts[p] = Item(verdict: pass == 0 ? .correct : .wrong, predicted: mention, gold: gold[g])
            }
        }
        for (p, mention) in predicted.enumerated() {
            items.append(verdicts[p] ?? Item(verdict: .spurious, predicted: mention, gold: nil))
        }
        for (g, mention) in gold.enumerated() where !goldUsed[g] {
            items.append(Item(verdict: .missed, predicted: nil, gold: mention))
        }
    }

    /// The number of items with `verdict`.
    public func count(_ verdict: Verdict) -> Int {
        items.count { $0.verdict == verdict }
    }

    /// Same offsets when both have them; otherwise the same normalised text.
    package static func sameSpan(_ predicted: Mention, _ gold: Mention) -> Bool {
        if let p = predicted.range, let g = gold.range { return p == g }
        return ArabicNormalizer.normalize(predicted.text) == ArabicNormalizer.normalize(gold.text)
    }

    package static func overlaps(_ predicted: Mention, _ gold: Mention) -> Bool {
        guard let p = predicted.range, let g = gold.range else { return false }
        return p.overlaps(g)
    }
}
