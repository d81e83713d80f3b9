import Testing
@testable import ClipBench

struct HeadlineFinderTests {
    func headline(_ string: String) -> String? {
        HeadlineFinder.headline(in: ClippingLine.lines(of: SeedText(string)))
    }

    static let lead = "انطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة في مدينة إسطنبول، بهدف تطبيع العلاقات بين البلدين."
    static func menu(_ count: Int) -> String {
        (0..<count).map { ["الرئيسية", "أخبار محلية", "نادي النجمة الزرقاء", "أسعار الذهب", "رياضة"][$0 % 5] }.joined(separator: "\n")
    }

    @Test func findsTheHeadlineFarBelowALongMenu() {
        let page = "تخطى قائمة التنقل\n\(Self.menu(450))\nمحطة جديدة لتحلية مياه البحر في الإقليم\nكتب: محمود\n\(Self.lead)"
        #expect(headline(page) == "محطة جديدة لتحلية مياه البحر في الإقليم")
    }

    @Test func prefersALineRepeatedNearTheArticle() {
        let page = "الموقع:\n2025-02-27\nعنوان فرعي لا يتكرر هنا\nمحادثات روسية أمريكية في تركيا\nتاريخ\nمحادثات روسية أمريكية في تركيا\n\(Self.lead)"
        #expect(headline(page) == "محادثات روسية أمريكية في تركيا")
    }

    @Test func prefersTheLineFollowedByItsDateline() {
        let page = "\(Self.menu(10))\nسطر ترويجي طويل بعض الشيء عن خدمة جديدة\nالمحافظ يفتتح محطة جديدة للمياه اليوم\n13 مارس 2025\n\(Self.lead)"
        #expect(headline(page) == "المحافظ يفتتح محطة جديدة للمياه اليوم")
    }

    @Test(arguments: [
        "عاجل: المحافظ يفتتح محطة جديدة للمياه اليوم",
        "  • المحافظ يفتتح محطة جديدة للمياه اليوم",
        "Skip to main content of this page",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
        "الثلاثاء 1 ديسمبر 2026 | 10:45",
        "بقلم: د. نوال السعدي من العاصمة",
        "By Hannah Ellery and Tom Reed",
        "وقال المحافظ إن المحطة ستعمل بالطاقة الشمسية.",
        "رئيس مجلس الإدارة :",
        "A A A A",
    ])
    func aTickerListItemInterfacePhraseDateBylineOrSentenceIsNotTitleLike(line: String) {
        #expect(!HeadlineFinder.isTitleLike(ClippingLine.lines(of: SeedText(line))[0]))
    }

    @Test(arguments: ["محادثات \"بناءة\" بين روسيا وأميركا في إسطنبول", "لماذا نحتاج إلى مدن تمشي فيها الأقدام؟",
                      "Town hit by floods as river bursts its banks", "青山市图书馆推出夜间阅读服务"])
    func aHeadlineIsTitleLike(line: String) {
        #expect(HeadlineFinder.isTitleLike(ClippingLine.lines(of: SeedText(line))[0]))
    }

    @Test func aMenuEntryScoresBelowTheHeadline() {
        let lines = ClippingLine.lines(of: SeedText("\(Self.menu(12))\nالمحافظ يفتتح محطة جديدة للمياه اليوم\nكتب: محمود\n\(Self.lead)"))
        let scores = HeadlineFinder.candidates(in: lines, prose: lines.map(LineClassifier.isProse))
        let headline = scores.first { lines[$0.index].text == "المحافظ يفتتح محطة جديدة للمياه اليوم" }
        let entry = scores.first { lines[$0.index].text == "نادي النجمة الزرقاء" }
        #expect(headline != nil && entry != nil)
        #expect((headline?.score ?? 0) > (entry?.score ?? 0))
        #expect(HeadlineFinder.isInMenu(entry?.index ?? 0, in: lines))
    }

    @Test(arguments: ["", "\n\n", "كلمة", "a b", "\(menu(30))\n\(lead)"])
    func findsNoneWhereNothingIsConvincing(page: String) {
        #expect(headline(page) == nil)
    }
}

struct ArticleLocatorTests {
    func start(_ page: String) -> Int? {
        let lines = ClippingLine.lines(of: SeedText(page))
        return ArticleLocator.articleStart(in: lines, prose: lines.map(LineClassifier.isProse)).map { lines[$0].number }
    }

    static let sentence = "وقال المتحدث إن الاجتماع سيعقد في موعده المحدد رغم الظروف الصعبة التي تمر بها المنطقة."

    @Test func startsAtTheLongestStretchOfProse() {
        // A cookie banner (one sentence) above, the article (three paragraphs and a subheading) below.
        let page = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وبمتابعة التصفح فإنك توافق على ذلك.\nالقائمة\nالعنوان\n\(Self.sentence)\n\(Self.sentence)\nعنوان فرعي\n\(Self.sentence)"
        #expect(start(page) == 4)
    }

    @Test func aRelatedListEndsAStretch() {
        let page = "العنوان\n\(Self.sentence)\nأخبار ذات صلة\n\(Self.sentence)\n\(Self.sentence)"
        #expect(start(page) == 4)
    }

    @Test func aPageWithoutProseHasNoArticle() {
        #expect(start("الرئيسية\nرياضة\nاقتصاد") == nil)
    }
}
