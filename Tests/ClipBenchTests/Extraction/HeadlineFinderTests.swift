import Testing
@testable import ClipBench

struct HeadlineFinderTests {
    func headline(_ string: String) -> String? {
        HeadlineFinder.headline(in: ClippingLine.lines(of: SeedText(string)))
    }

    @Test func prefersALineRepeatedNearTheTop() {
        let page = "الموقع:\n2025-02-27\nعنوان فرعي لا يتكرر هنا\nمحادثات روسية أمريكية في تركيا\nتاريخ\nمحادثات روسية أمريكية في تركيا\nنص"
        #expect(headline(page) == "محادثات روسية أمريكية في تركيا")
    }

    @Test func otherwiseTakesTheFirstSubstantialLine() {
        #expect(headline("logo\nمنذ 5 أيام 23\nقائمة:\nمحادثات جديدة في إسطنبول اليوم\nنص طويل") == "محادثات جديدة في إسطنبول اليوم")
    }

    @Test(arguments: ["", "\n\n", "كلمة", "a b"])
    func findsNoneInPagesWithoutOne(page: String) {
        #expect(headline(page) == nil)
    }
}
