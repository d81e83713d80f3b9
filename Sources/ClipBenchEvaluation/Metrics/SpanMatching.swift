import ClipBenchDataset
import ClipBenchExtraction

/// A labelled `[start, end)` span to be matched: an entity mention (label = its type) or a date
/// mention (label empty).
public struct LabeledSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var label: String

    public init(start: Int, end: Int, label: String = "") {
        self.start = start
        self.end = end
        self.label = label
    }

    /// The number of scalars the two spans share; 0 when they do not overlap (ends are exclusive,
    /// so `[0, 5)` and `[5, 8)` share none).
    public func overlap(with other: LabeledSpan) -> Int {
        max(0, min(end, other.end) - max(start, other.start))
    }
}

/// A one-to-one matching of predicted spans to gold spans that does not depend on list order.
///
/// Each gold span is paired with at most one predicted span and vice versa, in three stages, each
/// only among the spans not yet paired:
/// 1. identical span and label;
/// 2. identical span, other label;
/// 3. overlapping spans (at least one shared scalar), chosen greedily: same label before other label,
///    then larger overlap first, then by the gold span's (start, end, label), then the predicted span's.
///
/// Every stage's choice depends only on the spans' values, never on their positions in the lists,
/// so shuffling either list gives the same counts. Unlike nervaluate (which walks the lists in order
/// and lets two predictions claim the same gold mention), every gold mention is counted exactly once,
/// so `COR + INC + PAR + MIS` is the number of gold mentions and `COR + INC + PAR + SPU` the number of
/// predicted ones.
///
/// ```swift
/// let matching = SpanMatching(gold: [LabeledSpan(start: 0, end: 5, label: "PER")],
///                             predicted: [LabeledSpan(start: 0, end: 3, label: "PER"),
///                                         LabeledSpan(start: 5, end: 8, label: "LOC")])
/// matching.pairs            // [(gold 0, predicted 0, .overlapSameLabel)]
/// matching.unmatchedPredicted // [1]
/// ```
///
/// - Complexity: O((n + m) log(n + m) + k log k) where k is the number of overlapping pairs.
public struct SpanMatching: Sendable, Hashable {
    /// How a matched pair relates.
    public enum Kind: Int, Sendable, Hashable, CaseIterable {
        case sameSpanSameLabel, sameSpanOtherLabel, overlapSameLabel, overlapOtherLabel
    }

    public struct Pair: Sendable, Hashable {
        public var gold: Int
        public var predicted: Int
        public var kind: Kind
    }

    /// The matched pairs, by index into the gold and predicted lists, sorted by gold index.
    public var pairs: [Pair]
    /// Indices of gold spans left unmatched, ascending.
    public var unmatchedGold: [Int]
    /// Indices of predicted spans left unmatched, ascending.
    public var unmatchedPredicted: [Int]

    public init(gold: [LabeledSpan], predicted: [LabeledSpan]) {
        var goldUsed = [Bool](repeating: false, count: gold.count)
        var predictedUsed = [Bool](repeating: false, count: predicted.count)
        var pairs: [Pair] = []

        // Stages 1 and 2: identical spans, by hashing.
        for stage in [Kind.sameSpanSameLabel, .sameSpanOtherLabel] {
            var waiting: [LabeledSpan: [Int]] = [:]
            for (index, span) in gold.enumerated() where !goldUsed[index] {
                let key = stage == .sameSpanSameLabel ? span : LabeledSpan(start: span.start, end: span.end)
                waiting[key, default: []].append(index)
            }
            guard !waiting.isEmpty else { break }
            for (index, span) in predicted.enumerated() where !predictedUsed[index] {
                let key = stage == .sameSpanSameLabel ? span : LabeledSpan(start: span.start, end: span.end)
                guard var candidates = waiting[key], !candidates.isEmpty else { continue }
                // Among equal gold spans the choice cannot change a count; take the first.
                let goldIndex = candidates.removeFirst()
                waiting[key] = candidates
                goldUsed[goldIndex] = true
                predictedUsed[index] = true
                pairs.append(Pair(gold: goldIndex, predicted: index, kind: stage))
            }
        }

        // Stage 3: overlaps among the rest; predicted spans sorted by start end each scan early.
        let remainingGold = gold.indices.filter { !goldUsed[$0] }.sorted { gold[$0].start < gold[$1].start }
        let remainingPredicted = predicted.indices.filter { !predictedUsed[$0] }.sorted { predicted[$0].start < predicted[$1].start }
        struct Candidate {
            package var gold: Int, predicted: Int, sameLabel: Bool, overlap: Int
        }
        var candidates: [Candidate] = []
        if !remainingGold.isEmpty && !remainingPredicted.isEmpty {
            for goldIndex in remainingGold {
                let goldSpan = gold[goldIndex]
                for predictedIndex in remainingPredicted {
                    let predictedSpan = predicted[predictedIndex]
                    if predictedSpan.start >= goldSpan.end { break }
                    let overlap = goldSpan.overlap(with: predictedSpan)
                    if overlap > 0 {
                        candidates.append(Candidate(gold: goldIndex, predicted: predictedIndex,
                                                    sameLabel: goldSpan.label == predictedSpan.label, overlap: overlap))
                    }
                }
            }
        }
        candidates.sort { left, right in
            if left.sameLabel != right.sameLabel { return left.sameLabel }
            if left.overlap != right.overlap { return left.overlap > right.overlap }
            let leftGold = gold[left.gold], rightGold = gold[right.gold]
            if leftGold.start != rightGold.start { return leftGold.start < rightGold.start }
            if leftGold.end != rightGold.end { return leftGold.end < rightGold.end }
            if leftGold.label != rightGold.label { return leftGold.label < rightGold.label }
            let leftPredicted = predicted[left.predicted], rightPredicted = predicted[right.predicted]
            if leftPredicted.start != rightPredicted.start { return leftPredicted.start < rightPredicted.start }
            if leftPredicted.end != rightPredicted.end { return leftPredicted.end < rightPredicted.end }
            if leftPredicted.label != rightPredicted.label { return leftPredicted.label < rightPredicted.label }
            if left.gold != right.gold { return left.gold < right.gold }
            return left.predicted < right.predicted
        }
        for candidate in candidates where !goldUsed[candidate.gold] && !predictedUsed[candidate.predicted] {
            goldUsed[candidate.gold] = true
            predictedUsed[candidate.predicted] = true
            pairs.append(Pair(gold: candidate.gold, predicted: candidate.predicted,
                              kind: candidate.sameLabel ? .overlapSameLabel : .overlapOtherLabel))
        }
        pairs.sort { $0.gold < $1.gold }
        self.pairs = pairs
        unmatchedGold = gold.indices.filter { !goldUsed[$0] }
        unmatchedPredicted = predicted.indices.filter { !predictedUsed[$0] }
    }
}
