/// Precomputed classes of the Basic Multilingual Plane's scalars, for the tokenizer and the normaliser.
///
/// Looking up a scalar's general category in the standard library's Unicode tables costs tens of
/// nanoseconds; scoring reads every scalar of every clipping several times, so the classes of the
/// blocks news text is written in are read from tables: U+0000–U+07FF (Latin to Arabic and its
/// supplement), the general punctuation U+2000–U+206F and the Arabic presentation forms
/// U+FB50–U+FEFF. Each table is built lazily, the first time a scalar of its range is asked for
/// (Swift initialises a `static let` once, thread-safely), so a process pays only for the blocks its
/// texts use (about 2,000 scalars for Arabic and Latin text, instead of all 65,536 of the BMP at every
/// start). Other scalars are classified directly.
package enum ScalarClasses {
    package static let word: UInt8 = 1
    package static let whitespace: UInt8 = 2
    /// Punctuation, symbols, format and control characters: removed by the matching normalisation.
    package static let removed: UInt8 = 4
    package static let changesWhenLowercased: UInt8 = 8
    /// Unchanged by NFKC and never composed or reordered with a neighbour, so a text made only of
    /// such scalars can skip Foundation's NFKC: ASCII, whitespace, « », the general punctuation
    /// block, and the Arabic block without its composing marks (U+0653–U+0655), its Quranic and
    /// other reorderable marks (U+0610–U+061A, U+06D6–U+06ED) and its compatibility letters (U+0675–U+0678).
    /// The harakat U+064B–U+065F may reorder among themselves, but the normaliser drops them all.
    package static let stableUnderNFKC: UInt8 = 16

    package static let lowTable = table(for: 0x0000..<0x0800)
    package static let punctuationTable = table(for: 0x2000..<0x2070)
    package static let presentationFormsTable = table(for: 0xFB50..<0xFF00)

    private static func table(for range: Range<UInt32>) -> [UInt8] {
        range.map { value in Unicode.Scalar(value).map(classify) ?? 0 }
    }

    package static func classify(_ scalar: Unicode.Scalar) -> UInt8 {
        var classes: UInt8 = 0
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            classes |= word
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .format, .control:
            classes |= removed
        default:
            break
        }
        if scalar == "_" { classes |= word }
        if properties.isWhitespace { classes |= whitespace }
        if properties.changesWhenLowercased { classes |= changesWhenLowercased }
        if isStableUnderNFKC(scalar.value) || (properties.isWhitespace && scalar.value < 0x3000) { classes |= stableUnderNFKC }
        return classes
    }

    package static func isStableUnderNFKC(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F, 0xAB, 0xBB: return true
        case 0x0610...0x061A, 0x0653...0x0655, 0x0675...0x0678, 0x06D6...0x06ED: return false
        case 0x0600...0x06FF: return true
        case 0x200B...0x2010, 0x2012...0x2016, 0x2018...0x2023, 0x2027...0x202E, 0x2030...0x2032, 0x2035, 0x2038...0x203B,
             0x203D, 0x203F...0x2046, 0x204A...0x2056, 0x2058...0x205E:
            return true
        default: return false
        }
    }

    @inline(__always)
    package static func classes(of scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x0800 { return lowTable[Int(value)] }
        if value >= 0x2000 && value < 0x2070 { return punctuationTable[Int(value - 0x2000)] }
        if value >= 0xFB50 && value < 0xFF00 { return presentationFormsTable[Int(value - 0xFB50)] }
        return classify(scalar)
    }
}
