import Testing
@testable import ClipBench

@Suite struct EntitySpanMetricTests {
    static let slots = EntitySpanMetric.slots

    static func mention(_ type: EntityType, _ start: Int, _ end: Int) -> EntityMention {
        EntityMention(text: "x", type: type, start: start, end: end)
    }

    /// Counts per schema, in `EntitySchema.allCases` order, as (COR, INC, PAR, MIS, SPU).
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var gold: [EntityMention]
        var predicted: [EntityMention]
        var counts: [[Int]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "both empty", gold: [], predicted: [], counts: Array(repeating: [0, 0, 0, 0, 0], count: 4)),
        Case(name: "perfect", gold: [mention(.person, 0, 5)], predicted: [mention(.person, 0, 5)],
             counts: Array(repeating: [1, 0, 0, 0, 0], count: 4)),
        Case(name: "empty prediction", gold: [mention(.person, 0, 5), mention(.location, 7, 9)], predicted: [],
             counts: Array(repeating: [0, 0, 0, 2, 0], count: 4)),
        Case(name: "empty gold", gold: [], predicted: [mention(.person, 0, 5)],
             counts: Array(repeating: [0, 0, 0, 0, 1], count: 4)),
        Case(name: "same span, other type", gold: [mention(.person, 0, 5)], predicted: [mention(.location, 0, 5)],
             counts: [[0, 1, 0, 0, 0], [1, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0, 1, 0, 0, 0]]),
        Case(name: "overlap, same type", gold: [mention(.person, 0, 5)], predicted: [mention(.person, 2, 7)],
             counts: [[0, 1, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [1, 0, 0, 0, 0]]),
        Case(name: "overlap, other type", gold: [mention(.person, 0, 5)], predicted: [mention(.organisation, 4, 9)],
             counts: [[0, 1, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 1, 0, 0, 0]]),
        // Exclusive ends: [0, 5) and [5, 8) share no scalar.
        Case(name: "adjacent spans do not overlap", gold: [mention(.person, 0, 5)], predicted: [mention(.person, 5, 8)],
             counts: Array(repeating: [0, 0, 0, 1, 1], count: 4)),
        Case(name: "disjoint", gold: [mention(.person, 0, 5)], predicted: [mention(.person, 10, 15)],
             counts: Array(repeating: [0, 0, 0, 1, 1], count: 4)),
        // Nested gold: ORG [0,10) contains PER [0,4). The exact PER prediction takes PER; the ORG
        // prediction [2,10) then overlaps ORG only.
        Case(name: "nested gold spans", gold: [mention(.organisation, 0, 10), mention(.person, 0, 4)],
             predicted: [mention(.organisation, 2, 10), mention(.person, 0, 4)],
             counts: [[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [1, 0, 1, 0, 0], [2, 0, 0, 0, 0]]),
        // Two predictions inside one gold mention: one pairs with it (the larger overlap), the other is spurious.
        Case(name: "two predictions on one gold", gold: [mention(.person, 0, 10)],
             predicted: [mention(.person, 0, 4), mention(.person, 5, 10)],
             counts: [[0, 1, 0, 0, 1], [0, 1, 0, 0, 1], [0, 0, 1, 0, 1], [1, 0, 0, 0, 1]]),
    ]

    static func counts(_ statistics: ScoreStatistics, type: EntityType? = nil) -> [[Int]] {
        EntitySchema.allCases.map { schema in
            EntityOutcome.allCases.map { Int(statistics[slots.slot(schema, $0, type: type)]) }
        }
    }

    @Test(arguments: cases)
    func countsSchemas(_ example: Case) {
        var statistics = ScoreStatistics()
        EntitySpanMetric.count(gold: example.gold, predicted: example.predicted, into: &statistics)
        #expect(Self.counts(statistics) == example.counts)
        // Reversed lists give the same counts.
        var reversed = ScoreStatistics()
        EntitySpanMetric.count(gold: example.gold.reversed(), predicted: example.predicted.reversed(), into: &reversed)
        #expect(Self.counts(reversed) == example.counts)
    }

    @Test func eachTypeIsMatchedOnItsOwn() {
        var statistics = ScoreStatistics()
        EntitySpanMetric.count(gold: [Self.mention(.person, 0, 5), Self.mention(.location, 8, 12)],
                               predicted: [Self.mention(.location, 0, 5), Self.mention(.location, 9, 12)], into: &statistics)
        // Overall: [0,5) same span other type, [8,12) overlap same type.
        #expect(Self.counts(statistics)[1] == [1, 1, 0, 0, 0])
        // PER alone: the gold mention is missed. LOC alone: one partial match, one spurious.
        #expect(Self.counts(statistics, type: .person) == Array(repeating: [0, 0, 0, 1, 0], count: 4))
        #expect(Self.counts(statistics, type: .location) == [[0, 1, 0, 0, 1], [0, 1, 0, 0, 1], [0, 0, 1, 0, 1], [1, 0, 0, 0, 1]])
        #expect(Self.counts(statistics, type: .organisation) == Array(repeating: [0, 0, 0, 0, 0], count: 4))
    }

    @Test func partialCreditIsHalfAndSurvivesSumming() throws {
        // Two documents, each one partial match: partial P = R = (0 + 0.5·2) / 2 = 0.5.
        var total = ScoreStatistics()
        for _ in 0..<2 {
            var document = ScoreStatistics()
            EntitySpanMetric.count(gold: [Self.mention(.person, 0, 5)], predicted: [Self.mention(.person, 1, 5)], into: &document)
            total.add(document)
        }
        let partial = try #require(MetricCatalog.group(["entities", "partial"]))
        #expect(partial.measures[0].value(total) == 0.5)
        #expect(partial.measures[1].value(total) == 0.5)
        let strict = try #require(MetricCatalog.group(["entities", "strict"]))
        #expect(strict.measures[0].value(total) == 0)
    }

    @Test func shuffledListsGiveTheSameCounts() {
        let gold = (0..<12).map { Self.mention(EntityType.allCases[$0 % 4], $0 * 6, $0 * 6 + 4 + $0 % 3) }
        let predicted = (0..<12).map { Self.mention(EntityType.allCases[($0 + 1) % 4], $0 * 6 + $0 % 2, $0 * 6 + 5) }
            + [Self.mention(.person, 1, 3), Self.mention(.person, 0, 4)]
        var expected = ScoreStatistics()
        EntitySpanMetric.count(gold: gold, predicted: predicted, into: &expected)
        var generator = SplitMix64(seed: 3)
        for _ in 0..<5 {
            var statistics = ScoreStatistics()
            EntitySpanMetric.count(gold: gold.shuffled(using: &generator), predicted: predicted.shuffled(using: &generator), into: &statistics)
            #expect(statistics == expected)
        }
    }

    @Test func mentionsWithoutOffsetsAreLeftToTheTextScore() {
        var statistics = ScoreStatistics()
        EntitySpanMetric.count(gold: [Self.mention(.person, 0, 5)],
                               predicted: [EntityMention(text: "x", type: .person)], into: &statistics)
        #expect(Self.counts(statistics)[0] == [0, 0, 0, 1, 0])
    }
}

extension EntitySpanMetricTests {
    @Test func attemptedOnlyWithOffsetsOrAnEmptyList() {
        let clipping = MetricsTestClipping.sample()
        let empty = clipping.counted(by: EntitySpanMetric.self, prediction: Prediction(id: "t1", attempted: [.entities]))
        #expect(empty.attempted == [.entitySpans])
        #expect(empty.figures["entities.strict.missed"] == 6)
        let withoutOffsets = clipping.counted(by: EntitySpanMetric.self, prediction: Prediction(
            id: "t1", attempted: [.entities], entities: [EntityMention(text: "بوتين", type: .person)]))
        #expect(withoutOffsets.attempted.isEmpty)
        let gold = clipping.counted(by: EntitySpanMetric.self, prediction: clipping.goldPrediction)
        #expect(gold.figures["entities.strict.f1"] == 1)
        #expect(gold.figures["entities.by_type.PER.strict.possible"] == 3)
    }
}
