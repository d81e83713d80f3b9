/// The project's one ISO 8601 date type: gold values, predicted values, and how two of them compare.
///
/// Annotation forms (``init(_:)``, what the validator accepts): `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
/// `YYYY-Www` (ISO week), and a date-time `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` followed by `Z` or
/// `±HH:MM`. `2025-02-30`, `2025-13`, `2025-W54` and `24:00` are refused.
///
/// Prediction forms (``init(prediction:)``, what the metrics read from other people's programs) add a
/// space for the `T`, a fraction of a second, a leap second `:60`, an offset written `±HH` or `±HHMM`, and no
/// zone at all (read as UTC).
///
/// Two values are the same (``denotesSameValue(as:)``, what the date metrics count) when they denote the same
/// instant (both with a time of day, offsets applied: `2013-08-28T10:00:00Z` = `2013-08-28T14:00+04:00`) or the
/// same calendar year, month, week or day at the same precision.
///
/// ```swift
/// ISODate("2025-02-27")?.precision                       // .day
/// ISODate("2013-08-28T14:00+04:00")?.precision           // .minute
/// ISODate("2025-02-30")                                  // nil
/// ISODate.problem(with: "2025-02-30")     // "'2025-02-30' is not a calendar date (February 2025 has 28 days)"
/// ISODate.sameValue("2013-08-28T10:00:00Z", "2013-08-28T14:00+04:00")   // true
/// ```
///
/// - Complexity: parsing is O(n) in the length of the text; comparisons are O(1).
public struct ISODate: Sendable, Hashable {
    /// How much of the date the value gives.
    public enum Precision: String, Sendable, Hashable, Comparable {
        case year, month, week, day, minute, second

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .week: 2
            case .day: 3
            case .minute: 4
            case .second: 5
            }
        }

        /// Whether the value has a time of day (minute or second precision).
        public var hasTimeOfDay: Bool { self >= .minute }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    public var week: Int?
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Minutes east of UTC for a date-time (`Z` is 0); nil when a predicted date-time wrote no zone.
    public var utcOffsetMinutes: Int?
    public var precision: Precision

    /// Parses `text` in one of the annotation forms; nil when it is not one or not a real calendar date.
    public init?(_ text: String) {
        guard case .success(let date) = Self.parse(text, forms: .annotation) else { return nil }
        self = date
    }

    /// Parses `text` in one of the more lenient prediction forms; nil when it is not one.
    public init?(prediction text: String) {
        guard case .success(let date) = Self.parse(text, forms: .prediction) else { return nil }
        self = date
    }

    private init(year: Int, precision: Precision) {
        self.year = year
        self.precision = precision
    }

    /// Why `text` is not an ISO 8601 date in an annotation form, or nil when it is.
    public static func problem(with text: String) -> String? {
        if case .failure(let problem) = parse(text, forms: .annotation) { return problem.message }
        return nil
    }

    /// The instant in seconds since 1970-01-01T00:00:00Z, for values with a time of day (a missing zone is UTC).
    public var secondsSinceEpoch: Int? {
        guard precision.hasTimeOfDay, let month, let day, let hour, let minute else { return nil }
        let days = GregorianCalendar.daysSinceEpoch(year: year, month: month, day: day)
        return days * 86_400 + hour * 3600 + minute * 60 + (second ?? 0) - (utcOffsetMinutes ?? 0) * 60
    }

    /// Whether the two values denote the same instant (both with a time of day, offsets applied; minute and
    /// second precision compare as instants) or the same year, month, week or day at the same precision.
    public func denotesSameValue(as other: ISODate) -> Bool {
        if precision.hasTimeOfDay || other.precision.hasTimeOfDay {
            guard let mine = secondsSinceEpoch, let theirs = other.secondsSinceEpoch else { return false }
            return mine == theirs
        }
        return precision == other.precision && year == other.year && month == other.month && week == other.week
            && day == other.day
    }

    /// Whether two date values are the same for the date metrics: both null, or both dates (annotation or
    /// prediction forms) that ``denotesSameValue(as:)``; text that is no date is compared as text.
    public static func sameValue(_ first: String?, _ second: String?) -> Bool {
        switch (first, second) {
        case (nil, nil): return true
        case let (first?, second?):
            guard let firstDate = ISODate(prediction: first), let secondDate = ISODate(prediction: second) else {
                return first == second
            }
            return firstDate.denotesSameValue(as: secondDate)
        default: return false
        }
    }

    /// Whether `predicted` gives this (gold) value at the gold's precision: the same instant when both have a
    /// time of day; otherwise the same year, month, week or day as written, the prediction being at least as
    /// precise.
    public func isMatched(atItsPrecisionBy predicted: ISODate) -> Bool {
        if let goldSeconds = secondsSinceEpoch, let predictedSeconds = predicted.secondsSinceEpoch {
            return goldSeconds == predictedSeconds
        }
        switch precision {
        case .year: return predicted.year == year
        case .month: return predicted.month != nil && predicted.year == year && predicted.month == month
        case .week: return predicted.precision == .week && predicted.year == year && predicted.week == week
        case .day, .minute, .second:
            return predicted.day != nil && predicted.year == year && predicted.month == month && predicted.day == day
        }
    }

    // MARK: - Parsing

    package struct Problem: Error {
        package var message: String
    }

    /// Which forms a parse accepts.
    package enum Forms {
        case annotation, prediction
    }

    package static func parse(_ text: String, forms: Forms) -> Result<ISODate, Problem> {
        let accepted = "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM"
        let characters = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= characters.count else { return nil }
            var value = 0
            for byte in characters[index..<(index + digits)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func accept(_ character: Unicode.Scalar) -> Bool {
            guard index < characters.count, characters[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }
        var atEnd: Bool { index == characters.count }
        let notAccepted = Problem(message: "'\(text)' is not an ISO 8601 date in an accepted form (\(accepted))")

        guard let year = number(4) else { return .failure(notAccepted) }
        var date = ISODate(year: year, precision: .year)
        if atEnd { return .success(date) }
        guard accept("-") else { return .failure(notAccepted) }
        if accept("W") {
            guard let week = number(2), atEnd else { return .failure(notAccepted) }
            let weeks = weeksInISOYear(year)
            guard (1...weeks).contains(week) else {
                return .failure(Problem(message: "'\(text)' names week \(week), but \(year) has \(weeks) ISO weeks"))
            }
            date.week = week
            date.precision = .week
            return .success(date)
        }
        guard let month = number(2) else { return .failure(notAccepted) }
        guard (1...12).contains(month) else { return .failure(Problem(message: "'\(text)' names month \(month), which does not exist")) }
        date.month = month
        date.precision = .month
        if atEnd { return .success(date) }
        guard accept("-"), let day = number(2) else { return .failure(notAccepted) }
        let days = GregorianCalendar.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return .failure(Problem(message: "'\(text)' is not a calendar date (\(monthNames[month - 1]) \(year) has \(days) days)"))
        }
        date.day = day
        date.precision = .day
        if atEnd { return .success(date) }
        guard accept("T") || (forms == .prediction && accept(" ")) else { return .failure(notAccepted) }
        guard let hour = number(2), accept(":"), let minute = number(2) else { return .failure(notAccepted) }
        let impossibleTime = Problem(message: "'\(text)' has a time of day that does not exist")
        guard hour < 24, minute < 60 else { return .failure(impossibleTime) }
        date.hour = hour
        date.minute = minute
        date.precision = .minute
        if accept(":") {
            guard let second = number(2) else { return .failure(notAccepted) }
            // A leap second is a real reading of a clock; gold values never need one.
            guard second < (forms == .prediction ? 61 : 60) else { return .failure(impossibleTime) }
            date.second = second
            date.precision = .second
            if forms == .prediction, accept(".") || accept(",") {
                guard number(1) != nil else { return .failure(notAccepted) }
                while number(1) != nil {}
            }
        }
        let zoneProblem = Problem(message: "'\(text)' is a date-time without a valid zone: end it with Z or ±HH:MM")
        if accept("Z") {
            date.utcOffsetMinutes = 0
        } else if index < characters.count, characters[index] == UInt8(ascii: "+") || characters[index] == UInt8(ascii: "-") {
            let sign = characters[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let offsetHours = number(2), offsetHours <= 14 else { return .failure(zoneProblem) }
            var offsetMinutes = 0
            if accept(":") {
                guard let minutes = number(2) else { return .failure(zoneProblem) }
                offsetMinutes = minutes
            } else if forms == .prediction, let minutes = number(2) {
                offsetMinutes = minutes
            } else if forms == .annotation {
                return .failure(zoneProblem)
            }
            guard offsetMinutes < 60 else { return .failure(zoneProblem) }
            date.utcOffsetMinutes = sign * (offsetHours * 60 + offsetMinutes)
        } else if forms == .annotation {
            return .failure(zoneProblem)
        }
        guard atEnd else { return .failure(forms == .annotation ? zoneProblem : notAccepted) }
        return .success(date)
    }

    // MARK: - Calendar

    package static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
    public static func weeksInISOYear(_ year: Int) -> Int {
        let january1 = weekday(year: year, month: 1, day: 1)  // 1 = Monday … 7 = Sunday
        return january1 == 4 || (january1 == 3 && GregorianCalendar.isLeap(year)) ? 53 : 52
    }

    /// The ISO weekday (1 = Monday … 7 = Sunday) of a Gregorian date.
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        GregorianCalendar.isoWeekday(daysSinceEpoch: GregorianCalendar.daysSinceEpoch(year: year, month: month, day: day))
    }
}
