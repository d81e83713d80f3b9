import Testing
@testable import ClipBench

struct ISODateTests {
    @Test(arguments: [
        ("2025", ISODate.Precision.year), ("2025-02", .month), ("2025-02-27", .day), ("2024-02-29", .day),
        ("2000-02-29", .day), ("0001-01-01", .day), ("9999-12-31", .day), ("2025-W14", .week), ("2026-W53", .week),
        ("2025-02-27T01:36:37Z", .second), ("2025-02-27T04:36:37+03:00", .second), ("2013-08-28T14:00+04:00", .minute),
        ("2013-08-28T14:00Z", .minute), ("2013-08-28T23:59:59-09:30", .second), ("9999-12-31T23:59+14:00", .minute),
    ])
    func acceptsTheAnnotationForms(text: String, precision: ISODate.Precision) {
        #expect(ISODate(text)?.precision == precision)
        #expect(ISODate.problem(with: text) == nil)
    }

    @Test(arguments: [
        "2025-02-30", "2023-02-29", "1900-02-29", "2025-13", "2025-00", "2025-04-31", "2025-W54", "2025-W53", "2025-W00",
        "2025-02-27T24:00:00Z", "2025-02-27T23:60Z", "2025-02-27T23:59:60Z", "2025-02-27T01:36:37", "2013-08-28T14:00",
        "2013-08-28T14:00+0400", "2013-08-28T14:00+04", "2013-08-28T14:00+15:00", "2013-08-28 14:00Z",
        "2025-02-27T01:36:37.5Z", "25-02-27", "2025/02/27", "٢٠٢٥", "2025-2-7", "2025-02-27Z", "",
    ])
    func refusesWhatIsNotARealDateInAnAnnotationForm(text: String) {
        #expect(ISODate(text) == nil)
        #expect(ISODate.problem(with: text) != nil)
    }

    @Test(arguments: [
        ("2013-08-28 14:00", 0 as Int?), ("2013-08-28T14:00+0400", 240), ("2013-08-28T14:00-04", -240),
        ("2025-02-27T01:36:37.250Z", 0), ("2016-12-31T23:59:60Z", 0),
    ])
    func readsThePredictionForms(text: String, offset: Int?) throws {
        let date = try #require(ISODate(prediction: text))
        #expect((date.utcOffsetMinutes ?? 0) == offset)
    }

    @Test(arguments: ["2025-13-01", "2025-04-10T25:00", "25-04-10", "2025-04-10X", "2025-02-29", "2025-04-10T08:00:00.", ""])
    func refusesMalformedPredictions(text: String) {
        #expect(ISODate(prediction: text) == nil)
    }

    @Test func explainsAnImpossibleDay() {
        #expect(ISODate.problem(with: "2025-02-30") == "'2025-02-30' is not a calendar date (February 2025 has 28 days)")
    }

    @Test func computesWeekdays() {
        #expect(ISODate.weekday(year: 2025, month: 2, day: 27) == 4)  // a Thursday
        #expect(ISODate.weekday(year: 2000, month: 1, day: 1) == 6)   // a Saturday
    }

    @Test func countsSecondsSinceTheEpoch() {
        #expect(ISODate("1970-01-01T00:00:00Z")?.secondsSinceEpoch == 0)
        #expect(ISODate("2000-03-01T00:00:00Z")?.secondsSinceEpoch == 951_868_800)
        #expect(ISODate("1970-01-01T01:00+01:00")?.secondsSinceEpoch == 0)
        #expect(ISODate("0001-01-01T00:00Z")?.secondsSinceEpoch == -62_135_596_800)
        #expect(ISODate("2025-02-27")?.secondsSinceEpoch == nil)
    }

    @Test(arguments: [
        ("2013-08-28T10:00:00Z", "2013-08-28T14:00:00+04:00", true),
        ("2013-08-28T10:00:00Z", "2013-08-28T14:00+04:00", true),
        ("2013-08-28T14:00+04:00", "2013-08-28T14:00Z", false),
        ("2013-08-28T14:00:30+04:00", "2013-08-28T14:00+04:00", false),
        ("2013-08-28T23:30-01:00", "2013-08-29T00:30Z", true),
        ("0001-01-01T00:30+01:00", "0000-12-31T23:30Z", true),
        ("9999-12-31T23:59Z", "9999-12-31T23:59:00Z", true),
        ("2024-02-29", "2024-02-29", true),
        ("2024-02-29", "2024-03-01", false),
        ("2013-08-28", "2013-08-28T00:00Z", false),
        ("2013-08", "2013-08-28", false),
        ("2013", "2013", true),
        ("2025-W14", "2025-W14", true),
        ("2025-W14", "2025-W15", false),
    ])
    func comparesValuesByInstantOrByDayAtTheSamePrecision(first: String, second: String, same: Bool) throws {
        let firstDate = try #require(ISODate(prediction: first))
        let secondDate = try #require(ISODate(prediction: second))
        #expect(firstDate.denotesSameValue(as: secondDate) == same)
        #expect(secondDate.denotesSameValue(as: firstDate) == same)
        #expect(ISODate.sameValue(first, second) == same)
    }

    @Test(arguments: [
        (nil, nil, true), ("2025", nil, false), (nil, "2025", false),
        ("next Tuesday", "next Tuesday", true), ("next Tuesday", "2025", false),
    ] as [(String?, String?, Bool)])
    func comparesNullsAndNonDatesAsValues(first: String?, second: String?, same: Bool) {
        #expect(ISODate.sameValue(first, second) == same)
    }
}
