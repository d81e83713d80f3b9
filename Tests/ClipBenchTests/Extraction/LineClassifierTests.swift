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

struct LineClassifierPageTests {
    static let sentence = "وقال المتحدث إن الاجتماع سيعقد في موعده المحدد رغم الظروف الصعبة التي تمر بها المنطقة."

    func labels(_ page: String) -> [LineLabel] {
        let lines = ClippingLine.lines(of: SeedText(page))
        return LineClassifier.labels(for: lines, headlineIndex: HeadlineFinder.headlineIndex(in: lines))
    }

    @Test func aboveTheHeadlineNothingIsBody() {
        let page = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا، وبمتابعة التصفح فإنك توافق على ذلك.\n  • فكر و فن\nعاجل | إغلاق الطريق\nالمحافظ يفتتح محطة جديدة للمياه اليوم\nكتب: محمود\n\(Self.sentence)"
        #expect(labels(page) == [.boilerplate(.other), .boilerplate(.navigation), .boilerplate(.navigation), .headline, .metadata, .body])
    }

    @Test func aDateListItemUnderTheHeadlineIsMetadata() {
        let page = "المحافظ يفتتح محطة جديدة للمياه اليوم\n  • ثقافة وفنون\n  • 24 يوليو 2015\n\(Self.sentence)\nمقالات مشابهة\n  • 20 يوليو 2015"
        #expect(labels(page) == [.headline, .boilerplate(.related), .metadata, .body, .boilerplate(.related), .boilerplate(.related)])
    }

    @Test func theCommentsAfterTheArticleAreNotBody() {
        let page = "المحافظ يفتتح محطة جديدة للمياه اليوم\n13 مارس 2025\n\(Self.sentence)\nالتعليقات\nسلمى\n\(Self.sentence)"
        #expect(labels(page).map(\.label) == [.headline, .metadata, .body, .boilerplate, .boilerplate, .boilerplate])
    }
}

struct LineCuesTests {
    func line(_ text: String) -> ClippingLine { ClippingLine.lines(of: SeedText(text))[0] }

    @Test func latinCuesMatchWholeWordsArabicCuesTheirInflections() {
        #expect(LineCues.boilerplateCategory(of: line("City council approves plan")) == nil)
        #expect(LineCues.boilerplateCategory(of: line("Download the app")) == .promo)
        #expect(LineCues.boilerplateCategory(of: line("التعليقات (2)")) == .comments)
    }

    @Test func bylinesOfOtherScriptsOnlyOpenALine() {
        #expect(LineCues.hasMetadataCue(line("By Hannah Ellery")))
        #expect(LineCues.hasMetadataCue(line("Publié le 3 février 2025")))
        #expect(!LineCues.hasMetadataCue(line("Town hit by floods")))
        #expect(!LineCues.hasMetadataCue(line("Il borgo di Valfonda riapre il mulino")))
    }

    @Test(arguments: ["عاجل | وزير النقل يصل", "عاجل: انهيار جسر", "Breaking: storm hits the coast"])
    func recognisesATicker(text: String) {
        #expect(LineCues.isTicker(line(text)))
    }

    @Test(arguments: ["تخطى قائمة التنقل", "Skip to main content", "سجل الدخول لمتابعة القراءة", "We use cookies to improve your experience", "Zum Inhalt springen"])
    func recognisesAnInterfacePhrase(text: String) {
        #expect(LineCues.hasInterfacePhrase(line(text)))
    }
}
