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

    @Test(arguments: ["2025-13-01", "2025-04-10T25:00", "25-04-10", "2025-04-10X", ""])
    func rejectsMalformedValues(text: String) {
        #expect(ISODateValue(text) == nil)
    }

    @Test func epochSeconds() {
        #expect(ISODateValue("1970-01-01T00:00:00Z")?.secondsSinceEpoch == 0)
        #expect(ISODateValue("2000-03-01T00:00:00Z")?.secondsSinceEpoch == 951_868_800)
    }
}
