import Testing
@testable import ClipBench

@Suite struct ArabicNormalizerTests {
    @Test(arguments: [
        ("", ""),
        ("  \n ", ""),
        // Harakat, shadda, tatweel, superscript alef dropped.
        ("مُحَمَّـــد", "محمد"),
        ("هٰذا", "هذا"),
        // Hamza forms of alef, alef maqsura, ta marbuta.
        ("أحمد إلى آخر ٱلله", "احمد الي اخر الله"),
        ("مدرسة", "مدرسه"),
        // Digits.
        ("٢٠٢٥ ۱۴۰۳", "2025 1403"),
        // Punctuation removed, Arabic marks included; whitespace collapsed.
        ("«الرياض»، اليوم؛   هل؟", "الرياض اليوم هل"),
        // Latin case-folded, ASCII punctuation removed as SQuAD does.
        ("The U.S.,  Straße!", "the us strasse"),
        // NFKC: presentation forms and full-width letters.
        ("\u{FEFB} ＡＢＣ", "لا abc"),
        // Invisible format characters.
        ("ab\u{200F}c\u{200C}d", "abcd"),
    ])
    func normalizes(text: String, expected: String) {
        #expect(ArabicNormalizer.normalize(text) == expected)
    }

    @Test func tokensSplitOnWhitespace() {
        #expect(ArabicNormalizer.tokens(in: " «أَحْمَد»  و\tمحمد ") == ["احمد", "و", "محمد"])
    }
}
