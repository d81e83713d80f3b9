import Testing
@testable import ClipBench

struct LineClassifierTests {
    static let page = """
        logo
        محادثات جديدة بين البلدين في إسطنبول
        بقلم: وكالات
        انطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة في مدينة إسطنبول، بهدف تطبيع العلاقات بين البلدين.
        صعوبات دبلوماسية
        واشتكت كل من موسكو وواشنطن في السنوات الأخيرة من صعوبات الحصول على أوراق اعتماد لدبلوماسييهما.
        شارك هذا المقال
        أخبار ذات صلة
        بوتين يزور مقاطعة كورسك الروسية لأول مرة
        وصل الرئيس الروسي إلى مقاطعة كورسك في غرب البلاد بعد استعادة السيطرة عليها من القوات الأوكرانية.
        """

    @Test func labelsEachKindOfLine() {
        let lines = ClippingLine.lines(of: SeedText(Self.page))
        let labels = LineClassifier.labels(for: lines, headlineIndex: HeadlineFinder.headlineIndex(in: lines))
        #expect(labels == [
            .boilerplate(.branding), .headline, .metadata, .body, .body, .body,
            .boilerplate(.share), .boilerplate(.related), .boilerplate(.related), .boilerplate(.related),
        ])
    }

    @Test func bulletsAreALinkList() {
        let lines = ClippingLine.lines(of: SeedText("  • السفارة الروسية في لندن"))
        #expect(LineClassifier.labels(for: lines, headlineIndex: nil) == [.boilerplate(.related)])
    }

    @Test(arguments: [
        ("وقال لافروف إن المحادثات ستركز على توفير ظروف أفضل للدبلوماسيين الروس في الولايات المتحدة", true),
        ("حمل التطبيق الآن", false),
        ("بوتين يزور مقاطعة كورسك الروسية لأول مرة بعد طرد القوات", false),
    ])
    func recognisesProse(line: String, isProse: Bool) {
        #expect(LineClassifier.isProse(ClippingLine.lines(of: SeedText(line))[0]) == isProse)
    }
}
