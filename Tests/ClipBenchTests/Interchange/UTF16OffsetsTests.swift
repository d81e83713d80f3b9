import Testing
@testable import ClipBench

struct UTF16OffsetsTests {
    @Test func countsAnEmojiOutsideTheBMPAsTwoUnits() {
        let text = SeedText("a😀b")
        let offsets = UTF16Offsets(text)
        #expect(text.count == 3)
        #expect(offsets.utf16Count == 4)
        #expect(offsets.utf16Offset(ofScalar: 1) == 1)
        #expect(offsets.utf16Offset(ofScalar: 2) == 3, "the emoji is two UTF-16 units")
        #expect(offsets.scalarOffset(ofUTF16: 3) == 2)
        #expect(offsets.scalarOffset(ofUTF16: 2) == nil, "inside the surrogate pair")
        #expect(offsets.utf16Offset(ofScalar: 4) == nil)
        #expect(offsets.scalarOffset(ofUTF16: 5) == nil)
    }

    @Test func countsArabicMarksAsOneUnitEach() {
        // «مُحَمَّد»: 4 letters, damma, fatha, shadda, fatha: 8 scalars and 8 UTF-16 units, 4 Characters.
        let text = SeedText("😀 مُحَمَّد")
        let offsets = UTF16Offsets(text)
        #expect(text.count == 10)
        #expect(offsets.utf16Count == 11)
        for scalar in 0...text.count {
            let unit = offsets.utf16Offset(ofScalar: scalar)!
            #expect(unit == (scalar == 0 ? 0 : scalar + 1))
            #expect(offsets.scalarOffset(ofUTF16: unit) == scalar)
        }
    }

    @Test(arguments: ["", "abc", "😀😀", "🇸🇦 علّق", "x\u{10FFFF}y"])
    func convertsEveryBoundaryBothWaysAsSwiftsUTF16ViewCountsIt(_ string: String) {
        let text = SeedText(string)
        let offsets = UTF16Offsets(text)
        var index = string.unicodeScalars.startIndex
        for scalar in 0...text.count {
            let expected = string.utf16.distance(from: string.utf16.startIndex, to: index)
            #expect(offsets.utf16Offset(ofScalar: scalar) == expected)
            #expect(offsets.scalarOffset(ofUTF16: expected) == scalar)
            if index < string.unicodeScalars.endIndex { index = string.unicodeScalars.index(after: index) }
        }
    }
}
