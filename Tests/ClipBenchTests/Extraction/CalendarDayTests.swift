import Testing
@testable import ClipBench

struct CalendarDayTests {
    @Test func addsDaysAcrossMonthsAndLeapYears() throws {
        let day = try #require(CalendarDay(iso: "2024-03-01"))
        #expect(day.adding(days: -1)?.iso == "2024-02-29")
        #expect(day.adding(days: 365)?.iso == "2025-03-01")
        #expect(try #require(CalendarDay(iso: "2025-12-31")).adding(days: 1)?.iso == "2026-01-01")
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

    /// Issue 12: `extract --as-of 0001-01-06` gave `0001-01--4`, `--as-of 9999-12-31` gave `10000-01-01`.
    @Test func givesNoDayOutsideTheFourDigitYears() throws {
        let first = try #require(CalendarDay(iso: "0001-01-01"))
        let last = try #require(CalendarDay(iso: "9999-12-31"))
        #expect(first.adding(days: -1) == nil)
        #expect(first.adding(days: 0)?.iso == "0001-01-01")
        #expect(last.adding(days: 1) == nil)
        #expect(last.adding(days: 0)?.iso == "9999-12-31")
        #expect(try #require(CalendarDay(iso: "0001-01-06")).adding(days: -10) == nil)
        #expect(first.adding(days: Int.max) == nil)
        #expect(last.adding(days: Int.min) == nil)
        #expect(first.month(adding: -1) == nil)
        #expect(last.month(adding: 1) == nil)
        #expect(last.month(adding: 0) == "9999-12")
        #expect(first.isoWeek == "0001-W01")
        #expect(last.isoWeek == "9999-W52")
    }

    @Test(arguments: [
        (DateMeaning.daysFromReference(-10), "0001-01-06", nil),
        (DateMeaning.daysFromReference(1), "9999-12-31", nil),
        (DateMeaning.weeksFromReference(-1), "0001-01-06", nil),
        (DateMeaning.monthsFromReference(1), "9999-12-31", nil),
        (DateMeaning.yearsFromReference(1), "9999-12-31", nil),
        (DateMeaning.yearsFromReference(-1), "0001-06-01", nil),
        (DateMeaning.yearsFromReference(-1), "1000-06-01", "0999"),
        (DateMeaning.daysFromReference(-1), "0001-01-06", "0001-01-05"),
    ] as [(DateMeaning, String, String?)])
    func resolvesNothingOutsideTheFourDigitYears(meaning: DateMeaning, reference: String, value: String?) throws {
        let day: CalendarDay = try #require(CalendarDay(iso: reference))
        #expect(meaning.value(against: day) == value)
    }
}
