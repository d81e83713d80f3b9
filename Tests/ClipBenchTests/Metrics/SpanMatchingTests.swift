import Testing
@testable import ClipBench

@Suite struct SpanMatchingTests {
    static func span(_ start: Int, _ end: Int, _ label: String = "PER") -> LabeledSpan {
        LabeledSpan(start: start, end: end, label: label)
    }

    /// The pairs as values (gold span, predicted span), which shuffling the lists must not change.
    static func valuePairs(_ matching: SpanMatching, gold: [LabeledSpan], predicted: [LabeledSpan]) -> [String] {
        matching.pairs.map { "\(gold[$0.gold]) ~ \(predicted[$0.predicted])" }.sorted()
    }

    @Test func threePredictionsOnThreeGoldGiveThreePairs() {
        // The first prediction overlaps the second gold mention more than the first: greedy
        // larger-overlap-first gave it the second and left two mentions unpaired.
        let gold = [Self.span(0, 10), Self.span(10, 20), Self.span(20, 30)]
        let predicted = [Self.span(5, 18), Self.span(12, 14), Self.span(25, 28)]
        let matching = SpanMatching(gold: gold, predicted: predicted)
        #expect(matching.pairs.map { [$0.gold, $0.predicted] } == [[0, 0], [1, 1], [2, 2]])
        #expect(matching.unmatchedGold.isEmpty && matching.unmatchedPredicted.isEmpty)
    }

    @Test func maximumCardinalityComesBeforeTheLabel() {
        // Pairing LOC with LOC first would leave the ORG prediction and the PER gold unpaired.
        let gold = [Self.span(3097, 3102, "LOC"), Self.span(3103, 3110, "PER")]
        let predicted = [Self.span(3097, 3108, "LOC"), Self.span(3100, 3102, "ORG")]
        let matching = SpanMatching(gold: gold, predicted: predicted)
        #expect(matching.pairs.count == 2)
        #expect(matching.pairs.map(\.kind) == [.overlapOtherLabel, .overlapOtherLabel])
    }

    @Test func amongMaximumMatchingsThePreferenceWins() {
        // Gold [0,10) can take the identical prediction or [5,15); both choices pair everything.
        let gold = [Self.span(0, 10), Self.span(10, 20)]
        let predicted = [Self.span(5, 15), Self.span(0, 10)]
        let matching = SpanMatching(gold: gold, predicted: predicted)
        #expect(matching.pairs.map { [$0.gold, $0.predicted] } == [[0, 1], [1, 0]])
        #expect(matching.pairs[0].kind == .sameSpanSameLabel)
    }

    @Test func amongEqualPreferencesTheLargerOverlapWins() {
        let gold = [Self.span(0, 10)]
        let predicted = [Self.span(0, 4), Self.span(3, 10)]
        let matching = SpanMatching(gold: gold, predicted: predicted)
        #expect(matching.pairs.map(\.predicted) == [1])
        #expect(matching.unmatchedPredicted == [0])
    }

    @Test func aCallersPreferenceChoosesAmongMaximumMatchings() {
        let gold = [Self.span(0, 10, "LOC"), Self.span(10, 20, "PER")]
        let predicted = [Self.span(5, 15, "PER")]
        // Overlaps are equal (5 and 5); the preference for the same label picks the PER gold.
        let sameLabel = SpanMatching(graph: SpanOverlapGraph(gold: gold, predicted: predicted)) {
            $0.kind == .overlapSameLabel ? 1 : 0
        }
        #expect(sameLabel.pairs.map(\.gold) == [1])
        let otherLabel = SpanMatching(graph: SpanOverlapGraph(gold: gold, predicted: predicted)) {
            $0.kind == .overlapOtherLabel ? 1 : 0
        }
        #expect(otherLabel.pairs.map(\.gold) == [0])
    }

    @Test(arguments: 0..<20)
    func pairsDoNotDependOnListOrder(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        func random(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        let labels = ["PER", "ORG", "LOC"]
        let gold = (0..<(2 + random(6))).map { _ in
            let start = random(20)
            return Self.span(start, start + 1 + random(8), labels[random(3)])
        }
        let predicted = (0..<(2 + random(6))).map { _ in
            let start = random(20)
            return Self.span(start, start + 1 + random(8), labels[random(3)])
        }
        let expected = Self.valuePairs(SpanMatching(gold: gold, predicted: predicted), gold: gold, predicted: predicted)
        let shuffledGold = Array(gold.reversed()), shuffledPredicted = predicted.shuffled(using: &generator)
        let shuffled = SpanMatching(gold: shuffledGold, predicted: shuffledPredicted)
        #expect(Self.valuePairs(shuffled, gold: shuffledGold, predicted: shuffledPredicted) == expected)
    }

    @Test func aLongChainIsMatchedCompletely() {
        // 300 predictions, each straddling two neighbouring gold mentions: one component, all paired.
        let gold = (0..<300).map { Self.span($0 * 10, $0 * 10 + 10) }
        let predicted = (0..<300).map { Self.span($0 * 10 + 6, $0 * 10 + 14) }
        let matching = SpanMatching(gold: gold, predicted: predicted)
        #expect(matching.pairs.count == 300)
    }

    @Test func emptySpansAndTouchingEndsDoNotPair() {
        let matching = SpanMatching(gold: [Self.span(0, 5), Self.span(7, 7)], predicted: [Self.span(5, 9), Self.span(7, 7)])
        #expect(matching.pairs.isEmpty)
        #expect(matching.unmatchedGold == [0, 1] && matching.unmatchedPredicted == [0, 1])
    }
}
