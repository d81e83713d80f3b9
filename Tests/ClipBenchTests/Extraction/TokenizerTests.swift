import Testing
@testable import ClipBench

struct TokenizerTests {
    @Test func splitsDigitsGluedToWords() {
        let text = SeedText("الشرق السعودية١٠-٠٤-٢٠٢٥")
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
        #expect(tokens.map(\.text) == ["الشرق", "السعودية", "١٠", "-", "٠٤", "-", "٢٠٢٥"])
        #expect(tokens[2].numberValue == 10)
        #expect(tokens[6].digitCount == 4)
    }

    @Test func splitsScriptsAndKeepsMarksInWords() {
        let text = SeedText("Newsletterالرسالة مُحَمَّد")
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
        #expect(tokens.map(\.text) == ["Newsletter", "الرسالة", "مُحَمَّد"])
        // Offsets are scalars: the name's marks count.
        #expect(tokens[2].end - tokens[2].start == 8)
        #expect(tokens[2].key == "محمد")
    }

    @Test func offsetAfterACliticSkipsTatweel() {
        let text = SeedText("لـبغداد")
        let token = Tokenizer.tokens(in: text, range: 0..<text.count)[0]
        #expect(token.offset(afterKeyScalars: 1) == 2)
    }
}
