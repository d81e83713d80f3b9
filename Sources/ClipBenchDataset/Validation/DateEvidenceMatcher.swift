import ClipBenchModel

/// Checks that the text stating a publication date says what its ISO value says.
///
/// Deliberately small: it does not parse dates, it checks that each number of the value can be
/// found in the evidence. Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic (U+06F0–U+06F9)
/// digits count as their ASCII values; the month may be written as a number or a name (English,
/// Egyptian/Gulf Arabic such as «فبراير», Levantine such as «شباط» or «كانون الثاني», Maghrebi such
/// as «فيفري»). So `27th, February 2025`, `27-02-2025`, `2025-02-27T01:36:37+00:00` and
/// «٢٧ فبراير ٢٠٢٥» all support `2025-02-27`; «منذ 5 أيام» supports nothing.
///
/// ```swift
/// DateEvidenceMatcher.missingParts(of: ISODate("2025-02-27")!, in: "27 فبراير 2025")   // []
/// DateEvidenceMatcher.missingParts(of: ISODate("2025-02-28")!, in: "27 فبراير 2025")   // ["day 28"]
/// ```
public enum DateEvidenceMatcher {
    /// The parts of `date` (year, month, day; hour and minute for a date-time) not found in `evidence`.
    public static func missingParts(of date: ISODate, in evidence: String) -> [String] {
        let numbers = Set(numbers(in: evidence))
        let months = monthsNamed(in: evidence)
        var missing: [String] = []
        if !numbers.contains(date.year) { missing.append("year \(date.year)") }
        if let month = date.month, !numbers.contains(month), !months.contains(month) {
            missing.append("month \(month)")
        }
        if let day = date.day, !numbers.contains(day) { missing.append("day \(day)") }
        if let week = date.week, !numbers.contains(week) { missing.append("week \(week)") }
        return missing
    }

    /// The time parts (hour, minute) of a date-time not found in `evidence`; a time zone conversion
    /// can make these differ legitimately, so callers report them as warnings.
    public static func missingTimeParts(of date: ISODate, in evidence: String) -> [String] {
        let numbers = Set(numbers(in: evidence))
        var missing: [String] = []
        if let hour = date.hour, !numbers.contains(hour) { missing.append("hour \(hour)") }
        if let minute = date.minute, !numbers.contains(minute) { missing.append("minute \(minute)") }
        return missing
    }

    /// Every run of digits in `text` (any of the three digit sets), as numbers.
    package static func numbers(in text: String) -> [Int] {
        var result: [Int] = []
        var current: Int? = nil
        var length = 0
        for scalar in text.unicodeScalars {
            if let digit = digitValue(scalar), length < 9 {
                current = (current ?? 0) * 10 + digit
                length += 1
            } else {
                if let value = current { result.append(value) }
                current = digitValue(scalar)
                length = current == nil ? 0 : 1
            }
        }
        if let value = current { result.append(value) }
        return result
    }

    package static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x660...0x669: Int(scalar.value - 0x660)
        case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)
        default: nil
        }
    }

    /// Month names and their numbers. Two-word Levantine names come first so «كانون الثاني»
    /// (January) is not read as «تشرين الثاني» (November) by a partial match.
    package static let monthNames: [(name: String, month: Int)] = [
        ("كانون الثاني", 1), ("كانون الأول", 12), ("كانون الاول", 12), ("تشرين الثاني", 11), ("تشرين الأول", 10),
        ("تشرين الاول", 10), ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4), ("أيار", 5), ("ايار", 5),
        ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9), ("ايلول", 9),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("مايو", 5),
        ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9),
        ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    /// The months named in `text`, matched as whole words (Latin case ignored).
    package static func monthsNamed(in text: String) -> Set<Int> {
        // Words: maximal runs of letters and marks; "27th," gives "th".
        let lowered = text.lowercased()
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.isCombiningMark {
                current.append(scalar)
            } else {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        var found: Set<Int> = []
        for (name, month) in monthNames {
            let parts = name.split(separator: " ").map(String.init)
            guard parts.count <= words.count else { continue }
            for start in 0...(words.count - parts.count) where Array(words[start..<start + parts.count]) == parts {
                found.insert(month)
            }
        }
        return found
    }
}
