import Testing
@testable import ClipBench

struct ArabicLetterFoldingTests {
    typealias Outcome = ArabicLetterFolding.Outcome

    @Test(arguments: [
        // Hamza carriers and wasla on alef fold to a bare alef; alef maqsura to yeh; teh marbuta to heh.
        ("\u{0622}", Outcome.replace("\u{0627}")), ("\u{0623}", .replace("\u{0627}")), ("\u{0625}", .replace("\u{0627}")),
        ("\u{0671}", .replace("\u{0627}")), ("\u{0649}", .replace("\u{064A}")), ("\u{0629}", .replace("\u{0647}")),
        // Tatweel, the harakat from fathatan to the last mark of the range, and superscript alef are dropped.
        ("\u{0640}", .drop), ("\u{064B}", .drop), ("\u{064E}", .drop), ("\u{0651}", .drop), ("\u{0652}", .drop),
        ("\u{065F}", .drop), ("\u{0670}", .drop),
        // Everything else is kept: the plain letters, hamza on waw and yeh, the neighbours of each range, Latin, emoji.
        ("\u{0627}", .keep), ("\u{064A}", .keep), ("\u{0647}", .keep), ("\u{0621}", .keep), ("\u{0624}", .keep),
        ("\u{0626}", .keep), ("\u{063F}", .keep), ("\u{0641}", .keep), ("\u{066A}", .keep), ("\u{066F}", .keep),
        ("\u{0672}", .keep), ("\u{06EF}", .keep), ("\u{06FA}", .keep), ("a", .keep), ("7", .keep), ("\u{1F600}", .keep),
    ] as [(Unicode.Scalar, Outcome)])
    func foldsOneScalar(scalar: Unicode.Scalar, expected: Outcome) {
        #expect(ArabicLetterFolding.fold(scalar) == expected, "U+\(String(scalar.value, radix: 16, uppercase: true))")
    }

    /// Arabic-Indic (U+0660…) and extended Arabic-Indic (U+06F0…) digits become the ASCII digit of the same value.
    @Test(arguments: [0x0660, 0x06F0], 0..<10)
    func foldsEachDigitToItsValue(base: UInt32, value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(base + value))
        #expect(ArabicLetterFolding.fold(scalar) == .replace(Unicode.Scalar(UInt8(ascii: "0") + UInt8(value))))
    }

    @Test func theNormaliserUsesTheSameFolding() {
        // A spelling with hamza, harakat, shadda and tatweel matches the bare one.
        #expect(ArabicNormalizer.normalize("أَحْمَّـــد") == ArabicNormalizer.normalize("احمد"))
        #expect(ArabicNormalizer.normalize("مدرسة ٢٠٢٥") == ArabicNormalizer.normalize("مدرسه 2025"))
    }
}
