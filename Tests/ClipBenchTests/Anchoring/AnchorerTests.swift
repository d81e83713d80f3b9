import Foundation
import Testing
@testable import ClipBench

struct AnchorerTests {
    // «مُحَمَّد» carries harakat and a shadda: offsets after it differ between scalars and Characters.
    static let seed = SeedText("مُحَمَّد في القاهرة\nوصل مُحَمَّد إلى القاهرة\nالقاهرة\n")

    static func annotation(_ entities: String) -> String {
        """
        # comment kept
        id: s
        status: draft
        headline: null
        published: {value: null, reason: absent}   # trailing comment kept
        regions: []
        entities:
        \(entities)
        dates: []

        """
    }

    /// Found by `Fuzz/` (FuzzAnchor): stale offsets written with a leading zero (`start: 01`) were
    /// rewritten by the length of their value, so the file read back had start 91 and end 11, and
    /// the re-read check trapped building the range. Now nothing is written and an error says so.
    @Test func refusesRatherThanTrapsOnStaleOffsetsWithALeadingZero() {
        let outcome = Anchorer.anchor(yaml: Self.annotation("  - {start: 01, end: 5, text: \"في\", type: LOC}"), path: "a.yaml", seed: Self.seed)
        #expect(outcome.text == nil)
        #expect(outcome.hasErrors)
    }

    @Test func insertsOffsetsInFlowMappingsCountingScalars() throws {
        let outcome = Anchorer.anchor(yaml: Self.annotation("  - {text: \"مُحَمَّد\", type: PER, line: 2}"), path: "a.yaml", seed: Self.seed)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.anchoredCount == 1)
        // Line 2 starts at scalar 20; «وصل » is 4 scalars; «مُحَمَّد» is 8.
        #expect(outcome.text == Self.annotation("  - {start: 24, end: 32, text: \"مُحَمَّد\", type: PER, line: 2}"))
    }

    @Test func insertsOffsetLinesInBlockMappingsWithTheKeysIndentation() throws {
        let block = "  - type: LOC\n    text: \"القاهرة\"   # the city\n    occurrence: 3"
        let outcome = Anchorer.anchor(yaml: Self.annotation(block), path: "a.yaml", seed: Self.seed)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.text == Self.annotation("  - type: LOC\n    start: 45\n    end: 52\n    text: \"القاهرة\"   # the city\n    occurrence: 3"))
        let first = Anchorer.anchor(yaml: Self.annotation("  - text: \"وصل\"\n    type: MISC"), path: "a.yaml", seed: Self.seed)
        #expect(first.text == Self.annotation("  - start: 20\n    end: 23\n    text: \"وصل\"\n    type: MISC"))
    }

    @Test func leavesAnAnchoredFileAsItIs() throws {
        let text = Self.annotation("  - {start: 24, end: 32, text: \"مُحَمَّد\", type: PER}")
        let outcome = Anchorer.anchor(yaml: text, path: "a.yaml", seed: Self.seed)
        #expect(outcome.anchoredCount == 0 && outcome.text == text && outcome.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("  - {text: \"الرياض\", type: LOC}", "entity 1 «الرياض»: the quote is not found in the seed"),
        ("  - {text: \"القاهرة\", type: LOC}", "the quote is ambiguous, it occurs 3 times in the seed (seed lines 1, 2, 3); add line: N (or occurrence: K)"),
        ("  - {text: \"القاهرة\", type: LOC, occurrence: 4}", "asks for occurrence 4, but the quote occurs 3 times in the seed"),
        ("  - {text: \"القاهرة\", type: LOC, line: 9}", "has line: 9, but the seed has 4 lines"),
        ("  - {start: 0, end: 3, text: \"القاهرة\", type: LOC}", "has offsets [0, 3) whose text differs from the seed there, which reads «مُح», and cannot be anchored again: entity 1 «القاهرة»: the quote is ambiguous"),
        ("  - {start: 0, text: \"مُحَمَّد\", type: PER}", "has only one of 'start' and 'end'"),
        ("  - {text: \"مُحَم\", type: PER, line: 1}", "the quote cuts the marks of its last letter off; the seed reads «مُحَمَّ»"),
        ("  - {text: \"ُحَمَّد\", type: PER, line: 1}", "the quote starts on a combining mark (U+064F) of the letter before it in the seed"),
    ])
    func refusesWhatItCannotPlaceAndChangesNothing(entities: String, message: String) {
        let outcome = Anchorer.anchor(yaml: Self.annotation(entities + "\n  - {text: \"وصل\", type: MISC}"), path: "a.yaml", seed: Self.seed)
        #expect(outcome.text == nil)
        #expect(outcome.anchoredCount == 0)
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.message.contains(message) == true, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.first?.location.line == 8)
    }

    @Test func keepsWindowsLineBreaks() {
        let crlf = Self.annotation("  - text: \"وصل\"\n    type: MISC").replacingOccurrences(of: "\n", with: "\r\n")
        let outcome = Anchorer.anchor(yaml: crlf, path: "a.yaml", seed: Self.seed)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.text == Self.annotation("  - start: 20\n    end: 23\n    text: \"وصل\"\n    type: MISC").replacingOccurrences(of: "\n", with: "\r\n"))
    }

    // «جزائر» lies inside «الجزائري» and «الجزائر»; only «جزائر» standing alone is a whole word.
    static let wordSeed = SeedText("زار الوفد الجزائري الجزائر\nجزائر صغيرة\n")

    @Test func matchesWholeWordsOnlyUnlessTheSpanIsPartial() throws {
        let inside = Anchorer.anchor(yaml: Self.annotation("  - {text: \"جزائر\", type: LOC, line: 1}"), path: "a.yaml", seed: Self.wordSeed)
        #expect(inside.text == nil)
        #expect(inside.diagnostics.map(\.message) == [
            "entity 1 «جزائر»: the quote is not found as a whole word on line 1; it occurs 2 times inside a word (as in «الجزائري» on line 1): quote the whole word, or add partial: true",
        ])
        let whole = Anchorer.anchor(yaml: Self.annotation("  - {text: \"جزائر\", type: LOC}"), path: "a.yaml", seed: Self.wordSeed)
        #expect(whole.text == Self.annotation("  - {start: 27, end: 32, text: \"جزائر\", type: LOC}"))
        let partial = Anchorer.anchor(yaml: Self.annotation("  - {text: \"جزائر\", type: LOC, line: 1, occurrence: 2, partial: true}"), path: "a.yaml", seed: Self.wordSeed)
        #expect(partial.diagnostics.isEmpty)
        #expect(partial.text == Self.annotation("  - {start: 21, end: 26, text: \"جزائر\", type: LOC, line: 1, occurrence: 2, partial: true}"))
    }

    @Test func reanchorsACorrectedQuoteAndNamesBothOffsets() throws {
        // The annotator corrected «القاهر» to «الرئيس» after anchoring: the offsets are stale.
        let stale = Self.annotation("  - {start: 45, end: 51, text: \"وصل\", type: MISC}   # corrected")
        let outcome = Anchorer.anchor(yaml: stale, path: "a.yaml", seed: Self.seed)
        #expect(outcome.text == Self.annotation("  - {start: 20, end: 23, text: \"وصل\", type: MISC}   # corrected"))
        #expect(outcome.anchoredCount == 1)
        #expect(outcome.diagnostics.map(\.description) == ["a.yaml:8:13: note: entity 1 «وصل» re-anchored from [45, 51) to [20, 23)"])
    }
}
