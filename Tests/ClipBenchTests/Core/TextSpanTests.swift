import Foundation
import Testing
@testable import ClipBench

struct TextSpanTests {
    @Test(arguments: [(4, 9, 4..<9), (0, 0, 0..<0), (3, 3, 3..<3), (7, 2, 7..<7)])
    func givesItsRangeNeverReversed(start: Int, end: Int, range: Range<Int>) {
        #expect(TextSpan(start: start, end: end, text: "").range == range)
    }

    @Test(arguments: [
        ((0, 3), (3, 10), false),   // touching ends share nothing
        ((3, 10), (0, 3), false),
        ((0, 3), (2, 5), true),
        ((1, 9), (3, 10), true),
        ((0, 10), (4, 5), true),    // containment
        ((4, 5), (4, 5), true),
        ((0, 10), (4, 4), false),   // an empty span holds no scalar
        ((4, 4), (0, 10), false),
        ((4, 4), (4, 4), false),
        ((5, 9), (0, 5), false),
    ])
    func overlapsWhenItSharesAScalar(first: (Int, Int), second: (Int, Int), expected: Bool) {
        let a = TextSpan(start: first.0, end: first.1, text: "")
        let b = TextSpan(start: second.0, end: second.1, text: "")
        #expect(a.overlaps(b) == expected)
        #expect(b.overlaps(a) == expected)
        // The same answer as the standard library's ranges.
        #expect(a.range.overlaps(b.range) == expected)
    }

    @Test func offsetsAreScalarsOfTheSeed() {
        // «مُحَمَّد» is 8 scalars (4 letters, 4 marks) though 4 Characters; the emoji is 1 scalar, 2 UTF-16 units.
        let seed = SeedText("في مُحَمَّد 😀")
        let span = TextSpan(start: 3, end: 11, text: "مُحَمَّد")
        #expect(seed[span.range] == span.text)
        #expect(seed[TextSpan(start: 12, end: 13, text: "😀").range] == "😀")
    }

    @Test func roundTripsThroughJSONWithItsText() throws {
        let span = TextSpan(start: 12, end: 13, text: "😀")
        let data = try JSONEncoder().encode(span)
        #expect(try JSONDecoder().decode(TextSpan.self, from: data) == span)
        #expect(span != TextSpan(start: 12, end: 13, text: "x"))
    }
}
