import Testing
@testable import ClipBench

@Suite struct SpanOverlapGraphTests {
    static func span(_ start: Int, _ end: Int, _ label: String = "PER") -> LabeledSpan {
        LabeledSpan(start: start, end: end, label: label)
    }

    @Test func findsEveryOverlapAndNoOther() {
        var generator = SplitMix64(seed: 42)
        func random(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        for _ in 0..<50 {
            let gold = (0..<random(8)).map { _ in let start = random(30); return Self.span(start, start + random(9)) }
            let predicted = (0..<random(8)).map { _ in let start = random(30); return Self.span(start, start + random(9)) }
            let graph = SpanOverlapGraph(gold: gold, predicted: predicted)
            var expected: [[Int]] = []
            for (g, goldSpan) in gold.enumerated() {
                for (p, predictedSpan) in predicted.enumerated() where goldSpan.overlap(with: predictedSpan) > 0 {
                    expected.append([g, p, goldSpan.overlap(with: predictedSpan)])
                }
            }
            let found = graph.edges.map { [$0.gold, $0.predicted, $0.overlap] }
            #expect(found.sorted { $0.lexicographicallyPrecedes($1) } == expected)
        }
    }

    @Test func kindsTellSpansAndLabelsApart() {
        let graph = SpanOverlapGraph(gold: [Self.span(0, 5, "PER")],
                                     predicted: [Self.span(0, 5, "PER"), Self.span(0, 5, "LOC"), Self.span(2, 6, "PER"), Self.span(4, 9, "ORG")])
        #expect(graph.edges.map(\.kind) == [.sameSpanOtherLabel, .sameSpanSameLabel, .overlapSameLabel, .overlapOtherLabel])
        #expect(graph.restricted { $0.kind == .sameSpanSameLabel }.edges.map(\.predicted) == [0])
    }
}
