import Testing
@testable import ClipBench

@Suite struct WordTokenizerTests {
    @Test(arguments: [
        ("", [String]()),
        ("   ,,, !", []),
        ("Hello, world_1!", ["Hello", "world_1"]),
        ("a-b c", ["a", "b", "c"]),
        // Harakat and shadda (Mn) split words, as Python's \w does.
        ("مُحَمَّد", ["م", "ح", "م", "د"]),
        // Tatweel is Lm, a letter: it stays inside the word.
        ("محـــمد", ["محـــمد"]),
        ("٢٠٢٥-٠٤-١٠", ["٢٠٢٥", "٠٤", "١٠"]),
        ("½ Ⅻ x²", ["½", "Ⅻ", "x²"]),
        ("«الرياض»، اليوم؟", ["الرياض", "اليوم"]),
    ])
    func wordsMatchPythonWordRuns(text: String, expected: [String]) {
        #expect(WordTokenizer.words(in: text) == expected)
        #expect(WordTokenizer.tokens(in: text).map(\.text) == expected)
    }

    @Test func offsetsAreScalars() {
        let tokens = WordTokenizer.tokens(in: "مُ ab")
        #expect(tokens.map(\.range) == [0..<1, 3..<5])
        let seed = SeedText("مُ ab")
        #expect(WordTokenizer.tokens(in: seed) == tokens)
        #expect(tokens.allSatisfy { seed[$0.range] == $0.text })
    }

    @Test(arguments: [
        (Unicode.Scalar("_"), true), ("\u{064E}", false), ("\u{0651}", false), ("\u{0640}", true),
        ("\u{0663}", true), ("\u{00B2}", true), ("\u{2167}", true), ("-", false), ("\u{00AB}", false),
    ] as [(Unicode.Scalar, Bool)])
    func classifiesWordScalars(scalar: Unicode.Scalar, expected: Bool) {
        #expect(WordTokenizer.isWordScalar(scalar) == expected)
    }
}
