import Testing
@testable import ClipBench

@Suite struct DateMentionMetricTests {
    static func date(_ start: Int, _ end: Int, _ value: String?) -> DateMention {
        DateMention(text: "x", value: value, start: start, end: end)
    }

    /// (gold, predicted, strict, relaxed, value correct)
    @Test(arguments: [
        ([], [], 0, 0, 0),
        ([date(0, 5, "2025")], [], 0, 0, 0),
        ([], [date(0, 5, "2025")], 0, 0, 0),
        ([date(0, 5, "2025")], [date(0, 5, "2025")], 1, 1, 1),
        ([date(0, 5, "2025")], [date(0, 3, "2024")], 0, 1, 0),
        ([date(0, 5, nil)], [date(1, 5, nil)], 0, 1, 1),
        // Exclusive ends: adjacent spans do not match.
        ([date(0, 5, "2025")], [date(5, 8, "2025")], 0, 0, 0),
        // The identical span wins over a larger overlapping one.
        ([date(0, 10, "2025-02-18")], [date(0, 12, "2025-02"), date(0, 10, "2025-02-18")], 1, 1, 1),
        ([date(0, 4, "a"), date(10, 14, "b")], [date(11, 14, "b"), date(0, 4, "c")], 1, 2, 1),
        // One instant written with two offsets, or at minute and second precision, is one value.
        ([date(0, 5, "2013-08-28T14:00+04:00")], [date(0, 5, "2013-08-28T10:00:00Z")], 1, 1, 1),
        ([date(0, 5, "2013-08-28T10:00:00Z")], [date(0, 5, "2013-08-28T14:00:00+04:00")], 1, 1, 1),
        // The same day at another precision is not the same value.
        ([date(0, 5, "2013-08-28")], [date(0, 5, "2013-08-28T00:00Z")], 1, 1, 0),
    ] as [([DateMention], [DateMention], Int, Int, Int)])
    func countsMatches(gold: [DateMention], predicted: [DateMention], strict: Int, relaxed: Int, valueCorrect: Int) {
        for (goldList, predictedList) in [(gold, predicted), (gold.reversed(), predicted.reversed())] {
            let counts = DateMentionMetric.counts(gold: goldList, predicted: predictedList)
            #expect(counts.strictMatches == strict)
            #expect(counts.relaxedMatches == relaxed)
            #expect(counts.valueCorrect == valueCorrect)
            #expect(counts.gold == gold.count)
            #expect(counts.predicted == predicted.count)
        }
    }

    @Test func valueF1IsValueAccuracyTimesRelaxedF1() throws {
        var statistics = ScoreStatistics()
        // 2 gold, 2 predicted, 2 relaxed matches, 1 correct value: relaxed F1 1, value accuracy 0.5.
        let counts = DateMentionMetric.counts(gold: [Self.date(0, 4, "a"), Self.date(10, 14, "b")],
                                              predicted: [Self.date(11, 14, "b"), Self.date(0, 4, "c")])
        DateMentionMetric.add(counts, slots: DateMentionMetric.slots, to: &statistics)
        let relaxed = try #require(MetricCatalog.group(["dates", "relaxed"]))
        let values = Dictionary(uniqueKeysWithValues: relaxed.measures.map { ($0.name, $0.value(statistics)) })
        #expect(values["f1"] == 1)
        #expect(values["value_accuracy"] == 0.5)
        #expect(values["value_f1"] == 0.5)
        let strict = try #require(MetricCatalog.group(["dates", "strict"]))
        #expect(strict.measures[2].value(statistics) == 0.5)
    }

    @Test func setOverlapCountsDistinctItems() {
        let overlap = SetOverlap(gold: ["a", "b"], predicted: ["b", "c", "c"])
        #expect(overlap.truePositive == 1)
        #expect(overlap.falsePositive == 1)
        #expect(overlap.falseNegative == 1)
    }
}

extension DateMentionMetricTests {
    @Test func attemptedOnlyWithOffsets() {
        let clipping = MetricsTestClipping.sample()
        let withoutOffsets = clipping.counted(by: DateMentionMetric.self, prediction: Prediction(
            id: "t1", attempted: [.dates], dates: [DateMention(text: "الغد", value: nil)]))
        #expect(withoutOffsets.attempted.isEmpty)
        let gold = clipping.counted(by: DateMentionMetric.self, prediction: clipping.goldPrediction)
        #expect(gold.attempted == [.dateSpans])
        #expect(gold.figures["dates.strict.f1"] == 1)
        #expect(gold.figures["dates.relaxed.value_correct"] == 3)
        #expect(gold.figures["dates.relaxed.value_f1"] == 1)
    }
}
