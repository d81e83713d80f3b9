import Foundation
import Testing
@testable import ClipBench

struct BaselineExtractorTests {
    /// Every non-whitespace scalar lies in exactly one region; regions are in order and non-empty.
    func expectPartition(_ prediction: Prediction, of text: SeedText) {
        var covered = [Int](repeating: 0, count: text.count)
        var previousEnd = 0
        for region in prediction.regions {
            #expect(region.start >= previousEnd && region.start < region.end && region.end <= text.count)
            #expect((region.label == .boilerplate) == (region.category != nil))
            previousEnd = region.end
            for offset in region.start..<region.end { covered[offset] += 1 }
        }
        for offset in 0..<text.count where !text.scalars[offset].properties.isWhitespace {
            #expect(covered[offset] == 1, "scalar \(offset) is covered \(covered[offset]) times")
        }
    }

    @Test(arguments: ["", " \n\t\n", "سطر واحد فقط", "Just an English page.\nWith two lines of text that say nothing in particular, really, at all.",
                      "logo\nعنوان الخبر الرئيسي اليوم\nمنذ 5 أيام\nنص الخبر الطويل الذي يتحدث عن المحادثات بين روسيا والولايات المتحدة في إسطنبول.\n\u{0}"])
    func givesAValidPredictionForAnyText(string: String) throws {
        let text = SeedText(string)
        let prediction = BaselineExtractor().extract(text, id: "x")
        #expect(prediction.attempted == Set(PredictionTask.allCases))
        expectPartition(prediction, of: text)
        for item in prediction.entities { #expect(text[(item.start ?? 0)..<(item.end ?? 0)] == item.text) }
        for item in prediction.dates { #expect(text[(item.start ?? 0)..<(item.end ?? 0)] == item.text) }
        // What it prints reads back as the same prediction.
        #expect(try Prediction(jsonText: prediction.jsonLine) == prediction)
    }

    @Test func handlesASeedEndToEnd() throws {
        let string = "logo\nمحادثات بين روسيا وأميركا في إسطنبول\n\nمحادثات بين روسيا وأميركا في إسطنبول\nالشرق السعودية١٠-٠٤-٢٠٢٥\nوصفت وزارة الخارجية الأميركية المحادثات التي جرت مع روسيا في إسطنبول، الخميس، بأنها بناءة.\nأخبار ذات صلة\nبوتين يزور كورسك"
        let text = SeedText(string)
        let prediction = BaselineExtractor().extract(text, id: "s")
        #expect(prediction.headline == "محادثات بين روسيا وأميركا في إسطنبول")
        #expect(prediction.published == "2025-04-10")
        #expect(prediction.body == "وصفت وزارة الخارجية الأميركية المحادثات التي جرت مع روسيا في إسطنبول، الخميس، بأنها بناءة.")
        // Each occurrence of the headline is a region of its own.
        #expect(prediction.regions.map(\.label) == [.boilerplate, .headline, .headline, .metadata, .body, .boilerplate, .boilerplate])
        #expect(prediction.regions.filter { $0.label == .headline }.allSatisfy { text[$0.start..<$0.end] == prediction.headline })
        #expect(prediction.dates.map(\.value) == ["2025-04-10", "2025-04-10"])
        expectPartition(prediction, of: text)
    }

    @Test func staysLinearOnALargeClipping() {
        // About 1.3 MB on one line and on many lines: must finish (no quadratic blow-up).
        let sentence = "وقال وزير الخارجية سيرجي لافروف في موسكو يوم الخميس 18 فبراير 2025 إن المحادثات مفيدة. "
        let oneLine = SeedText(String(repeating: sentence, count: 8_000))
        #expect(BaselineExtractor().extract(oneLine, id: "big").body != nil)
        let manyLines = SeedText(String(repeating: sentence + "\n", count: 8_000))
        #expect(BaselineExtractor().extract(manyLines, id: "big").entities.count >= 8_000)
    }
}

struct BaselineReferenceTimeTests {
    @Test func leavesRelativeDatesInBoilerplateUnresolved() {
        let page = "محادثات جديدة في إسطنبول اليوم\n2025-04-10\nانطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة يوم الخميس في إسطنبول، بهدف تطبيع العلاقات.\nأخبار ذات صلة\nبوتين يزور كورسك يوم الأربعاء في 6 أغسطس 2024"
        let prediction = BaselineExtractor().extract(SeedText(page), id: "x")
        let values = Dictionary(prediction.dates.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["يوم الخميس"] == "2025-04-10")
        #expect(values["يوم الأربعاء"] == .some(nil))
        #expect(values["6 أغسطس 2024"] == "2024-08-06")
    }
}
