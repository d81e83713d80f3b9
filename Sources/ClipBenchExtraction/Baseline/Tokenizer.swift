import ClipBenchCore
import ClipBenchDataset

/// Splits a range of a clipping into ``TextToken``s.
///
/// ```swift
/// let text = SeedText("السعودية١٠-٠٤")
/// Tokenizer.tokens(in: text, range: 0..<text.count).map(\.text)   // ["السعودية", "١٠", "-", "٠٤"]
/// ```
///
/// - Complexity: O(n) in the length of the range.
public enum Tokenizer {
    public static func tokens(in text: SeedText, range: Range<Int>) -> [TextToken] {
        var tokens: [TextToken] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text.scalars[index]
            guard let kind = kind(of: scalar) else { index += 1; continue }
            var end = index + 1
            if kind != .symbol {
                while end < range.upperBound {
                    let next = text.scalars[end]
                    // A mark continues whatever word it follows.
                    if next.isCombiningMark && kind != .number { end += 1; continue }
                    guard self.kind(of: next) == kind else { break }
                    end += 1
                }
            }
            let tokenText = text[index..<end]
            tokens.append(TextToken(kind: kind, start: index, end: end, text: tokenText, key: ArabicMatching.key(tokenText)))
            index = end
        }
        return tokens
    }

    /// The kind of token `scalar` starts or continues; nil for whitespace.
    package static func kind(of scalar: Unicode.Scalar) -> TextToken.Kind? {
        if scalar.properties.isWhitespace { return nil }
        if scalar.properties.numericType == .decimal { return .number }
        let isArabicBlock = (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value)
            || (0x08A0...0x08FF).contains(scalar.value) || (0xFB50...0xFDFF).contains(scalar.value)
            || (0xFE70...0xFEFF).contains(scalar.value)
        if scalar.properties.isAlphabetic || scalar.isCombiningMark {
            return isArabicBlock ? .arabicWord : .otherWord
        }
        // Zero-width joiners and direction marks are invisible: not tokens of their own.
        if scalar.properties.generalCategory == .format { return nil }
        return .symbol
    }
}
