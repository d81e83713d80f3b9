import Testing
@testable import ClipBench

struct CalendarDayTests {
    @Test func addsDaysAcrossMonthsAndLeapYears() throws {
        let day = try #require(CalendarDay(iso: "2024-03-01"))
        #expect(day.adding(days: -1).iso == "2024-02-29")
        #expect(day.adding(days: 365).iso == "2025-03-01")
        #expect(try #require(CalendarDay(iso: "2025-12-31")).adding(days: 1).iso == "2026-01-01")
    }

    @Test(arguments: [("2025-04-10", 5), ("2025-02-27", 5), ("2025-03-01", 7), ("2000-01-02", 1)])
    func knowsTheWeekday(iso: String, weekday: Int) throws {
        #expect(try #require(CalendarDay(iso: iso)).weekday == weekday)
    }

    @Test func givesIsoWeeksAndMonths() throws {
        #expect(try #require(CalendarDay(iso: "2025-04-10")).isoWeek == "2025-W15")
        #expect(try #require(CalendarDay(iso: "2021-01-01")).isoWeek == "2020-W53")
        #expect(try #require(CalendarDay(iso: "2025-01-15")).month(adding: -1) == "2024-12")
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "25-01-01", "2025-1-01", "x"])
    func rejectsInvalidDays(iso: String) {
        #expect(CalendarDay(iso: iso) == nil)
    }
}
