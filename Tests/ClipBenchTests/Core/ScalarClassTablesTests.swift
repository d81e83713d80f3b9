import Testing
@testable import ClipBench

@Suite struct ScalarClassTablesTests {
    @Test func tablesAgreeWithDirectClassificationOnEveryScalar() {
        // Every scalar of the Unicode code space, so an offset slip at a table's edge shows.
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ScalarClasses.classes(of: scalar) != ScalarClasses.classify(scalar) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(5).map { String($0, radix: 16) })")
    }

    @Test(arguments: [
        ("ب", ScalarClasses.word), ("ّ", 0), ("،", ScalarClasses.removed), ("“", ScalarClasses.removed),
        ("ﻻ", ScalarClasses.word), ("😀", ScalarClasses.removed), ("𝑥", ScalarClasses.word), ("_", ScalarClasses.word | ScalarClasses.removed),
    ] as [(String, UInt8)])
    func classifiesScalarsOfEachTableAndBeyond(text: String, expected: UInt8) throws {
        let scalar = try #require(text.unicodeScalars.first)
        #expect(ScalarClasses.classes(of: scalar) & (ScalarClasses.word | ScalarClasses.removed) == expected)
    }

    @Test func tokenizerSplitsTextOutsideTheTables() {
        // Words in CJK and beyond the BMP are words; the emoji between them is not.
        #expect(WordTokenizer.words(in: "漢字😀𝑥𝑦 ب") == ["漢字", "𝑥𝑦", "ب"])
        let text = "漢字😀𝑥𝑦"
        let ranges = Array(text.utf8).withUnsafeBufferPointer { WordTokenizer.wordByteRanges(in: $0) }
        #expect(ranges == [0..<6, 10..<18])
    }
}
