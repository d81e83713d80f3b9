import Testing
@testable import ClipBench

struct GregorianCalendarTests {
    /// Days from 1970-01-01 at the ends of the four-digit years and around the leap days that
    /// the century rule keeps (2000) and drops (1900); each day also reads back from its count.
    @Test(arguments: [
        (1, 1, 1, -719_162, 1),
        (1, 12, 31, -718_798, 1),
        (1900, 2, 28, -25_509, 3),
        (1900, 3, 1, -25_508, 4),
        (1970, 1, 1, 0, 4),
        (2000, 2, 29, 11_016, 2),
        (2000, 3, 1, 11_017, 3),
        (2024, 2, 29, 19_782, 4),
        (9999, 12, 31, 2_932_896, 5),
    ])
    func countsDaysBothWays(year: Int, month: Int, day: Int, days: Int, isoWeekday: Int) {
        #expect(GregorianCalendar.daysSinceEpoch(year: year, month: month, day: day) == days)
        let civil = GregorianCalendar.civil(daysSinceEpoch: days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
        #expect(GregorianCalendar.isoWeekday(daysSinceEpoch: days) == isoWeekday)
    }

    @Test(arguments: [(1, false), (4, true), (1900, false), (2000, true), (2024, true), (2025, false), (2100, false), (9996, true), (9999, false)])
    func knowsLeapYears(year: Int, isLeap: Bool) {
        #expect(GregorianCalendar.isLeap(year) == isLeap)
        #expect(GregorianCalendar.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
    }

    /// Every day from 0001-01-01 to 9999-12-31 follows the one before it: the two directions agree
    /// and no day is skipped or repeated.
    @Test func everyDayFollowsTheOneBefore() {
        let first = GregorianCalendar.daysSinceEpoch(year: 1, month: 1, day: 1)
        let last = GregorianCalendar.daysSinceEpoch(year: 9999, month: 12, day: 31)
        var (year, month, day) = (1, 1, 1)
        var mismatches = 0
        for days in first...last {
            let civil = GregorianCalendar.civil(daysSinceEpoch: days)
            if civil != (year, month, day) { mismatches += 1 }
            day += 1
            if day > GregorianCalendar.daysIn(month: month, year: year) { (day, month) = (1, month + 1) }
            if month > 12 { (month, year) = (1, year + 1) }
        }
        #expect(mismatches == 0)
        #expect(last - first + 1 == 3_652_059)
    }

    /// ``CalendarDay`` and ``ISODate`` answer from the same arithmetic.
    @Test(arguments: ["0001-01-01", "1900-02-28", "1900-03-01", "2000-02-29", "2024-02-29", "9999-12-31"])
    func calendarDayAndISODateAgree(iso: String) throws {
        let day = try #require(CalendarDay(iso: iso))
        #expect(ISODate.weekday(year: day.year, month: day.month, day: day.day) == (day.weekday + 5) % 7 + 1)
        #expect(ISODate(iso) != nil)
    }

    @Test(arguments: ["1900-02-29", "2100-02-29", "2025-02-29", "0000-01-01", "10000-01-01"])
    func refusesDaysThatDoNotExist(iso: String) {
        #expect(CalendarDay(iso: iso) == nil)
    }

    @Test(arguments: [("1900-02-28", 1, "1900-03-01"), ("2000-02-28", 1, "2000-02-29"), ("2000-03-01", -1, "2000-02-29"),
                      ("0001-01-02", -1, "0001-01-01"), ("9999-12-30", 1, "9999-12-31"), ("0001-01-01", 3_652_058, "9999-12-31")])
    func calendarDayAddsDays(iso: String, days: Int, expected: String) throws {
        #expect(try #require(CalendarDay(iso: iso)).adding(days: days)?.iso == expected)
    }
}
