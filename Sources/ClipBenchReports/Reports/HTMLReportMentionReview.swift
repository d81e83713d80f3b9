import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import ClipBenchEvaluation

/// Which of a clipping's entities and dates the extractor got right, wrong or missed, for display.
///
/// Mentions with offsets are paired exactly as the metric pairs them: entities by the `strict`
/// schema's matching (``EntitySpanMetric/pairs(gold:predicted:schema:)``), dates by the relaxed
/// matching (``DateMentionMetric/relaxedPairs(gold:predicted:)``). A pair is `correct` when it has
/// the same span and the same type (entities) or value (dates), `wrong` otherwise; a prediction the
/// matching leaves alone is `spurious`. A prediction without offsets (which the span metrics leave to
/// the text scores) is matched by its normalised text to a gold mention still unpaired, the same
/// label first. Gold mentions left over are `missed`. Nothing depends on the order of either list.
///
/// ```swift
/// let review = HTMLReportMentionReview(entitiesOf: gold, predicted: prediction.entities)
/// review.items.filter { $0.verdict == .missed }
/// ```
///
/// - Complexity: the metric's matching, plus O(g·q) for q predictions without offsets.
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

        package var hasOffsets: Bool { start != nil && end != nil }
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
        self.init(entities: gold.entities, predicted: predicted)
    }

    /// Reviews predicted entities against gold entities (label = type).
    public init(entities gold: [EntityMention], predicted: [EntityMention]) {
        let pairs = EntitySpanMetric.pairs(gold: gold, predicted: predicted, schema: .strict)
        self.init(
            gold: gold.map { Mention(text: $0.text, label: $0.type.rawValue, start: $0.start, end: $0.end) },
            predicted: predicted.map { Mention(text: $0.text, label: $0.type.rawValue, start: $0.start, end: $0.end) },
            spanPairs: pairs.map { ($0.gold, $0.predicted) })
    }

    /// Reviews predicted dates against the gold dates (label = value, `null` when none).
    public init(datesOf gold: Annotation, predicted: [DateMention]) {
        self.init(dates: gold.dates, predicted: predicted)
    }

    /// Reviews predicted dates against gold dates (label = value, `null` when none).
    public init(dates gold: [DateMention], predicted: [DateMention]) {
        self.init(
            gold: gold.map { Mention(text: $0.text, label: $0.value ?? "null", start: $0.start, end: $0.end) },
            predicted: predicted.map { Mention(text: $0.text, label: $0.value ?? "null", start: $0.start, end: $0.end) },
            spanPairs: DateMentionMetric.relaxedPairs(gold: gold, predicted: predicted))
    }

    private init(gold: [Mention], predicted: [Mention], spanPairs: [(gold: Int, predicted: Int)]) {
        var partnerOfPredicted: [Int: Int] = [:]
        var goldUsed = Array(repeating: false, count: gold.count)
        for pair in spanPairs {
            partnerOfPredicted[pair.predicted] = pair.gold
            goldUsed[pair.gold] = true
        }
        let order: (Mention, Mention) -> Bool = {
            ($0.start ?? -1, $0.end ?? -1, $0.text, $0.label) < ($1.start ?? -1, $1.end ?? -1, $1.text, $1.label)
        }
        let goldOrder = gold.indices.sorted { order(gold[$0], gold[$1]) }
        let predictedOrder = predicted.indices.sorted { order(predicted[$0], predicted[$1]) }

        // Predictions without offsets, by normalised text: the same label first, then any label.
        for sameLabel in [true, false] {
            for p in predictedOrder where !predicted[p].hasOffsets && partnerOfPredicted[p] == nil {
                let text = ArabicNormalizer.normalize(predicted[p].text)
                guard let g = goldOrder.first(where: {
                    !goldUsed[$0] && (!sameLabel || gold[$0].label == predicted[p].label)
                        && ArabicNormalizer.normalize(gold[$0].text) == text
                }) else { continue }
                goldUsed[g] = true
                partnerOfPredicted[p] = g
            }
        }

        for p in predictedOrder {
            let mention = predicted[p]
            guard let g = partnerOfPredicted[p] else {
                items.append(Item(verdict: .spurious, predicted: mention, gold: nil))
                continue
            }
            let sameSpan = mention.hasOffsets ? (mention.start == gold[g].start && mention.end == gold[g].end) : true
            let verdict: Verdict = sameSpan && mention.label == gold[g].label ? .correct : .wrong
            items.append(Item(verdict: verdict, predicted: mention, gold: gold[g]))
        }
        for g in goldOrder where !goldUsed[g] {
            items.append(Item(verdict: .missed, predicted: nil, gold: gold[g]))
        }
    }

    /// The number of items with `verdict`.
    public func count(_ verdict: Verdict) -> Int {
        items.count { $0.verdict == verdict }
    }
}
