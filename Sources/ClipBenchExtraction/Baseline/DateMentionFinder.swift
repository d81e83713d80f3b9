import ClipBenchCore
import ClipBenchModel

/// Finds temporal expressions in the tokens of one line, each by a small named rule.
///
/// Rules, tried in this order at each token: ISO date and time (`2025-02-27@01:36:37 GMT`),
/// numeric day-month-year (`١٠-٠٤-٢٠٢٥`, even glued to a word), a weekday (`يوم الخميس`, absorbing
/// a date right after it), day and month name (`18 فبراير`, `الـ18 من فبراير الجاري`,
/// `27th, February 2025`, `14 نوفمبر تشرين الثاني`), month name first (`فبراير 2022`,
/// `February 27, 2025`, `يناير الماضي`), a year after «عام» (`عام 2018`), «منذ/قبل» with a count
/// (`منذ 5 أيام`, `منذ يومين`), the day words «اليوم» «أمس» «غداً» «الآن» (a glued «و» left out), a
/// period with a qualifier (`الأسبوع الماضي`), and vague periods (`السنوات الماضية`, `العقد الأخير`, never
/// given a value). «يوم» before a weekday or a date, and «نهاية»/«مطلع» before a month, are part of the span.
///
/// ```swift
/// let text = SeedText("عقد في 18 فبراير الماضي")
/// let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
/// DateMentionFinder.findings(in: tokens)   // one finding, 7..<23, .dayOfMonth(month: 2, day: 18, qualifier: .past)
/// ```
///
/// - Complexity: O(n) in the number of tokens.
public enum DateMentionFinder {
    public static func findings(in tokens: [TextToken]) -> [DateFinding] {
        let line = Line(tokens: tokens)
        var result: [DateFinding] = []
        var index = 0
        while index < tokens.count {
            if let match = line.match(at: index) {
                result.append(DateFinding(start: match.start ?? tokens[match.first].start, end: tokens[match.last].end, meaning: match.meaning))
                index = match.last + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// A match: the first and last token it covers and its meaning.
    package struct Match {
        package var first: Int
        package var last: Int
        package var meaning: DateMeaning
        /// Where the span starts when not at the first token's start (a glued «و» cut off).
        package var start: Int?
    }

    /// The tokens of one line and the rules that read them.
    package struct Line {
        package let tokens: [TextToken]

        package func match(at index: Int) -> Match? {
            let rules: [(Int) -> Match?] = [
                isoDate, numericDayMonthYear, yearMonthDayCharacters, weekdayName, solarHijriDate, hijriDate,
                dayAndMonth, monthFirst, yearAfterWord, countAgo, countThenAgo, dayWord, periodWithQualifier, vaguePeriod,
            ]
            for rule in rules {
                if let found = rule(index) { return withTime(found) }
            }
            return nil
        }

        /// A day followed by its time («13 مارس 2025 - 09:30 ص», `12.03.2024, 08:15 Uhr`, «à 18h05»):
        /// the time joins the match and the value.
        package func withTime(_ found: Match) -> Match {
            guard case .absolute(let value) = found.meaning, value.count == 10, let (time, last) = time(after: found.last) else { return found }
            return Match(first: found.first, last: last, meaning: .absolute(value + "T" + time), start: found.start)
        }

        // MARK: Rules

        /// `2025-02-27`, `2025/02/27`, `2025.05.15`, with an optional time `@01:36:37`, `T01:36`, ` 01:36 GMT`.
        package func isoDate(at index: Int) -> Match? {
            guard let year = year(at: index), let separator = symbol(at: index + 1), ["-", "/", "."].contains(separator),
                  glued(index, index + 1), let month = smallNumber(at: index + 2), glued(index + 1, index + 2),
                  symbol(at: index + 3) == separator, glued(index + 2, index + 3),
                  let day = smallNumber(at: index + 4), glued(index + 3, index + 4),
                  let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            var last = index + 4
            var value = date.iso
            var timeIndex = index + 5
            if let text = tokens[safe: timeIndex]?.text, text == "@" || text == "T", glued(last, timeIndex) { timeIndex += 1 }
            if let hour = smallNumber(at: timeIndex), hour < 24, symbol(at: timeIndex + 1) == ":",
               let minute = twoDigits(at: timeIndex + 2), minute < 60 {
                var time = "\(pad(hour)):\(pad(minute))"
                last = timeIndex + 2
                if symbol(at: last + 1) == ":", let second = twoDigits(at: last + 2), second < 60 {
                    time += ":\(pad(second))"
                    last += 2
                }
                var zone = ""
                if let zoneKey = key(at: last + 1), ["gmt", "utc", "z"].contains(zoneKey) {
                    zone = "Z"
                    last += 1
                }
                value += "T\(time)\(zone)"
            }
            return Match(first: index, last: last, meaning: .absolute(value))
        }

        /// `10-04-2025`, `١٠-٠٤-٢٠٢٥`, `10/4/2025`, `10.04.2025`, «١ / ١٢ / ٢٠٢٠» (spaced alike around
        /// both separators): day first unless that cannot be.
        package func numericDayMonthYear(at index: Int) -> Match? {
            guard let first = smallNumber(at: index), let separator = symbol(at: index + 1),
                  ["-", "/", "."].contains(separator),
                  let second = smallNumber(at: index + 2), symbol(at: index + 3) == separator,
                  let year = year(at: index + 4) else { return nil }
            let joints = (index..<(index + 4)).map { glued($0, $0 + 1) }
            guard joints.allSatisfy({ $0 }) || (separator != "." && joints.allSatisfy({ !$0 })) else { return nil }
            let (day, month) = second <= 12 ? (first, second) : (second, first)
            guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return Match(first: index, last: index + 4, meaning: .absolute(date.iso))
        }

        /// «يوم الخميس», «الخميس», «(الأربعاء)»; a date right after it joins the match.
        package func weekdayName(at index: Int) -> Match? {
            var nameIndex = index
            var start: Int?
            if let first = key(at: index), let (_, dropped) = ArabicMatching.strippingClitic(first, in: Self.dayNouns), dropped >= 0 {
                nameIndex = index + 1
                if dropped > 0 { start = tokens[index].offset(afterKeyScalars: dropped) }
                // «يوم 27 فبراير»: «يوم» is part of the date after it.
                if DateVocabulary.weekdays[key(at: nameIndex) ?? ""] == nil, let date = dayAndMonth(at: nameIndex) ?? numericDayMonthYear(at: nameIndex) {
                    return Match(first: index, last: date.last, meaning: date.meaning, start: start)
                }
            }
            guard let name = key(at: nameIndex), let weekday = DateVocabulary.weekdays[name] else { return nil }
            if nameIndex == index && DateVocabulary.ambiguousWeekdays.contains(name) { return nil }
            var next = nameIndex + 1
            if let mark = symbol(at: next), [",", "،"].contains(mark) { next += 1 }
            if let date = dayAndMonth(at: next) ?? numericDayMonthYear(at: next) {
                return Match(first: index, last: date.last, meaning: date.meaning, start: start)
            }
            return Match(first: index, last: nameIndex, meaning: .weekday(weekday), start: start)
        }

        /// «18 فبراير», «الـ18 من فبراير الجاري», «27th, February 2025», «14 نوفمبر تشرين الثاني 2024».
        package func dayAndMonth(at index: Int) -> Match? {
            guard let day = smallNumber(at: index), (1...31).contains(day) else { return nil }
            var first = index
            if index > 0, tokens[index - 1].kind == .arabicWord, tokens[index - 1].key == "ال", glued(index - 1, index) {
                first = index - 1
            }
            var next = index + 1
            if let suffix = tokens[safe: next], suffix.kind == .otherWord,
               DateVocabulary.ordinalSuffixes.contains(suffix.key), glued(index, next) { next += 1 }
            // «17. März 2020»: the German ordinal dot.
            if symbol(at: next) == ".", glued(index, next) { next += 1 }
            if let mark = symbol(at: next), [",", "،"].contains(mark) { next += 1 }
            if let word = key(at: next), Self.dayMonthLinks.contains(word) { next += 1 }
            guard let (month, afterMonth) = monthName(at: next) else { return nil }
            let last = lastOfMonthNames(startingAt: next, after: afterMonth)
            if let (year, yearLast) = yearAfter(last) {
                guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
                return Match(first: first, last: yearLast, meaning: .absolute(date.iso))
            }
            guard CalendarDay(year: 2000, month: month, day: day) != nil else { return nil }
            if let word = key(at: last + 1), let qualifier = DateVocabulary.qualifiers[word] {
                return Match(first: first, last: last + 1, meaning: .dayOfMonth(month: month, day: day, qualifier: qualifier))
            }
            return Match(first: first, last: last, meaning: .dayOfMonth(month: month, day: day, qualifier: .none))
        }

        /// «فبراير 2022», «February 27, 2025», "Nov. 4, 2023", «يناير الماضي», «في فبراير شباط».
        package func monthFirst(at index: Int) -> Match? {
            guard let (month, afterMonth) = monthName(at: index) else { return nil }
            let ambiguous = afterMonth == index + 1 && DateVocabulary.ambiguousMonths.contains(tokens[index].key)
            var last = lastOfMonthNames(startingAt: index, after: afterMonth)
            // "Nov. 4, 2023": the dot of an abbreviation, when a day follows.
            if symbol(at: last + 1) == ".", glued(last, last + 1), smallNumber(at: last + 2) != nil { last += 1 }
            if let day = smallNumber(at: last + 1), (1...31).contains(day) {
                var next = last + 2
                if let suffix = tokens[safe: next], suffix.kind == .otherWord,
                   DateVocabulary.ordinalSuffixes.contains(suffix.key), glued(next - 1, next) { next += 1 }
                if let (year, yearLast) = yearAfter(next - 1), let date = CalendarDay(year: year, month: month, day: day) {
                    return Match(first: index, last: yearLast, meaning: .absolute(date.iso))
                }
                guard CalendarDay(year: 2000, month: month, day: day) != nil else { return nil }
                return Match(first: index, last: next - 1, meaning: .dayOfMonth(month: month, day: day, qualifier: .none))
            }
            if let (year, yearLast) = yearAfter(last), let date = CalendarDay(year: year, month: month, day: 1) {
                return Match(first: index, last: yearLast, meaning: .absolute(date.yearMonth))
            }
            guard !ambiguous else { return nil }
            // «نهاية نوفمبر», «مطلع يناير الماضي»: the part of the month belongs to the expression.
            let first = Self.monthParts.contains(key(at: index - 1) ?? "") ? index - 1 : index
            if let word = key(at: last + 1), let qualifier = DateVocabulary.qualifiers[word] {
                return Match(first: first, last: last + 1, meaning: .month(month, qualifier: qualifier))
            }
            if let before = key(at: index - 1), DateVocabulary.monthIntroducers.contains(before) {
                return Match(first: first, last: last, meaning: .month(month, qualifier: .none))
            }
            return nil
        }

        /// `2025年1月13日` (Chinese and Japanese): year, month and day each followed by its character.
        package func yearMonthDayCharacters(at index: Int) -> Match? {
            guard let year = year(at: index), key(at: index + 1) == "年", let month = smallNumber(at: index + 2),
                  key(at: index + 3) == "月", let day = smallNumber(at: index + 4), key(at: index + 5) == "日",
                  (index..<(index + 5)).allSatisfy({ glued($0, $0 + 1) }),
                  let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return Match(first: index, last: index + 5, meaning: .absolute(date.iso))
        }

        /// «۲۴ اسفند ۱۴۰۳»: a Solar Hijri date, converted to its Gregorian day.
        package func solarHijriDate(at index: Int) -> Match? {
            guard let day = smallNumber(at: index), let name = key(at: index + 1), let month = DateVocabulary.solarHijriMonths[name],
                  let token = tokens[safe: index + 2], token.digitCount == 4, let year = token.numberValue, (1300...1500).contains(year),
                  let date = SolarHijriDay.gregorian(year: year, month: month, day: day) else { return nil }
            return Match(first: index, last: index + 2, meaning: .absolute(date.iso))
        }

        /// «١٤ رمضان ١٤٤٦ هـ», «12 ربيع الأول 1447»: a Hijri date, found but given no Gregorian value.
        package func hijriDate(at index: Int) -> Match? {
            guard let day = smallNumber(at: index), (1...30).contains(day) else { return nil }
            for length in [2, 1] {
                let words = (1...length).compactMap { key(at: index + $0) }
                guard words.count == length, let month = DateVocabulary.hijriMonths[words],
                      let token = tokens[safe: index + length + 1], token.digitCount == 4,
                      let year = token.numberValue, (1300...1500).contains(year) else { continue }
                var last = index + length + 1
                if key(at: last + 1) == "ه" { last += 1 }  // the key of «هـ»
                return Match(first: index, last: last, meaning: .hijri(year: year, month: month, day: day))
            }
            return nil
        }

        /// «عام 2018», «العام 2022», «سنة 2020».
        package func yearAfterWord(at index: Int) -> Match? {
            guard let word = key(at: index), Self.yearWords.contains(word),
                  let (year, last) = yearAfter(index) else { return nil }
            return Match(first: index, last: last, meaning: .absolute(String(year)))
        }

        /// «منذ 5 أيام», «منذ يوم واحد», «منذ يومين», «قبل 3 ساعات», «منذ ساعة».
        package func countAgo(at index: Int) -> Match? {
            guard let word = key(at: index), Self.agoWords.contains(word) else { return nil }
            var count: Int
            var unit: DateVocabulary.Unit
            var last: Int
            if let number = tokens[safe: index + 1]?.numberValue, number <= 1000,
               let word = key(at: index + 2), let found = DateVocabulary.units[word], !found.dual {
                (count, unit, last) = (number, found.unit, index + 2)
            } else if let word = key(at: index + 1), let found = DateVocabulary.units[word] {
                if found.dual {
                    (count, unit, last) = (2, found.unit, index + 1)
                } else if let one = key(at: index + 2), Self.oneWords.contains(one) {
                    (count, unit, last) = (1, found.unit, index + 2)
                } else if found.unit == .hour || found.unit == .week {
                    (count, unit, last) = (1, found.unit, index + 1)
                } else {
                    return nil
                }
            } else {
                return nil
            }
            let meaning: DateMeaning
            switch unit {
            case .hour: meaning = .daysFromReference(0)
            case .day: meaning = .daysFromReference(-count)
            case .week: meaning = .daysFromReference(-7 * count)
            case .month: meaning = .monthsFromReference(-count)
            case .year: meaning = .yearsFromReference(-count)
            }
            return Match(first: index, last: last, meaning: meaning)
        }

        /// "2 hours ago", "3 days ago", "a week ago", "yesterday": the English relative datelines of page dumps.
        package func countThenAgo(at index: Int) -> Match? {
            if key(at: index) == "yesterday" { return Match(first: index, last: index, meaning: .daysFromReference(-1)) }
            let count: Int
            if let number = tokens[safe: index]?.numberValue, number <= 1000 {
                count = number
            } else if let word = key(at: index), word == "a" || word == "an" || word == "one" {
                count = 1
            } else {
                return nil
            }
            guard let word = key(at: index + 1), let unit = Self.englishUnits[word], key(at: index + 2) == "ago" else { return nil }
            let meaning: DateMeaning
            switch unit {
            case .hour: meaning = .daysFromReference(0)
            case .day: meaning = .daysFromReference(-count)
            case .week: meaning = .daysFromReference(-7 * count)
            case .month: meaning = .monthsFromReference(-count)
            case .year: meaning = .yearsFromReference(-count)
            }
            return Match(first: index, last: index + 2, meaning: meaning)
        }

        /// «اليوم» (with a weekday after it, «اليوم الخميس»), «أمس», «امس», «أول أمس», «غداً».
        package func dayWord(at index: Int) -> Match? {
            guard let word = key(at: index) else { return nil }
            if word == "اول", key(at: index + 1) == "امس" {  // keys of «أول أمس»
                return Match(first: index, last: index + 1, meaning: .daysFromReference(-2))
            }
            guard let (found, dropped) = ArabicMatching.strippingClitic(word, in: Self.dayWordSet), dropped >= 0,
                  let offset = Self.dayWords[found] else { return nil }
            if let next = key(at: index + 1), Self.notADay.contains(next) { return nil }
            var last = index
            if offset == 0, let next = key(at: index + 1), DateVocabulary.weekdays[next] != nil { last = index + 1 }
            // «واليوم»: the glued conjunction is not part of the expression.
            let start = dropped > 0 ? tokens[index].offset(afterKeyScalars: dropped) : nil
            return Match(first: index, last: last, meaning: .daysFromReference(offset), start: start)
        }

        /// «السنوات الماضية», «السنوات القليلة الماضية», «العقد الأخير»: a period with no fixed
        /// bounds, found but never given a value.
        package func vaguePeriod(at index: Int) -> Match? {
            guard let word = key(at: index), Self.vaguePeriods.contains(word) else { return nil }
            var next = index + 1
            if key(at: next) == "القليله" { next += 1 }
            guard let qualifier = key(at: next), DateVocabulary.qualifiers[qualifier] != nil || Self.latestWords.contains(qualifier) else { return nil }
            return Match(first: index, last: next, meaning: .vague)
        }

        /// «الأسبوع الماضي», «الشهر المقبل», «العام الجاري».
        package func periodWithQualifier(at index: Int) -> Match? {
            guard let word = key(at: index), let unit = DateVocabulary.periods[word],
                  let next = key(at: index + 1), let qualifier = DateVocabulary.qualifiers[next] else { return nil }
            let step: Int
            switch qualifier {
            case .past: step = -1
            case .next: step = 1
            case .current, .none: step = 0
            }
            let meaning: DateMeaning
            switch unit {
            case .week: meaning = .weeksFromReference(step)
            case .month: meaning = .monthsFromReference(step)
            case .year: meaning = .yearsFromReference(step)
            case .day, .hour: meaning = .daysFromReference(step)
            }
            return Match(first: index, last: index + 1, meaning: meaning)
        }

        // MARK: Word lists

        /// Words between a day and its month: «الـ18 من فبراير», "27th of February", «5 de mayo».
        package static let dayMonthLinks: Set<String> = Set(ArabicMatching.keys("من of de del"))

        package static let yearWords: Set<String> = Set(ArabicMatching.keys("عام العام سنة السنة year"))
        package static let agoWords: Set<String> = Set(ArabicMatching.keys("منذ قبل"))
        package static let englishUnits: [String: DateVocabulary.Unit] = [
            "minute": .hour, "minutes": .hour, "hour": .hour, "hours": .hour, "day": .day, "days": .day,
            "week": .week, "weeks": .week, "month": .month, "months": .month, "year": .year, "years": .year,
        ]
        package static let oneWords: Set<String> = Set(ArabicMatching.keys("واحد واحدة"))
        package static let dayWords: [String: Int] = [
            ArabicMatching.key("اليوم"): 0, ArabicMatching.key("أمس"): -1,
            ArabicMatching.key("البارحة"): -1, ArabicMatching.key("غداً"): 1,
            ArabicMatching.key("الآن"): 0, ArabicMatching.key("الليلة"): 0,
        ]
        package static let dayWordSet: Set<String> = Set(dayWords.keys)
        /// Plural periods and the decade: «السنوات الماضية», «العقد الأخير».
        package static let vaguePeriods: Set<String> = Set(ArabicMatching.keys("السنوات الأعوام الأشهر الشهور الأسابيع الأيام العقود العقد"))
        /// «الأخير», «الأخيرة»: the latest.
        package static let latestWords: Set<String> = Set(ArabicMatching.keys("الأخير الأخيرة"))
        /// Parts of a month: «نهاية نوفمبر», «مطلع يناير».
        package static let monthParts: Set<String> = Set(ArabicMatching.keys("بداية نهاية مطلع أواخر أوائل منتصف"))
        /// «يوم» before a weekday, with a clitic («ويوم»).
        package static let dayNouns: Set<String> = [ArabicMatching.key("يوم")]
        /// «اليوم التالي» (the next day) and the like are relative to something else.
        package static let notADay: Set<String> = Set(ArabicMatching.keys("التالي السابق نفسه ذاته الأول الثاني الوطني العالمي"))

        // MARK: Token helpers

        package func key(at index: Int) -> String? {
            guard let token = tokens[safe: index], token.isWord else { return nil }
            return token.key
        }

        package func symbol(at index: Int) -> String? {
            guard let token = tokens[safe: index], token.kind == .symbol else { return nil }
            return token.text
        }

        /// Whether two tokens touch, with no whitespace between them.
        package func glued(_ left: Int, _ right: Int) -> Bool {
            guard let a = tokens[safe: left], let b = tokens[safe: right] else { return false }
            return a.end == b.start
        }

        /// A one- or two-digit number.
        package func smallNumber(at index: Int) -> Int? {
            guard let token = tokens[safe: index], token.digitCount <= 2 else { return nil }
            return token.numberValue
        }

        package func twoDigits(at index: Int) -> Int? {
            guard let token = tokens[safe: index], token.digitCount == 2 else { return nil }
            return token.numberValue
        }

        /// A four-digit year between 1900 and 2100.
        package func year(at index: Int) -> Int? {
            guard let token = tokens[safe: index], token.digitCount == 4, let value = token.numberValue,
                  (1900...2100).contains(value) else { return nil }
            return value
        }

        /// A year after token `last` (an optional comma or «de» between), with an optional «م» after it.
        package func yearAfter(_ last: Int) -> (year: Int, last: Int)? {
            var next = last + 1
            if let mark = symbol(at: next), [",", "،"].contains(mark), year(at: next + 1) != nil { next += 1 }
            if let word = key(at: next), word == "de" || word == "del", year(at: next + 1) != nil { next += 1 }
            guard let value = year(at: next) else { return nil }
            if key(at: next + 1) == "م" { return (value, next + 1) }
            return (value, next)
        }

        /// A month name starting at `index`: its number and the index after it.
        package func monthName(at index: Int) -> (month: Int, next: Int)? {
            guard let word = key(at: index) else { return nil }
            if let second = DateVocabulary.twoWordMonths[word], let next = key(at: index + 1), let month = second[next] {
                return (month, index + 2)
            }
            guard let month = DateVocabulary.singleWordMonths[word] else { return nil }
            return (month, index + 1)
        }

        /// The last token of a month name starting at `index` (ending before `after`), taking in a second
        /// name for the same month: «نوفمبر تشرين الثاني», «نيسان / أبريل», «آب/اغسطس».
        package func lastOfMonthNames(startingAt index: Int, after: Int) -> Int {
            if let (_, afterSecond) = monthName(at: after) { return afterSecond - 1 }
            if symbol(at: after) == "/", let (_, afterSecond) = monthName(at: after + 1) { return afterSecond - 1 }
            return after - 1
        }

        /// A time after token `last`, within three tokens of separators or words such as «الساعة» or «à»:
        /// `09:30`, `18h05`, `4:15 p.m.`, `10:30 م`, `18時05分`, `08:15 Uhr`, `11:05 GMT`; the value as
        /// `HH:MM` or `HH:MM:SS`, with `Z` after GMT or UTC.
        package func time(after last: Int) -> (time: String, last: Int)? {
            var next = last + 1
            var skipped = 0
            while skipped < 3, let token = tokens[safe: next],
                  (token.kind == .symbol && Self.timeSeparators.contains(token.text)) || (token.isWord && DateVocabulary.timeIntroducers.contains(token.key)) {
                next += 1
                skipped += 1
            }
            guard var hour = smallNumber(at: next), hour < 24, let mark = tokens[safe: next + 1], [":", "h", "時"].contains(mark.key),
                  glued(next, next + 1), let minute = twoDigits(at: next + 2), minute < 60, glued(next + 1, next + 2) else { return nil }
            var end = next + 2
            var seconds = ""
            if symbol(at: end + 1) == ":", glued(end, end + 1), let second = twoDigits(at: end + 2), second < 60 {
                seconds = ":\(pad(second))"
                end += 2
            }
            if key(at: end + 1) == "分" { end += 1 }
            if let word = key(at: end + 1), DateVocabulary.eveningMarks.contains(word) || DateVocabulary.morningMarks.contains(word) {
                if DateVocabulary.eveningMarks.contains(word), hour < 12 { hour += 12 } else if DateVocabulary.morningMarks.contains(word), hour == 12 { hour = 0 }
                end += 1
            } else if let letter = key(at: end + 1), letter == "a" || letter == "p", symbol(at: end + 2) == ".", key(at: end + 3) == "m" {
                // "4:15 p.m.", "9:00 a.m."
                if letter == "p", hour < 12 { hour += 12 } else if letter == "a", hour == 12 { hour = 0 }
                end += 3
                if symbol(at: end + 1) == ".", glued(end, end + 1) { end += 1 }
            }
            var zone = ""
            if let word = key(at: end + 1), word == "uhr" {
                end += 1
            } else if let word = key(at: end + 1), ["gmt", "utc"].contains(word) {
                zone = "Z"
                end += 1
            }
            return ("\(pad(hour)):\(pad(minute))\(seconds)\(zone)", end)
        }

        /// Marks between a date and its time: «13 مارس 2025 - 09:30», `17.03.2020 | 11:05`, `12.03.2024, 08:15`.
        package static let timeSeparators: Set<String> = ["-", "–", "—", "|", ",", "،", "·", "/", "@"]

        package func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    package subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
