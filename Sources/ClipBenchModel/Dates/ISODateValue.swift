/// An ISO 8601 calendar date or date-time, as far as publication dates need: `2025`, `2025-04`,
/// `2025-04-10`, `2025-04-10T08:00`, `2025-04-10T08:00:00.5+03:00`, `…Z`; a space may replace the `T`.
public struct ISODateValue: Sendable, Hashable {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day, second
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds since midnight, local to the written offset; nil for a date without a time.
    public var secondOfDay: Int?
    /// The written offset from UTC in seconds (0 for `Z` or none).
    public var offsetSeconds: Int
    public var precision: Precision

    /// Parses `text`, or returns nil when it is not one of the accepted forms.
    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<(index + digits)] {
                guard scalar.value >= 0x30 && scalar.value <= 0x39 else { return nil }
                value = value * 10 + Int(scalar.value - 0x30)
            }
            index += digits
            return value
        }
        func accept(_ character: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = number(4) else { return nil }
        self.year = year
        month = 1
        day = 1
        secondOfDay = nil
        offsetSeconds = 0
        precision = .year
        if accept("-") {
            guard let month = number(2), (1...12).contains(month) else { return nil }
            self.month = month
            precision = .month
            if accept("-") {
                guard let day = number(2), (1...31).contains(day) else { return nil }
                self.day = day
                precision = .day
                if accept("T") || accept(" ") {
                    guard let hour = number(2), hour < 24, accept(":"), let minute = number(2), minute < 60 else { return nil }
                    var second = 0
                    if accept(":") {
                        guard let value = number(2), value < 61 else { return nil }
                        second = value
                        if accept(".") || accept(",") {
                            let start = index
                            while index < scalars.count, scalars[index].value >= 0x30, scalars[index].value <= 0x39 { index += 1 }
                            guard index > start else { return nil }
                        }
                    }
                    secondOfDay = hour * 3600 + minute * 60 + second
                    precision = .second
                    if accept("Z") {
                        offsetSeconds = 0
                    } else if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
                        let sign = scalars[index] == "-" ? -1 : 1
                        index += 1
                        guard let hours = number(2) else { return nil }
                        _ = accept(":")
                        let minutes = number(2) ?? 0
                        offsetSeconds = sign * (hours * 3600 + minutes * 60)
                    }
                }
            }
        }
        guard index == scalars.count else { return nil }
    }

    /// The instant in seconds since 1970-01-01T00:00:00Z, for values with a time of day.
    public var secondsSinceEpoch: Int? {
        guard let secondOfDay else { return nil }
        return Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + secondOfDay - offsetSeconds
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    package static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
