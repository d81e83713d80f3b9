import Testing
@testable import ClipBench

struct BratFormatTests {
    @Test func theGoldComesBackUnchanged() throws {
        let clippings = InterchangeFixtures.packageClippings()
        try #require(clippings.count >= 5)
        for clipping in clippings {
            let ann = BratFormat.ann(for: clipping.annotation, notes: clipping.notes, text: clipping.seed)
            let back = BratFormat.annotation(ann: ann, text: clipping.seed, id: clipping.id, path: "\(clipping.id).ann", status: .done)
            #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
            #expect(back.annotation?.annotation == clipping.annotation, "\(clipping.id)")
            #expect(back.annotation?.notes == [clipping.notes, "Imported from brat: \(clipping.id).ann."].compactMap { $0 }.joined(separator: "\n"))
        }
    }

    @Test func splitsASpanAtLineBreaksIntoFragments() throws {
        let annotation = InterchangeFixtures.markedAnnotation
        let text = InterchangeFixtures.markedText
        let ann = BratFormat.ann(for: annotation, notes: "a note 😀", text: text)
        let lines = ann.split(separator: "\n").map(String.init)
        #expect(lines.contains("T1\tboilerplate 0 12\tتعليق 😀 جميل"), "an emoji is one code point")
        #expect(lines.contains("A1\tCategory T1 comments"))
        // The body crosses the line break at 38: two fragments, their texts joined by a space.
        let lineBreak = text.occurrences(of: "\n")[1]
        #expect(lineBreak == 38)
        #expect(lines.contains("T2\tbody 13 38;39 \(text.count - 1)\t\(text[13..<38]) \(text[39..<(text.count - 1)])"))
        #expect(lines.contains("#1\tAnnotatorNotes T4\tid: riyadh"))
        #expect(lines.contains("#2\tAnnotatorNotes T5\tvalue: 2025-02-18"))
        let back = BratFormat.annotation(ann: ann, text: text, id: "marked", path: "marked.ann", status: .done)
        #expect(back.annotation?.annotation == annotation)
        #expect(back.annotation?.notes?.hasPrefix("a note 😀\n") == true)
        let crossing = SeedText("أول\nثاني\n")
        let fragments = BratFormat.fragments(of: 0..<8, in: crossing)
        #expect(fragments == [0..<3, 4..<8])
    }

    @Test func reportsEachBrokenLineAtItsPlace() {
        let text = SeedText("قال بوتين")
        let ann = "T1\tPER 4 9\tبوتين\nT2\tPER 4 99\tبوتين\nT3\tPER 0 3\tقيل\nR1\tRelated Arg1:T1 Arg2:T3\n#1\tAnnotatorNotes T9\tid: x\n"
        let back = BratFormat.annotation(ann: ann, text: text, id: "c", path: "c.ann")
        #expect(back.annotation == nil)
        #expect(back.diagnostics.map(\.description).sorted() == [
            "c.ann:2:8: error: the offsets '4 99' are not ordered START END fragments inside the text (9 code points)",
            "c.ann:3:12: error: the text «قيل» is not the text at 0 3, «قال»",
            "c.ann:4:1: error: 'R1' is not a kind of annotation ClipBench reads (T, A and # lines)",
            "c.ann:5:1: error: a note on T9, which is no text-bound annotation",
        ])
    }
}
