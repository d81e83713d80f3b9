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

/// A maximum one-to-one matching of predicted spans to gold spans that does not depend on list order.
///
/// Each gold span is paired with at most one predicted span and vice versa, and only spans sharing at
/// least one scalar are paired. Among all such matchings, the one chosen is, in this order:
/// 1. of **maximum cardinality**: as many pairs as the overlaps allow (so three predictions that
///    each overlap a different gold mention give three pairs, whatever else they overlap);
/// 2. of the largest total **preference**: the sum over its pairs of `preference(pair)`, a small
///    non-negative rank the caller gives (a metric's schema ranks the pairs it credits as 1, the
///    others as 0; the default ranks identical span and label 3, identical span 2, overlap with the
///    same label 1, other overlaps 0, the order the review and earlier versions used);
/// 3. of the largest total **overlap** (scalars shared, summed over the pairs);
/// 4. remaining ties are broken by the spans' canonical order (by `start`, `end`, `label`): the
///    augmenting-path search visits spans in that order and keeps the first best path it finds.
///
/// Every level depends only on the spans' values, never on their positions in the lists, so
/// shuffling either list gives the same pairs up to swapping spans with identical values, and the
/// same counts. A schema's counts (credited pairs, other pairs, gold and predictions left over) are
/// fixed by levels 1 and 2 alone. Maximum cardinality comes first on purpose: when gold mentions
/// overlap each other, a matching with fewer pairs can credit more of them, but pairing an overlap
/// (an `INC` or `PAR`) is preferred to leaving a gold mention missed and a prediction spurious.
/// Every gold mention is counted exactly once, so `COR + INC + PAR + MIS` is the number of gold
/// mentions and `COR + INC + PAR + SPU` the number of predicted ones.
///
/// ```swift
/// let matching = SpanMatching(gold: [LabeledSpan(start: 0, end: 5, label: "PER")],
///                             predicted: [LabeledSpan(start: 0, end: 3, label: "PER"),
///                                         LabeledSpan(start: 5, end: 8, label: "LOC")])
/// matching.pairs            // [(gold 0, predicted 0, .overlapSameLabel)]
/// matching.unmatchedPredicted // [1]
/// ```
///
/// The matching is a minimum-cost maximum flow computed by successive shortest augmenting paths
/// (Dijkstra with potentials), with edge weight `preference · B + overlap` where `B` exceeds the
/// component's total overlap, so the levels stay lexicographic; it runs on each connected
/// component of the overlap graph on its own, and a component of one pair is taken directly.
///
/// - Complexity: O((n + m) log(n + m) + k) to build the overlap graph (``SpanOverlapGraph``), plus
///   O(ν · e log v) for each component with v spans, e overlapping pairs and a matching of ν pairs.
///   Mentions in a clipping overlap sparsely (components of one or two pairs), so in practice the
///   whole is near-linear in n + m.
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

    /// The default preference: identical span and label 3, identical span 2, same label 1, else 0.
    public static func defaultPreference(_ pair: Pair) -> Int {
        switch pair.kind {
        case .sameSpanSameLabel: 3
        case .sameSpanOtherLabel: 2
        case .overlapSameLabel: 1
        case .overlapOtherLabel: 0
        }
    }

    /// Matches `predicted` to `gold` with the default preference.
    public init(gold: [LabeledSpan], predicted: [LabeledSpan]) {
        self.init(graph: SpanOverlapGraph(gold: gold, predicted: predicted), preference: Self.defaultPreference)
    }

    /// Matches the spans of `graph` along its edges; `preference` ranks a candidate pair (0 to 1,000).
    public init(graph: SpanOverlapGraph, preference: (Pair) -> Int) {
        var goldPartner = [Int?](repeating: nil, count: graph.gold.count)
        var predictedPartner = [Int?](repeating: nil, count: graph.predicted.count)
        for component in Self.components(of: graph) {
            for pair in Self.match(component, graph: graph, preference: preference) {
                goldPartner[pair.gold] = pair.predicted
                predictedPartner[pair.predicted] = pair.gold
            }
        }
        var kinds: [Int: Kind] = [:]
        for edge in graph.edges where goldPartner[edge.gold] == edge.predicted {
            kinds[edge.gold] = edge.kind
        }
        pairs = goldPartner.indices.compactMap { gold in
            goldPartner[gold].map { Pair(gold: gold, predicted: $0, kind: kinds[gold] ?? .overlapOtherLabel) }
        }
        unmatchedGold = goldPartner.indices.filter { goldPartner[$0] == nil }
        unmatchedPredicted = predictedPartner.indices.filter { predictedPartner[$0] == nil }
    }

    /// The edges of each connected component, in canonical order (by union-find over span nodes).
    private static func components(of graph: SpanOverlapGraph) -> [[SpanOverlapGraph.Edge]] {
        let goldCount = graph.gold.count
        var parent = Array(0..<(goldCount + graph.predicted.count))
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for edge in graph.edges {
            let a = root(edge.gold), b = root(goldCount + edge.predicted)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var componentOfRoot: [Int: Int] = [:]
        var components: [[SpanOverlapGraph.Edge]] = []
        for edge in graph.edges {
            let key = root(edge.gold)
            if let index = componentOfRoot[key] {
                components[index].append(edge)
            } else {
                componentOfRoot[key] = components.count
                components.append([edge])
            }
        }
        return components
    }

    /// A maximum matching of one component with the largest (preference, overlap) total.
    private static func match(
        _ edges: [SpanOverlapGraph.Edge], graph: SpanOverlapGraph, preference: (Pair) -> Int
    ) -> [(gold: Int, predicted: Int)] {
        if edges.count == 1 { return [(edges[0].gold, edges[0].predicted)] }
        // Local nodes: source 0, gold spans 1…g in canonical order, predicted spans next, sink last.
        let goldIndices = Set(edges.map(\.gold)).sorted { graph.goldRank[$0] < graph.goldRank[$1] }
        let predictedIndices = Set(edges.map(\.predicted)).sorted { graph.predictedRank[$0] < graph.predictedRank[$1] }
        var goldNode: [Int: Int] = [:], predictedNode: [Int: Int] = [:]
        for (offset, index) in goldIndices.enumerated() { goldNode[index] = 1 + offset }
        for (offset, index) in predictedIndices.enumerated() { predictedNode[index] = 1 + goldIndices.count + offset }
        let sink = 1 + goldIndices.count + predictedIndices.count
        var network = FlowNetwork(nodeCount: sink + 1)
        for index in goldIndices { network.addEdge(from: 0, to: goldNode[index] ?? 0, cost: 0) }
        let scale = edges.reduce(1) { $0 + $1.overlap }
        var pairEdges: [(arc: Int, edge: SpanOverlapGraph.Edge)] = []
        for edge in edges {
            let rank = preference(Pair(gold: edge.gold, predicted: edge.predicted, kind: edge.kind))
            precondition((0...1_000).contains(rank), "a matching preference is a rank from 0 to 1,000")
            let arc = network.addEdge(from: goldNode[edge.gold] ?? 0, to: predictedNode[edge.predicted] ?? 0,
                                      cost: -(rank * scale + edge.overlap))
            pairEdges.append((arc, edge))
        }
        for index in predictedIndices { network.addEdge(from: predictedNode[index] ?? 0, to: sink, cost: 0) }
        network.maximumFlowOfMinimumCost(from: 0, to: sink)
        return pairEdges.filter { network.carriesFlow($0.arc) }.map { ($0.edge.gold, $0.edge.predicted) }
    }
}
