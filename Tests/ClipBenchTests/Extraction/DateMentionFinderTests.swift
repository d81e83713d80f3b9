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

    @Test func rejectsImpossibleDays() {
        #expect(findings("في 31-02-2025").isEmpty)
    }
}
