import Testing
@testable import ClipBench

struct SeedTextTests {
    @Test func countsScalarsNotCharacters() {
        // «مُحَمَّد»: four letters carrying a damma, a fatha, a shadda and a fatha.
        let text = SeedText("مُحَمَّد")
        #expect(text.count == 8)
        #expect("مُحَمَّد".count == 4)
        #expect(text[0..<2] == "مُ")
    }

    @Test func findsLinesAndColumns() {
        let text = SeedText("أ\nبَ\n\nج")
        #expect(text.lineStarts == [0, 2, 5, 6])
        #expect(text.lineAndColumn(of: 0) == (1, 1))
        #expect(text.lineAndColumn(of: 3) == (2, 2))
        #expect(text.lineAndColumn(of: 6) == (4, 1))
        #expect(text.rangeOfLine(2) == 2..<4)
        #expect(text.rangeOfLine(3) == 5..<5)
        #expect(text.rangeOfLine(5) == nil)
    }

    @Test func findsOverlappingOccurrences() {
        #expect(SeedText("ababa").occurrences(of: "aba") == [0, 2])
        #expect(SeedText("abc").occurrences(of: "") == [])
    }

    @Test(arguments: ["../x", "", ".hidden", "a/b", "ok id"])
    func rejectsUnsafeIDs(id: String) {
        #expect(ClippingID.problem(with: id) != nil)
    }

    @Test func acceptsSeedIDs() {
        #expect(ClippingID.problem(with: "000_fafa66e8a14f78c9") == nil)
    }
}
