/// A date value in one of the ISO 8601 forms annotations accept, checked against the calendar.
///
/// Accepted: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www` (ISO week), and
/// `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`. `2025-02-30`, `2025-13`, `2025-W54` and
/// `24:00:00` are refused.
///
/// ```swift
/// ISODate("2025-02-27")?.precision        // .day
/// ISODate("2025-02-30")                   // nil
/// ISODate.problem(with: "2025-02-30")     // "2025-02-30 is not a calendar date (February 2025 has 28 days)"
/// ```
public struct ISODate: Sendable, Hashable {
    /// How much of the date the value gives.
    public enum Precision: String, Sendable, Hashable, Comparable {
        case year, month, week, day, second

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .week: 2
            case .day: 3
            case .second: 4
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    public var week: Int?
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Minutes east of UTC for a date-time (`Z` is 0).
    public var utcOffsetMinutes: Int?
    public var precision: Precision

    /// Parses `text`; nil when it is not one of the accepted forms or not a real calendar date.
    public init?(_ text: String) {
        guard case .success(let date) = Self.parse(text) else { return nil }
        self = date
    }

    private init(year: Int, precision: Precision) {
        self.year = year
        self.precision = precision
    }

    /// Why `text` is not an accepted ISO 8601 date, or nil when it is.
    public static func problem(with text: String) -> String? {
        if case .failure(let problem) = parse(text) { return problem.message }
        return nil
    }

    package struct Problem: Error {
        package var message: String
    }

    package static func parse(_ text: String) -> Result<ISODate, Problem> {
        let forms = "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM"
        let characters = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count else { return nil }
            var value = 0
            for index in range {
                let byte = characters[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func byte(_ index: Int) -> UInt8? { index < characters.count ? characters[index] : nil }
        let notAccepted = Problem(message: "'\(text)' is not an ISO 8601 date in an accepted form (\(forms))")

        guard let year = number(0..<4) else { return .failure(notAccepted) }
        var date = ISODate(year: year, precision: .year)
        if characters.count == 4 { return .success(date) }
        guard byte(4) == UInt8(ascii: "-") else { return .failure(notAccepted) }
        if byte(5) == UInt8(ascii: "W") {
            guard characters.count == 8, let week = number(6..<8) else { return .failure(notAccepted) }
            let weeks = weeksInISOYear(year)
            guard (1...weeks).contains(week) else {
                return .failure(Problem(message: "'\(text)' names week \(week), but \(year) has \(weeks) ISO weeks"))
            }
            date.week = week
            date.precision = .week
            return .success(date)
        }
        guard let month = number(5..<7) else { return .failure(notAccepted) }
        guard (1...12).contains(month) else { return .failure(Problem(message: "'\(text)' names month \(month), which does not exist")) }
        date.month = month
        date.precision = .month
        if characters.count == 7 { return .success(date) }
        guard byte(7) == UInt8(ascii: "-"), let day = number(8..<10) else { return .failure(notAccepted) }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return .failure(Problem(message: "'\(text)' is not a calendar date (\(monthNames[month - 1]) \(year) has \(days) days)"))
        }
        date.day = day
        date.precision = .day
        if characters.count == 10 { return .success(date) }
        guard byte(10) == UInt8(ascii: "T"), let hour = number(11..<13), byte(13) == UInt8(ascii: ":"),
              let minute = number(14..<16), byte(16) == UInt8(ascii: ":"), let second = number(17..<19)
        else { return .failure(notAccepted) }
        guard hour < 24, minute < 60, second < 60 else {
            return .failure(Problem(message: "'\(text)' has a time of day that does not exist"))
        }
        date.hour = hour
        date.minute = minute
        date.second = second
        date.precision = .second
        if characters.count == 20, byte(19) == UInt8(ascii: "Z") {
            date.utcOffsetMinutes = 0
            return .success(date)
        }
        guard characters.count == 25, let sign = byte(19), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
              let offsetHours = number(20..<22), byte(22) == UInt8(ascii: ":"), let offsetMinutes = number(23..<25),
              offsetHours <= 14, offsetMinutes < 60
        else {
            return .failure(Problem(message: "'\(text)' is a date-time without a valid zone: end it with Z or ±HH:MM"))
        }
        date.utcOffsetMinutes = (sign == UInt8(ascii: "+") ? 1 : -1) * (offsetHours * 60 + offsetMinutes)
        return .success(date)
    }

    package static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Whether `year` is a leap year in the proleptic Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1–12) in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
    public static func weeksInISOYear(_ year: Int) -> Int {
        let january1 = weekday(year: year, month: 1, day: 1)  // 1 = Monday … 7 = Sunday
        return january1 == 4 || (january1 == 3 && isLeapYear(year)) ? 53 : 52
    }

    /// The ISO weekday (1 = Monday … 7 = Sunday) of a Gregorian date (Zeller's congruence).
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        var y = year
        var m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100
        let j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7  // 0 = Saturday
        return ((h + 5) % 7) + 1
    }
}
