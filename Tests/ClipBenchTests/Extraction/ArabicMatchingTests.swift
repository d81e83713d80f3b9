import Testing
@testable import ClipBench

struct ArabicMatchingTests {
    @Test(arguments: [("إقرأ أيضاً", "اقرا ايضا"), ("٢٠٢٥", "2025"), ("المتحدّثة", "المتحدثه"), ("GMT", "gmt"), ("الـ", "ال")])
    func foldsSpellingVariants(text: String, key: String) {
        #expect(ArabicMatching.key(text) == key)
    }

    @Test func stripsOneClitic() {
        let words: Set<String> = ["روسيا", "الرياض"]
        #expect(ArabicMatching.strippingClitic("وروسيا", in: words)?.dropped == 1)
        #expect(ArabicMatching.strippingClitic("وبروسيا", in: words)?.dropped == 2)
        #expect(ArabicMatching.strippingClitic("للرياض", in: words)?.dropped == -1)
        #expect(ArabicMatching.strippingClitic("ببروسيا", in: words) == nil)
    }
}
