import Testing
@testable import ClipBench
@testable import ClipBenchReports

struct HTMLReportBodyAlignmentTests {
    @Test func splitsIntoKeptMissedAndExtraText() {
        let alignment = HTMLReportBodyAlignment(gold: "قال زيد اليوم في القاهرة", predicted: "قال زيد أمس في القاهرة")
        #expect(alignment.segments.map(\.kind) == [.kept, .missed, .extra, .kept])
        #expect(alignment.segments.map(\.text) == ["قال زيد ", "اليوم ", "أمس ", "في القاهرة"])
        #expect(alignment.keptTokens == 4 && alignment.missedTokens == 1 && alignment.extraTokens == 1)
    }

    @Test func keepsHarakatAndPunctuationWithTheirToken() {
        // «مُحَمَّدٌ» is several \w runs split by its marks; the marks travel with the runs.
        let alignment = HTMLReportBodyAlignment(gold: "قالَ مُحَمَّدٌ، ثم ذهب", predicted: "قالَ مُحَمَّدٌ، ثم ذهب")
        #expect(alignment.segments == [.init(kind: .kept, text: "قالَ مُحَمَّدٌ، ثم ذهب")])
    }

    @Test func handlesEmptySides() {
        #expect(HTMLReportBodyAlignment(gold: "", predicted: "").segments.isEmpty)
        let missing = HTMLReportBodyAlignment(gold: "نص كامل", predicted: "")
        #expect(missing.segments == [.init(kind: .missed, text: "نص كامل")])
        let extra = HTMLReportBodyAlignment(gold: "", predicted: "شارك الآن")
        #expect(extra.segments == [.init(kind: .extra, text: "شارك الآن")])
    }

    @Test func rebuildsThePredictedTextFromKeptAndExtraSegments() {
        let gold = "الفقرة الأولى.\nالفقرة الثانية عن روسيا."
        let predicted = "الفقرة الأولى.\nإعلان\nالفقرة الثانية عن روسيا"
        let alignment = HTMLReportBodyAlignment(gold: gold, predicted: predicted)
        #expect(alignment.segments.filter { $0.kind != .missed }.map(\.text).joined() == predicted)
        #expect(alignment.segments.contains(.init(kind: .extra, text: "إعلان\n")))
    }

    @Test func putsMissedGoldTextBackInPlace() {
        let alignment = HTMLReportBodyAlignment(gold: "مقدمة.\nالنص هنا", predicted: "النص هنا")
        #expect(alignment.segments == [.init(kind: .missed, text: "مقدمة.\n"), .init(kind: .kept, text: "النص هنا")])
    }
}
