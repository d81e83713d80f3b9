import Testing
@testable import ClipBench

struct DateMentionFinderTests {
    static let reference = CalendarDay(iso: "2025-04-10")

    func findings(_ string: String) -> [(text: String, value: String?)] {
        let text = SeedText(string)
        return DateMentionFinder.findings(in: Tokenizer.tokens(in: text, range: 0..<text.count))
            .map { (text[$0.start..<$0.end], $0.meaning.value(against: Self.reference)) }
    }

    @Test(arguments: [
        ("2025-02-27@01:36:37 GMT", "2025-02-27@01:36:37 GMT", "2025-02-27T01:36:37Z"),
        ("نشر 2025-02-27T01:36", "2025-02-27T01:36", "2025-02-27T01:36"),
        ("الشرق السعودية١٠-٠٤-٢٠٢٥", "١٠-٠٤-٢٠٢٥", "2025-04-10"),
        ("تاريخ النشر: 27th, February 2025 GMT", "27th, February 2025", "2025-02-27"),
        ("في 18 فبراير الماضي", "18 فبراير الماضي", "2025-02-18"),
        ("في الـ18 من فبراير الجاري", "الـ18 من فبراير الجاري", "2025-02-18"),
        ("يوم 14 نوفمبر تشرين الثاني", "يوم 14 نوفمبر تشرين الثاني", "2024-11-14"),
        ("في 3 كانون الثاني 2024", "3 كانون الثاني 2024", "2024-01-03"),
        ("في 5 إبريل 2025", "5 إبريل 2025", "2025-04-05"),
        ("في 9 يونيه 2025", "9 يونيه 2025", "2025-06-09"),
        ("في فبراير 2022", "فبراير 2022", "2022-02"),
        ("في يناير الماضي", "يناير الماضي", "2025-01"),
        ("على February 27, 2025", "February 27, 2025", "2025-02-27"),
        ("في عام 2018", "عام 2018", "2018"),
        ("منذ 5 أيام 23", "منذ 5 أيام", "2025-04-05"),
        ("منذ يومين", "منذ يومين", "2025-04-08"),
        ("قال امس إن", "امس", "2025-04-09"),
        ("اليوم الخميس", "اليوم الخميس", "2025-04-10"),
        ("الأسبوع الماضي", "الأسبوع الماضي", "2025-W14"),
        ("يوم الثلاثاء", "يوم الثلاثاء", "2025-04-08"),
        ("الأربعاء، 9 أبريل 2025", "الأربعاء، 9 أبريل 2025", "2025-04-09"),
        ("يوم 27 فبراير", "يوم 27 فبراير", "2025-02-27"),
        ("واليوم تضرب", "اليوم", "2025-04-10"),
        ("حتى الآن", "الآن", "2025-04-10"),
        ("في نهاية نوفمبر تشرين الثاني", "نهاية نوفمبر تشرين الثاني", "2024-11"),
        // Whole pages (issue 8).
        ("الأحد 28 نيسان / أبريل 2019 - 14:10", "28 نيسان / أبريل 2019 - 14:10", "2019-04-28T14:10"),
        ("28 آب/اغسطس 2013", "28 آب/اغسطس 2013", "2013-08-28"),
        ("15 كانون الثاني / يناير 2022", "15 كانون الثاني / يناير 2022", "2022-01-15"),
        ("تاريخ النشر : ١ / ١٢ / ٢٠٢٠ - ٠٨:١٥", "١ / ١٢ / ٢٠٢٠ - ٠٨:١٥", "2020-12-01T08:15"),
        ("نشر في 12 جويلية 2024 على الساعة 14:20", "12 جويلية 2024 على الساعة 14:20", "2024-07-12T14:20"),
        ("الأربعاء 05 فيفري 2025", "الأربعاء 05 فيفري 2025", "2025-02-05"),
        ("الجمعة 15 نونبر 2024", "الجمعة 15 نونبر 2024", "2024-11-15"),
        ("17.03.2020 | 11:05", "17.03.2020 | 11:05", "2020-03-17T11:05"),
        ("2025.05.15", "2025.05.15", "2025-05-15"),
        ("السبت، 9 أغسطس 2025 08:00 م", "السبت، 9 أغسطس 2025 08:00 م", "2025-08-09T20:00"),
        ("  • 24 July 2015", "24 July 2015", "2015-07-24"),
        ("Published March 3, 2021 at 4:15 p.m.", "March 3, 2021 at 4:15 p.m.", "2021-03-03T16:15"),
        ("Nov. 4, 2023 5:30 AM ET", "Nov. 4, 2023 5:30 AM", "2023-11-04T05:30"),
        ("Publié le 3 février 2025 à 18h05", "3 février 2025 à 18h05", "2025-02-03T18:05"),
        ("Publicado el 5 de mayo de 2024 - 13:40", "5 de mayo de 2024 - 13:40", "2024-05-05T13:40"),
        ("Publicado em 21 de outubro de 2023 às 14h30", "21 de outubro de 2023 às 14h30", "2023-10-21T14:30"),
        ("Pubblicato il 9 aprile 2024", "9 aprile 2024", "2024-04-09"),
        ("Veröffentlicht am 12.03.2024, 08:15 Uhr", "12.03.2024, 08:15 Uhr", "2024-03-12T08:15"),
        ("17. März 2020", "17. März 2020", "2020-03-17"),
        ("14 марта 2025, 10:30", "14 марта 2025, 10:30", "2025-03-14T10:30"),
        ("2025年1月13日 10:20", "2025年1月13日 10:20", "2025-01-13T10:20"),
        ("2024年11月2日 18時05分", "2024年11月2日 18時05分", "2024-11-02T18:05"),
        ("۲۴ اسفند ۱۴۰۳ - ۱۰:۳۰", "۲۴ اسفند ۱۴۰۳ - ۱۰:۳۰", "2025-03-14T10:30"),
        ("Posted 2 hours ago", "2 hours ago", "2025-04-10"),
        ("3 days ago", "3 days ago", "2025-04-07"),
        ("yesterday", "yesterday", "2025-04-09"),
    ])
    func findsAndResolves(input: String, expectedText: String, expectedValue: String) {
        let found = findings(input)
        #expect(found.count == 1)
        #expect(found.first?.text == expectedText)
        #expect(found.first?.value == expectedValue)
    }

    @Test(arguments: ["منذ اندلاع الحرب", "قبل الانتقال إلى", "الأحد عشر لاعبا", "هذا اليوم التالي", "رقم 2025", "آب العائلة"])
    func ignoresWordsThatAreNotDates(input: String) {
        #expect(findings(input).isEmpty)
    }

    @Test(arguments: ["السنوات الماضية", "السنوات القليلة الماضية", "العقد الأخير", "الأيام المقبلة"])
    func findsVaguePeriodsWithoutAValue(input: String) {
        let found = findings(input)
        #expect(found.count == 1 && found.first?.text == input && found.first?.value == nil)
    }

    @Test func relativeDatesStayUnresolvedWithoutAReference() {
        let text = SeedText("منذ 5 أيام")
        let finding = DateMentionFinder.findings(in: Tokenizer.tokens(in: text, range: 0..<text.count))[0]
        #expect(finding.meaning.isRelative)
        #expect(finding.meaning.value(against: nil) == nil)
    }

    @Test func findsAHijriDateBesideTheGregorianOneWithoutConvertingIt() {
        let found = findings("الجمعة ١٤ رمضان ١٤٤٦ هـ - ١٤ مارس ٢٠٢٥ م")
        #expect(found.map(\.text) == ["الجمعة", "١٤ رمضان ١٤٤٦ هـ", "١٤ مارس ٢٠٢٥ م"])
        #expect(found.map(\.value) == ["2025-04-04", nil, "2025-03-14"])
    }

    @Test(arguments: ["في 10 - 4 2025", "١ - ارتفاع درجات الحرارة", "صفر 2020", "A A A 12:30"])
    func aLooseNumberOrWordIsNoDate(input: String) {
        #expect(findings(input).allSatisfy { $0.value == nil || !$0.text.contains("2025") })
        #expect(!findings(input).contains { $0.text.contains("12:30") })
    }

    @Test func aTimeJoinsOnlyADay() {
        #expect(findings("فبراير 2022 - 10:30").map(\.text) == ["فبراير 2022"])
    }

    @Test func rejectsImpossibleDays() {
        #expect(findings("في 31-02-2025").isEmpty)
    }
}
