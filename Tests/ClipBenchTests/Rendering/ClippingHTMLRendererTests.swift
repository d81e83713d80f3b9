import Testing
@testable import ClipBench

struct ClippingHTMLRendererTests {
    let html = ClippingHTMLRenderer().render(RenderingFixture.annotation, text: RenderingFixture.text)

    @Test func isARightToLeftArabicPageTitledWithTheHeadline() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"))
        #expect(html.contains("<title>\(RenderingFixture.headline)</title>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
    }

    @Test func loadsNothingFromOutside() {
        for needle in ["src=", "href=", "http", "<script", "<link", "@import", "url("] {
            #expect(!html.contains(needle), "found \(needle)")
        }
    }

    @Test func hasALegendWithEveryLabelTypeAndDates() {
        #expect(html.contains("class=\"legend\""))
        for label in RegionLabel.allCases { #expect(html.contains("r-\(label.rawValue) ltr\">\(label.rawValue)<")) }
        for type in EntityType.allCases { #expect(html.contains("e-\(type.rawValue) ltr\">\(type.rawValue)<")) }
        #expect(html.contains("d-null ltr"))
    }

    @Test func escapesTheClippingsText() {
        #expect(html.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"))
        #expect(!html.contains("<b>&"))
    }

    @Test func escapes() {
        #expect(HTMLEscaping.escape("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
        #expect(HTMLEscaping.escape("مُحَمَّد") == "مُحَمَّد")
    }

    @Test func marksEntitiesByTypeAndDatesByValue() {
        #expect(html.contains("<mark class=\"e e-PER\" title=\"PER mohammed ["))
        #expect(html.contains(">مُحَمَّدٌ</mark>"))
        #expect(html.contains("<span class=\"d d-null\" title=\"date = null ["))
        #expect(html.contains("title=\"date = 2025-02-18 ["))
    }

    @Test func greysBoilerplateAndSplitsMarksAtItsBorder() {
        #expect(html.contains("<span class=\"r r-boilerplate\" title=\"boilerplate/share ["))
        #expect(html.contains("<mark class=\"e e-ORG cut-end\""))
        #expect(html.contains("<mark class=\"e e-ORG cut-start\""))
    }

    @Test func nestsElementsProperly() {
        // Every opened element is closed in order, in the marked text and in the whole page.
        let markup = ClippingHTMLRenderer().markup(RenderingFixture.annotation, text: RenderingFixture.text)
        #expect(HTMLBalance.problem(in: markup) == nil)
        #expect(HTMLBalance.problem(in: html) == nil)
    }

    @Test func theBalanceCheckFindsAStrayClosingTag() {
        #expect(HTMLBalance.problem(in: "<div><span></div></span>") == "</div> closes <span>")
        #expect(HTMLBalance.problem(in: "<p><svg><rect x=\"1\"/></svg><br></p>") == nil)
    }

    @Test func writesOneLineElementPerLineOfTheSeed() {
        let markup = ClippingHTMLRenderer().markup(RenderingFixture.annotation, text: RenderingFixture.text)
        #expect(markup.components(separatedBy: "<div class=\"line\"").count - 1 == RenderingFixture.lines.count)
        #expect(markup.contains("<div class=\"line\" dir=\"rtl\"></div>"))
    }

    @Test(arguments: [("2025-02-27@01:36:37 GMT", "ltr"), ("تاريخ النشر: 27th, February", "rtl"),
                      ("27th, February 2025 تاريخ", "ltr"), ("23", "rtl"), ("", "rtl"), ("مُحَمَّد", "rtl")])
    func givesEachLineTheDirectionOfItsFirstLetter(line: String, expected: String) {
        #expect(ClippingHTMLRenderer.direction(of: ArraySlice(Array(line.unicodeScalars))) == expected)
    }

    @Test func splitsAMarkThatRunsOverALineBreak() {
        let text = SeedText("قال زيد\nعمرو اليوم")
        let annotation = Annotation(
            id: "x", headline: nil, published: PublishedDate(value: nil, reason: .absent),
            regions: [Region(label: .body, span: TextSpan(start: 0, end: 18, text: text[0..<18]))],
            entities: [EntityMention(text: text[4..<12], type: .person, start: 4, end: 12)], dates: [])
        let markup = ClippingHTMLRenderer().markup(annotation, text: text)
        #expect(markup.contains("<mark class=\"e e-PER cut-end\" title=\"PER [4, 12)\">زيد</mark></span></div>"))
        #expect(markup.contains("<mark class=\"e e-PER cut-start\" title=\"PER [4, 12)\">عمرو</mark>"))
    }
}
