import ClipBenchDataset
import ClipBenchExtraction

/// The bipartite graph of gold and predicted spans that share at least one scalar, built once and
/// matched under several preferences (one per schema) by ``SpanMatching``.
///
/// Spans are numbered in a canonical order, by their values `(start, end, label)` and only then by
/// list position, so everything computed from the graph depends on the spans' values alone: lists
/// that differ only in order give the same graph up to swapping spans with identical values.
/// Empty spans (`start >= end`) overlap nothing.
///
/// ```swift
/// let graph = SpanOverlapGraph(gold: [LabeledSpan(start: 0, end: 5, label: "PER")],
///                              predicted: [LabeledSpan(start: 3, end: 8, label: "PER")])
/// graph.edges.count  // 1, with overlap 2 and kind .overlapSameLabel
/// ```
///
/// - Complexity: O((n + m) log(n + m) + k) for n gold spans, m predicted spans and k overlapping pairs,
///   by one sweep over the spans sorted by start.
public struct SpanOverlapGraph: Sendable, Hashable {
    /// One overlapping pair, by index into the original gold and predicted lists.
    public struct Edge: Sendable, Hashable {
        public var gold: Int
        public var predicted: Int
        /// Scalars the two spans share (at least 1).
        public var overlap: Int
        public var kind: SpanMatching.Kind
    }

    public let gold: [LabeledSpan]
    public let predicted: [LabeledSpan]
    /// The overlapping pairs, sorted by the canonical ranks of their gold, then predicted, span.
    public private(set) var edges: [Edge]
    /// Canonical rank of each gold and each predicted index (position in value order).
    package let goldRank: [Int]
    package let predictedRank: [Int]

    public init(gold: [LabeledSpan], predicted: [LabeledSpan]) {
        self.gold = gold
        self.predicted = predicted
        let goldOrder = Self.canonicalOrder(gold)
        let predictedOrder = Self.canonicalOrder(predicted)
        goldRank = Self.ranks(of: goldOrder)
        predictedRank = Self.ranks(of: predictedOrder)

        // Sweep by start: when a span opens, it overlaps exactly the still-open spans of the other
        // side (open = end beyond this start); every open span kept yields an edge, so the sweep is
        // linear in the spans plus the edges. Gold opens before predicted at equal starts.
        var edges: [Edge] = []
        var openGold: [Int] = []
        var openPredicted: [Int] = []
        var goldCursor = 0, predictedCursor = 0
        let goldSpans = goldOrder.filter { gold[$0].start < gold[$0].end }
        let predictedSpans = predictedOrder.filter { predicted[$0].start < predicted[$0].end }
        while goldCursor < goldSpans.count || predictedCursor < predictedSpans.count {
            let takeGold = predictedCursor == predictedSpans.count
                || (goldCursor < goldSpans.count && gold[goldSpans[goldCursor]].start <= predicted[predictedSpans[predictedCursor]].start)
            if takeGold {
                let index = goldSpans[goldCursor]
                goldCursor += 1
                let span = gold[index]
                openPredicted.removeAll { predicted[$0].end <= span.start }
                for other in openPredicted {
                    edges.append(Self.edge(gold: index, predicted: other, gold[index], predicted[other]))
                }
                openGold.append(index)
            } else {
                let index = predictedSpans[predictedCursor]
                predictedCursor += 1
                let span = predicted[index]
                openGold.removeAll { gold[$0].end <= span.start }
                for other in openGold {
                    edges.append(Self.edge(gold: other, predicted: index, gold[other], predicted[index]))
                }
                openPredicted.append(index)
            }
        }
        let goldRank = goldRank, predictedRank = predictedRank
        edges.sort { (goldRank[$0.gold], predictedRank[$0.predicted]) < (goldRank[$1.gold], predictedRank[$1.predicted]) }
        self.edges = edges
    }

    /// The same spans with only the edges that satisfy `keep` (for example identical spans only).
    ///
    /// - Complexity: O(k).
    public func restricted(to keep: (Edge) -> Bool) -> SpanOverlapGraph {
        var graph = self
        graph.edges = edges.filter(keep)
        return graph
    }

    private static func edge(gold index: Int, predicted other: Int, _ goldSpan: LabeledSpan, _ predictedSpan: LabeledSpan) -> Edge {
        let sameSpan = goldSpan.start == predictedSpan.start && goldSpan.end == predictedSpan.end
        let sameLabel = goldSpan.label == predictedSpan.label
        let kind: SpanMatching.Kind = sameSpan
            ? (sameLabel ? .sameSpanSameLabel : .sameSpanOtherLabel)
            : (sameLabel ? .overlapSameLabel : .overlapOtherLabel)
        return Edge(gold: index, predicted: other, overlap: goldSpan.overlap(with: predictedSpan), kind: kind)
    }

    private static func canonicalOrder(_ spans: [LabeledSpan]) -> [Int] {
        spans.indices.sorted { left, right in
            let a = spans[left], b = spans[right]
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            if a.label != b.label { return a.label < b.label }
            return left < right
        }
    }

    private static func ranks(of order: [Int]) -> [Int] {
        var ranks = [Int](repeating: 0, count: order.count)
        for (rank, index) in order.enumerated() { ranks[index] = rank }
        return ranks
    }
}
