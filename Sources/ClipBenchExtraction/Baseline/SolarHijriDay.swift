import ClipBenchModel

/// Converts a Solar Hijri (Persian) date to the Gregorian day, so «۲۴ اسفند ۱۴۰۳» gets a value.
///
/// The arithmetic is the 33-year leap cycle used by the common `jalali_to_gregorian` routine, exact for the
/// years news pages carry (1300–1500 AP).
///
/// ```swift
/// SolarHijriDay.gregorian(year: 1403, month: 12, day: 24)?.iso   // "2025-03-14"
/// SolarHijriDay.gregorian(year: 1404, month: 1, day: 1)?.iso     // "2025-03-21" (Nowruz)
/// ```
///
/// - Complexity: O(1).
public enum SolarHijriDay {
    /// The Gregorian day of a Solar Hijri date, or nil when the month or day is out of range.
    public static func gregorian(year: Int, month: Int, day: Int) -> CalendarDay? {
        guard (1...12).contains(month), day >= 1, day <= (month <= 6 ? 31 : 30), year > 0 else { return nil }
        let shifted = year + 1595
        var days = -355_668 + 365 * shifted + (shifted / 33) * 8 + ((shifted % 33) + 3) / 4 + day
        days += month < 7 ? (month - 1) * 31 : (month - 7) * 30 + 186
        var gregorianYear = 400 * (days / 146_097)
        days %= 146_097
        if days > 36_524 {
            days -= 1
            gregorianYear += 100 * (days / 36_524)
            days %= 36_524
            if days >= 365 { days += 1 }
        }
        gregorianYear += 4 * (days / 1461)
        days %= 1461
        if days > 365 {
            gregorianYear += (days - 1) / 365
            days = (days - 1) % 365
        }
        var remaining = days + 1
        var gregorianMonth = 1
        while gregorianMonth < 12 && remaining > GregorianCalendar.daysIn(month: gregorianMonth, year: gregorianYear) {
            remaining -= GregorianCalendar.daysIn(month: gregorianMonth, year: gregorianYear)
            gregorianMonth += 1
        }
        return CalendarDay(year: gregorianYear, month: gregorianMonth, day: remaining)
    }
}
