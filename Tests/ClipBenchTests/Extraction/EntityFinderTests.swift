import Testing
@testable import ClipBench

struct EntityFinderTests {
    func entities(_ string: String) -> [String] {
        let text = SeedText(string)
        return EntityFinder.mentions(in: text, lines: ClippingLine.lines(of: text)).map { "\($0.text)/\($0.type.rawValue)" }
    }

    @Test(arguments: [
        ("أعلن وزير الخارجية الروسي سيرغي لافروف، امس", "سيرغي لافروف/PER"),
        ("وكان المتحدّث باسم الكرملين، دميتري بيسكوف، قد أفاد", "دميتري بيسكوف/PER"),
        ("قال السفير الروسي لدى الولايات المتحدة ألكسندر دارتشييف إن", "ألكسندر دارتشييف/PER"),
        ("وأكدت تامي بروس، المتحدثة باسم الوزارة", "تامي بروس/PER"),
    ])
    func findsPeopleNamedAfterOrBeforeTheirRole(sentence: String, person: String) {
        #expect(entities(sentence).contains(person))
    }

    @Test func findsOrganisationsByTheirHead() {
        let found = entities("وصفت وزارة الخارجية الأميركية المحادثات، حسبما نقلت وكالة \"تاس\" الروسية")
        #expect(found.contains("وزارة الخارجية الأميركية/ORG"))
        #expect(found.contains("تاس/ORG"))
    }

    @Test func leavesGenericDesignatorsOutAndKeepsInstitutions() {
        #expect(entities("ونقلت وكالة تاس الحكومية عن") == ["تاس/ORG"])
        #expect(entities("وحظرت الحكومة الروسية ذلك") == ["الحكومة الروسية/ORG"])
        #expect(entities("إرث الإدارة السابقة") == [])
        #expect(entities("مدير وكالة المخابرات المركزية الأمريكية (سي.آي.إيه) في") == ["وكالة المخابرات المركزية الأمريكية/ORG", "سي.آي.إيه/ORG"])
        #expect(entities("المصدر: الثورة نت") == ["الثورة نت/ORG"])
    }

    @Test func cutsOnlyThePrepositionOfLamLam() {
        // «للولايات المتحدة» = ل + الولايات المتحدة: the article's ل stays in the span.
        #expect(entities("بالنسبة للولايات المتحدة") == ["لولايات المتحدة/LOC"])
        #expect(entities("وقالت للسفارة الأمريكية") == ["لسفارة الأمريكية/ORG"])
    }

    @Test func findsPlacesByTheirHeadAndInTheGazetteer() {
        let found = entities("عقد في مدينة سوتشي ثم في العاصمة التركية أنقرة ووصل إلى موسكو")
        #expect(found == ["سوتشي/LOC", "أنقرة/LOC", "موسكو/LOC"])
    }

    @Test func findsASurnameAgainAfterTheFullName() {
        let found = entities("قال وزير الخارجية سيرجي ريابكوف إن الاجتماع مهم.\nوأضاف ريابكوف أنه")
        #expect(found == ["سيرجي ريابكوف/PER", "ريابكوف/PER"])
    }

    @Test func spansCountScalarsAndSkipClitics() {
        let text = SeedText("قالَ ولِموسكو")
        let mention = EntityFinder.mentions(in: text, lines: ClippingLine.lines(of: text)).first
        #expect(mention?.text == "موسكو")
        #expect(mention?.start == 8)
        #expect(mention?.end == 13)
    }

    @Test func findsTreatiesAndEventsAsMisc() {
        #expect(entities("في إطار اتفاقية ستارت الجديدة.") == ["ستارت الجديدة/MISC"])
        #expect(entities("منذ الحرب العالمية الثانية") == ["الحرب العالمية الثانية/MISC"])
        #expect(entities("اكتشف ما يمكن أن يفعله Daily8 AI من أجلك") == ["Daily8 AI/MISC"])
    }

    @Test func typesLatinNames() {
        #expect(entities("بقلم: Reuters News و Sputnik") == ["Reuters News/ORG", "Sputnik/MISC"])
    }
}
