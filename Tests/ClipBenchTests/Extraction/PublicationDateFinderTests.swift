import Testing
@testable import ClipBench

struct PublicationDateFinderTests {
    func published(_ page: String, asOf: String? = nil) -> String? {
        let lines = ClippingLine.lines(of: SeedText(page))
        let headlineIndex = HeadlineFinder.headlineIndex(in: lines)
        let labels = LineClassifier.labels(for: lines, headlineIndex: headlineIndex)
        return PublicationDateFinder.publication(lines: lines, labels: labels, headlineIndex: headlineIndex,
                                                 asOf: asOf.flatMap(CalendarDay.init(iso:)))?.value
    }

    static let headline = "محادثات جديدة في تركيا اليوم"
    static let body = "انطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة يوم الخميس في إسطنبول، بهدف تطبيع العلاقات في 18 فبراير 2025."
    /// A menu of `count` short lines, as page dumps open with.
    static func menu(_ count: Int) -> String {
        (0..<count).map { "قسم رقم \($0 % 7)" }.joined(separator: "\n")
    }

    @Test func takesTheDateJustAboveTheHeadline() {
        #expect(published("الموقع\n2025-02-27@01:36:37 GMT\n\(Self.headline)\n\(Self.body)") == "2025-02-27T01:36:37Z")
    }

    @Test func neverTakesADateFromTheArticle() {
        #expect(published("\(Self.headline)\n\(Self.body)") == nil)
    }

    @Test func neverTakesTheClockAtTheTopOfThePage() {
        let page = "الثلاثاء 1 ديسمبر 2026 | 10:45\n\(Self.menu(30))\n\(Self.headline)\nبقلم: سارة\n\(Self.body)"
        #expect(published(page) == nil)
        #expect(published(page.replacingOccurrences(of: "بقلم: سارة", with: "بقلم: سارة\n12 يونيو 2025 - 11:20")) == "2025-06-12T11:20")
    }

    @Test func neverTakesADateOfARelatedListOrAComment() {
        let page = "\(Self.headline)\nمنذ ساعتين\n\(Self.body)\nأخبار ذات صلة\nحريق محدود في سوق الخضار\n12 يناير 2025\nالتعليقات\nسامي\n13 يناير 2025"
        #expect(published(page) == nil)
    }

    @Test func prefersThePublicationCueOverTheUpdateCue() {
        let page = "\(Self.headline)\nآخر تحديث: 03 يونيو 2024 - 18:40\nتاريخ النشر: 02 يونيو 2024 - 22:05\n\(Self.body)"
        #expect(published(page) == "2024-06-02T22:05")
        let english = "City council approves plan for a car-free market street\nPublished March 3, 2021 at 4:15 p.m. | Updated March 4, 2021 at 9:00 a.m.\nThe vote passed by nine votes to four after a long debate about deliveries and parking."
        #expect(published(english) == "2021-03-03T16:15")
    }

    @Test func takesAnUpdateWhenItIsTheOnlyDate() {
        #expect(published("\(Self.headline)\nآخر تحديث: 03 يونيو 2024\n\(Self.body)") == "2024-06-03")
    }

    @Test func takesACuedDateBelowTheArticle() {
        #expect(published("\(Self.headline)\n\(Self.body)\nنشر بتاريخ 7 سبتمبر 2021\nشارك") == "2021-09-07")
    }

    @Test func takesADatelineThatIsAListItem() {
        #expect(published("\(Self.headline)\n  • ثقافة وفنون\n  • 24 يوليو 2015\n\(Self.body)") == "2015-07-24")
    }

    @Test func keepsTheTimeGivenForTheSameDayElsewhere() {
        let page = "2025-02-27@01:36:37 GMT\n\(Self.headline)\nتاريخ النشر: 27th, February 2025 GMT\n\(Self.body)"
        #expect(published(page) == "2025-02-27T01:36:37Z")
    }

    @Test func resolvesARelativeDatelineOnlyAgainstAsOf() {
        let page = "\(Self.headline)\nمنذ 5 أيام 23\n\(Self.body)"
        #expect(published(page) == nil)
        #expect(published(page, asOf: "2025-04-15") == "2025-04-10")
    }

    @Test(arguments: [("نشر في", PublicationDateFinder.Cue.publication), ("آخر تحديث", .update), ("Publié le", .publication),
                      ("Mis à jour le", .update), ("الخميس", .none)])
    func readsTheCueBeforeADate(words: String, cue: PublicationDateFinder.Cue) throws {
        let lines = ClippingLine.lines(of: SeedText("\(words) 13 مارس 2025"))
        let finding = try #require(DateMentionFinder.findings(in: lines[0].tokens).last)
        #expect(PublicationDateFinder.cue(before: finding, after: lines[0].range.lowerBound, in: lines, at: 0) == cue)
    }
}
