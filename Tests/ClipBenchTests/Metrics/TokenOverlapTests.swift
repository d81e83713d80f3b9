import Testing
@testable import ClipBench

@Suite struct TokenOverlapTests {
    /// (gold, predicted, common, gold count, predicted count) over normalised unigrams.
    @Test(arguments: [
        ("", "", 0, 0, 0),
        ("a b c", "", 0, 3, 0),
        ("", "a b", 0, 0, 2),
        ("a b c", "a b c", 3, 3, 3),
        ("a b c", "d e", 0, 3, 2),
        ("a b b", "b b b c", 2, 3, 4),
        // Harakat, tatweel, hamza forms and punctuation do not matter once normalised.
        ("قالَ «أحمـــد» إنّ", "قال احمد ان", 3, 3, 3),
        ("مدرسة ١٨", "مدرسه 18!", 2, 2, 2),
    ] as [(String, String, Int, Int, Int)])
    func countsNormalisedUnigrams(gold: String, predicted: String, common: Int, goldCount: Int, predictedCount: Int) {
        let overlap = TokenOverlap(normalizedGold: gold, normalizedPredicted: predicted)
        #expect(overlap.common == common)
        #expect(overlap.goldCount == goldCount)
        #expect(overlap.predictedCount == predictedCount)
        // The string-token form agrees with the byte-level one.
        let strings = TokenOverlap(gold: ArabicNormalizer.tokens(in: gold), predicted: ArabicNormalizer.tokens(in: predicted))
        #expect(strings == overlap)
        #expect(overlap.falsePositive == predictedCount - common && overlap.falseNegative == goldCount - common)
    }
}
