import Foundation
import Testing
@testable import ClipBench
@testable import ClipBenchEvaluation

struct ClippingIntakeTests {
    @Test(arguments: [
        // The first 16 hex digits of the FIPS 180-4 example digests.
        ("", "e3b0c44298fc1c14"),
        ("abc", "ba7816bf8f01cfea"),
    ])
    func derivesTheIDFromTheContentAlone(text: String, id: String) {
        #expect(ClippingIntake.contentID(of: Data(text.utf8)) == id)
    }
}

struct DraftAnnotationWriterTests {
    @Test(arguments: [("a\"b\\c", "\"a\\\"b\\\\c\""), ("سطر\nثان", "\"سطر\\nثان\""), ("\u{FEFF}x\u{7}", "\"\\uFEFFx\\u0007\"")])
    func quotesForYAML(text: String, quoted: String) {
        #expect(DraftAnnotationWriter.quoted(text) == quoted)
    }

    @Test func marksEverySuggestion() {
        let text = SeedText("عنوان الخبر المهم اليوم\n2025-02-27\nانطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة في إسطنبول، بهدف تطبيع العلاقات.")
        let analysis = BaselineExtractor().analyse(text, id: "x")
        let prediction = analysis.prediction
        let yaml = DraftAnnotationWriter.yaml(for: prediction, text: text, publishedEvidence: analysis.publishedEvidence)
        let items = yaml.split(separator: "\n").filter { $0.hasPrefix("  - {") }
        #expect(items.count == prediction.regions.count + prediction.entities.count + prediction.dates.count)
        #expect(items.allSatisfy { $0.hasSuffix(", suggested: true}") })
        #expect(yaml.contains("  evidence: {start: 24, end: 34, text: \"2025-02-27\"}"))
    }
}

struct DraftPublishedDateTests {
    @Test func givesARelativeDatelineAsEvidenceOfRelativeOnly() {
        let text = SeedText("عنوان الخبر المهم اليوم\nمنذ 5 أيام 23\nانطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة في إسطنبول، بهدف تطبيع العلاقات.")
        let analysis = BaselineExtractor().analyse(text, id: "x")
        #expect(analysis.prediction.published == nil)
        #expect(analysis.publishedReason == .relativeOnly)
        let yaml = DraftAnnotationWriter.yaml(for: analysis.prediction, text: text, publishedEvidence: analysis.publishedEvidence, publishedReason: analysis.publishedReason)
        #expect(yaml.contains("  value: null\n  reason: relative-only\n  evidence: {start: 24, end: 34, text: \"منذ 5 أيام\"}\n  suggested: true\n"))
    }
}
