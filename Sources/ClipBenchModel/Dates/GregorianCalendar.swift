/// The proleptic Gregorian calendar's arithmetic, in one place: leap years, month lengths,
/// days counted from 1970-01-01 and back, and weekdays. ``ISODate`` and ``CalendarDay`` both use it.
///
/// Plain integer arithmetic (Howard Hinnant's `days_from_civil` and `civil_from_days`), so the
/// answers never depend on the machine's time zone or locale, as Foundation's `Calendar` would.
///
/// ```swift
/// GregorianCalendar.daysSinceEpoch(year: 2000, month: 3, day: 1)   // 11017
/// GregorianCalendar.civil(daysSinceEpoch: 11016)                    // (2000, 2, 29)
/// GregorianCalendar.isoWeekday(daysSinceEpoch: 0)                   // 4 (1970-01-01 was a Thursday)
/// ```
///
/// - Complexity: O(1) for every function.
public enum GregorianCalendar {
    /// Whether `year` has a 29 February: every fourth year, but not a century unless it divides by 400.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1–12) in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the given day (negative before it); `month` 1–12.
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        // Years start on 1 March, so the leap day is the last of its year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01: the inverse of ``daysSinceEpoch(year:month:day:)``.
    public static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The ISO weekday, 1 for Monday through 7 for Sunday, of the day `days` after 1970-01-01.
    public static func isoWeekday(daysSinceEpoch days: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        ((days + 3) % 7 + 7) % 7 + 1
    }
}
