import Foundation
import Testing
@testable import ClipBench

struct ClippingIntakeTests {
    @Test func numbersAfterTheHighestSeed() {
        #expect(ClippingIntake.nextID(hash: "ab", existing: ["000_x", "004_y", "notes", "extra_z"]) == "005_ab")
        #expect(ClippingIntake.nextID(hash: "ab", existing: []) == "000_ab")
        #expect(ClippingIntake.nextID(hash: "ab", existing: ["999_x"]) == "1000_ab")
    }

    @Test func hashesContentWithFNV1a() {
        // Reference values of 64-bit FNV-1a.
        #expect(ClippingIntake.contentHash(Data()) == "cbf29ce484222325")
        #expect(ClippingIntake.contentHash(Data("a".utf8)) == "af63dc4c8601ec8c")
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
