import Testing
@testable import ClipBench

struct ISODateTests {
    @Test(arguments: [
        ("2025", ISODate.Precision.year), ("2025-02", .month), ("2025-02-27", .day), ("2024-02-29", .day),
        ("2025-W14", .week), ("2026-W53", .week), ("2025-02-27T01:36:37Z", .second), ("2025-02-27T04:36:37+03:00", .second),
    ])
    func acceptsTheAcceptedForms(text: String, precision: ISODate.Precision) {
        #expect(ISODate(text)?.precision == precision)
    }

    @Test(arguments: [
        "2025-02-30", "2023-02-29", "2025-13", "2025-00", "2025-04-31", "2025-W54", "2025-W53", "2025-02-27T24:00:00Z",
        "2025-02-27T01:36:37", "25-02-27", "2025/02/27", "٢٠٢٥", "2025-2-7", "",
    ])
    func refusesWhatIsNotARealDateInAnAcceptedForm(text: String) {
        #expect(ISODate(text) == nil)
        #expect(ISODate.problem(with: text) != nil)
    }

    @Test func explainsAnImpossibleDay() {
        #expect(ISODate.problem(with: "2025-02-30") == "'2025-02-30' is not a calendar date (February 2025 has 28 days)")
    }

    @Test func computesWeekdays() {
        #expect(ISODate.weekday(year: 2025, month: 2, day: 27) == 4)  // a Thursday
        #expect(ISODate.weekday(year: 2000, month: 1, day: 1) == 6)   // a Saturday
    }
}
