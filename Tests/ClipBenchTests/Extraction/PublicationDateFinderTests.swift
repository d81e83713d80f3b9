import Testing
@testable import ClipBench

struct PublicationDateFinderTests {
    func published(_ page: String, asOf: String? = nil) -> String? {
        let lines = ClippingLine.lines(of: SeedText(page))
        let labels = LineClassifier.labels(for: lines, headlineIndex: HeadlineFinder.headlineIndex(in: lines))
        return PublicationDateFinder.publication(lines: lines, labels: labels, asOf: asOf.flatMap(CalendarDay.init(iso:)))?.value
    }

    static let body = "انطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة يوم الخميس في إسطنبول، بهدف تطبيع العلاقات في 18 فبراير 2025."

    @Test func takesTheFirstFullDateAboveTheArticle() {
        #expect(published("الموقع\n2025-02-27@01:36:37 GMT\nمحادثات جديدة في تركيا اليوم\n\(Self.body)") == "2025-02-27T01:36:37Z")
    }

    @Test func neverTakesADateFromTheArticle() {
        #expect(published("محادثات جديدة في تركيا اليوم\n\(Self.body)") == nil)
    }

    @Test func resolvesARelativeDatelineOnlyAgainstAsOf() {
        let page = "محادثات جديدة في تركيا اليوم\nمنذ 5 أيام 23\n\(Self.body)"
        #expect(published(page) == nil)
        #expect(published(page, asOf: "2025-04-15") == "2025-04-10")
    }
}
