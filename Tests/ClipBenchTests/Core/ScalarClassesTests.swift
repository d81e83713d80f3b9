import Foundation
import Testing
@testable import ClipBench

struct ScalarClassesTests {
    static let word = ScalarClasses.word
    static let whitespace = ScalarClasses.whitespace
    static let removed = ScalarClasses.removed
    static let lowercases = ScalarClasses.changesWhenLowercased
    static let stable = ScalarClasses.stableUnderNFKC

    @Test(arguments: [
        // Arabic letters and Arabic-Indic digits are word characters, stable under NFKC.
        ("\u{0627}", word | stable), ("\u{0645}", word | stable), ("\u{0629}", word | stable),
        ("\u{0661}", word | stable), ("\u{06F5}", word | stable),
        // Tatweel is a modifier letter (Lm): a word character.
        ("\u{0640}", word | stable),
        // Harakat and superscript alef are marks (Mn): neither word nor removed, and the normaliser drops them.
        ("\u{064B}", stable), ("\u{064E}", stable), ("\u{0651}", stable), ("\u{065F}", stable), ("\u{0670}", stable),
        // Marks that compose with a neighbour are not stable under NFKC.
        ("\u{0653}", 0), ("\u{0654}", 0), ("\u{0655}", 0),
        // A compatibility letter (high hamza alef) decomposes under NFKC.
        ("\u{0675}", word),
        // Arabic punctuation is removed.
        ("\u{060C}", removed | stable), ("\u{061F}", removed | stable), ("\u{066A}", removed | stable),
        // Cf characters: the right-to-left mark, zero-width non-joiner and joiner, the byte order mark.
        ("\u{200F}", removed | stable), ("\u{200C}", removed | stable), ("\u{200D}", removed | stable), ("\u{FEFF}", removed),
        // ASCII.
        ("a", word | stable), ("Z", word | lowercases | stable), ("_", removed | word | stable), ("5", word | stable),
        ("-", removed | stable), (" ", whitespace | stable), ("\n", whitespace | removed | stable),
        ("«", removed | stable), ("»", removed | stable),
        // Beyond the BMP, classified directly: an emoji is a symbol; a supplementary letter is a word character.
        ("\u{1F600}", removed), ("\u{1D400}", word), ("\u{10400}", word | lowercases),
        // Ligatures and full-width letters change under NFKC.
        ("\u{FB01}", word), ("\u{FF21}", word | lowercases), ("\u{FEFB}", word),
    ] as [(Unicode.Scalar, UInt8)])
    func classifiesSampleScalars(scalar: Unicode.Scalar, expected: UInt8) {
        #expect(ScalarClasses.classes(of: scalar) == expected, "U+\(String(scalar.value, radix: 16, uppercase: true))")
    }

    // That the lazily built tables agree with direct classification on every scalar is checked by
    // ScalarClassTablesTests.

    /// What the flag promises: a scalar marked stable (whitespace aside, which the normaliser folds to
    /// one space anyway) is its own NFKC form.
    @Test func everyScalarMarkedStableIsItsOwnNFKCForm() {
        var failures: [String] = []
        for value in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let classes = ScalarClasses.classes(of: scalar)
            guard classes & Self.stable != 0, classes & Self.whitespace == 0 else { continue }
            let text = String(scalar)
            if text.precomposedStringWithCompatibilityMapping != text { failures.append(String(value, radix: 16, uppercase: true)) }
        }
        #expect(failures.isEmpty, "changed by NFKC: \(failures.prefix(20))")
    }
}
