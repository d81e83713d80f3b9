/// A day of the proleptic Gregorian calendar, with the arithmetic the date rules need.
///
/// Foundation's `Calendar` depends on the machine's time zone and locale; extraction must not,
/// so days are counted here with plain integer arithmetic.
///
/// ```swift
/// let day = CalendarDay(iso: "2025-03-01")!
/// day.adding(days: -1)?.iso  // "2025-02-28"
/// day.weekday                // 7 (Saturday; 1 is Sunday)
/// ```
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or nil when the month or day is out of range (for example 31 April).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= GregorianCalendar.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; anything else gives nil.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
    public var description: String { iso }

    /// The years a day can have: four digits, as `YYYY-MM-DD` writes them.
    public static let years = 1...9999

    /// The day `days` later (earlier when negative), or nil outside ``years``: the day before
    /// 0001-01-01 or after 9999-12-31 has no `YYYY-MM-DD`.
    public func adding(days: Int) -> CalendarDay? {
        let (target, overflow) = ordinal.addingReportingOverflow(days)
        guard !overflow, target >= 0, target < Self.endOrdinal else { return nil }
        return Self(ordinal: target)
    }

    /// The day of the week, 1 for Sunday through 7 for Saturday.
    public var weekday: Int {
        GregorianCalendar.isoWeekday(daysSinceEpoch: ordinal - Self.epochOrdinal) % 7 + 1
    }

    /// The ISO 8601 week, such as `2025-W14`.
    public var isoWeek: String {
        // The week belongs to the year of its Thursday.
        let isoWeekday = (weekday + 5) % 7 + 1   // 1 Monday … 7 Sunday
        // Within the years for every day: 0001-01-01 is a Monday and 9999-12-31 a Friday.
        let thursday = adding(days: 4 - isoWeekday) ?? self
        let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1) ?? thursday
        let week = (thursday.ordinal - firstOfYear.ordinal) / 7 + 1
        return "\(Self.pad(thursday.year, 4))-W\(Self.pad(week, 2))"
    }

    /// The month `months` later, as `YYYY-MM`, or nil outside ``years``.
    public func month(adding months: Int) -> String? {
        let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow, index >= 0, Self.years.contains(index / 12) else { return nil }
        return "\(Self.pad(index / 12, 4))-\(Self.pad(index % 12 + 1, 2))"
    }

    /// The day's month, `YYYY-MM`.
    public var yearMonth: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 0001-01-01.
    private var ordinal: Int {
        GregorianCalendar.daysSinceEpoch(year: year, month: month, day: day) + Self.epochOrdinal
    }

    /// The ordinal of the first day after ``years``.
    private static let endOrdinal = GregorianCalendar.daysSinceEpoch(year: years.upperBound + 1, month: 1, day: 1) + epochOrdinal

    /// The ordinal of 1970-01-01, where ``GregorianCalendar`` counts from.
    private static let epochOrdinal = 719_162

    private init(ordinal: Int) {
        (year, month, day) = GregorianCalendar.civil(daysSinceEpoch: ordinal - Self.epochOrdinal)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
