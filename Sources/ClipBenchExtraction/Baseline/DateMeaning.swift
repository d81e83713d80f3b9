import ClipBenchModel

/// What a date expression says, before it is resolved against a reference day.
///
/// ```swift
/// DateMeaning.dayOfMonth(month: 2, day: 18, qualifier: .past)
///     .value(against: CalendarDay(iso: "2025-04-10"))   // "2025-02-18"
/// DateMeaning.daysFromReference(-1).value(against: nil)  // nil: «أمس» needs a reference
/// ```
public enum DateMeaning: Sendable, Hashable {
    /// A value the text fixes by itself, ISO 8601 at the precision given (`2025`, `2025-02`,
    /// `2025-02-18`, `2025-02-27T01:36:37Z`).
    case absolute(String)
    /// A day and month without a year: «18 فبراير الماضي».
    case dayOfMonth(month: Int, day: Int, qualifier: DateVocabulary.Qualifier)
    /// A month without a year: «يناير الماضي».
    case month(Int, qualifier: DateVocabulary.Qualifier)
    /// «اليوم» (0), «أمس» (-1), «منذ 5 أيام» (-5).
    case daysFromReference(Int)
    /// «الأسبوع الماضي» (-1): an ISO week.
    case weeksFromReference(Int)
    /// «الشهر الماضي» (-1), «منذ شهرين» (-2).
    case monthsFromReference(Int)
    /// «العام الماضي» (-1).
    case yearsFromReference(Int)
    /// «الخميس»: the last such weekday on or before the reference day (1 Sunday … 7 Saturday).
    case weekday(Int)
    /// «السنوات الماضية», «العقد الأخير»: a period without fixed bounds; its value is always null.
    case vague
    /// «١٤ رمضان ١٤٤٦ هـ»: a Hijri date, not converted (the month's start depends on the moon sighting),
    /// so its value is always null.
    case hijri(year: Int, month: Int, day: Int)

    /// Whether the value depends on a reference day.
    public var isRelative: Bool {
        switch self {
        case .absolute, .hijri: false
        default: true
        }
    }

    /// The ISO 8601 value, resolved against `reference` where the text is relative; nil when it
    /// is relative and there is no reference, or when it would fall outside the years 0001–9999
    /// (`--as-of 0001-01-06` and «قبل أسبوع»), which `YYYY-MM-DD` cannot write.
    public func value(against reference: CalendarDay?) -> String? {
        if case .absolute(let value) = self { return value }
        guard let reference else { return nil }
        switch self {
        case .absolute(let value):
            return value
        case let .dayOfMonth(month, day, qualifier):
            var year = reference.year
            switch qualifier {
            case .past, .none: if (month, day) > (reference.month, reference.day) { year -= 1 }
            case .next: if (month, day) < (reference.month, reference.day) { year += 1 }
            case .current: break
            }
            return CalendarDay(year: year, month: month, day: day)?.iso
        case let .month(month, qualifier):
            var year = reference.year
            switch qualifier {
            case .past: if month >= reference.month { year -= 1 }
            case .none: if month > reference.month { year -= 1 }
            case .next: if month <= reference.month { year += 1 }
            case .current: break
            }
            return CalendarDay(year: year, month: month, day: 1)?.yearMonth
        case .daysFromReference(let days):
            return reference.adding(days: days)?.iso
        case .weeksFromReference(let weeks):
            return reference.adding(days: 7 * weeks)?.isoWeek
        case .monthsFromReference(let months):
            return reference.month(adding: months)
        case .yearsFromReference(let years):
            let (year, overflow) = reference.year.addingReportingOverflow(years)
            guard !overflow, let january = CalendarDay(year: year, month: 1, day: 1) else { return nil }
            return String(january.iso.prefix(4))
        case .weekday(let weekday):
            let back = (reference.weekday - weekday + 7) % 7
            return reference.adding(days: -back)?.iso
        case .vague, .hijri:
            return nil
        }
    }
}
