import Testing
@testable import ClipBench

@Suite struct PublishedDateMetricTests {
    @Test(arguments: [
        ("2025-04-10", "2025-04-10", PublishedDateMetric.truePositive),
        ("2025-04-10", "2025-04-10T08:00:00+03:00", .truePositive),
        ("2025-04-10", "2025-04-11", .wrong),
        ("2025-04-10", "2025-04", .wrong),
        ("2025-04-10", "10/04/2025", .wrong),
        ("2025-02-27T01:36:37Z", "2025-02-27T04:36:37+03:00", .truePositive),
        ("2025-02-27T01:36:37Z", "2025-02-27T01:36:38Z", .wrong),
        ("2025-02-27T01:36:37Z", "2025-02-27", .truePositive),
        ("2025-02-27T01:36:37Z", "2025-02-27T01:36:37.250Z", .truePositive),
        ("2025-02", "2025-02-14", .truePositive),
        ("2025", "2024-12-31", .wrong),
    ] as [(String, String, PublishedDateMetric)])
    func comparesAtGoldPrecision(gold: String, predicted: String, expected: PublishedDateMetric) {
        #expect(PublishedDateMetric.outcome(gold: gold, predicted: predicted) == expected)
    }

    @Test(arguments: [
        (nil, nil, PublishedDateMetric.trueNegative),
        (nil, "2025-04-10", .falsePositive),
        ("2025-04-10", nil, .falseNegative),
        ("2025-04-10", "", .falseNegative),
    ] as [(String?, String?, PublishedDateMetric)])
    func absentDates(gold: String?, predicted: String?, expected: PublishedDateMetric) {
        #expect(PublishedDateMetric.outcome(gold: gold, predicted: predicted) == expected)
    }

    @Test(arguments: [
        ("2013-08-28T14:00+04:00", "2013-08-28T10:00:00Z", PublishedDateMetric.truePositive),
        ("2013-08-28T14:00+04:00", "2013-08-28T14:00:00Z", .wrong),
        ("2013-08-28", "2013-08-28T23:30-05:00", .truePositive),
    ] as [(String, String, PublishedDateMetric)])
    func readsMinutePrecisionAsAnInstant(gold: String, predicted: String, expected: PublishedDateMetric) {
        #expect(PublishedDateMetric.outcome(gold: gold, predicted: predicted) == expected)
    }
}

extension PublishedDateMetricTests {
    @Test(arguments: [("2025-04-10", 1, 0, 0), ("2025-04-11", 0, 1, 1), (nil, 0, 0, 1)] as [(String?, Int64, Int64, Int64)])
    func countsOutcomes(predicted: String?, truePositive: Int64, falsePositive: Int64, falseNegative: Int64) {
        let clipping = MetricsTestClipping.sample()
        let (statistics, attempted, figures) = clipping.counted(by: PublishedDateMetric.self,
                                                                prediction: Prediction(id: "t1", attempted: [.published], published: predicted))
        let slots = PublishedDateMetric.slots
        #expect(attempted == [.published])
        #expect([statistics[slots.truePositive], statistics[slots.falsePositive], statistics[slots.falseNegative]]
            == [truePositive, falsePositive, falseNegative])
        #expect(figures["published.documents"] == 1)
        #expect(figures["published.accuracy"] == Double(truePositive))
    }
}
