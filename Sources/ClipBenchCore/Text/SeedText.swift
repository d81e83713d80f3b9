/// The text of one clipping, addressed by Unicode scalar offsets.
///
/// Every span in ClipBench is `[start, end)` counted in Unicode scalars from the start of the
/// file (SPEC section 2). Swift's `Character` merges an Arabic letter with its harakat and
/// shadda, so `String.count` would silently shift every later span; this type never uses it.
///
/// ```swift
/// let text = SeedText("مُحَمَّد")
/// text.count            // 8 scalars (4 letters, 4 marks)
/// text[0..<2]           // "مُ"
/// ```
///
/// - Complexity: Building is O(n) in the number of scalars; slicing is O(length of the slice);
///   line and column lookup is O(log lines).
public struct SeedText: Sendable, Hashable {
    /// The original string, unchanged.
    public let string: String
    /// The string's Unicode scalars, indexable by offset.
    public let scalars: [Unicode.Scalar]
    /// The scalar offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Creates the scalar view of `string`; nothing is normalised.
    public init(_ string: String) {
        self.string = string
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(string.unicodeScalars.count)
        var lineStarts = [0]
        for scalar in string.unicodeScalars {
            scalars.append(scalar)
            if scalar == "\n" { lineStarts.append(scalars.count) }
        }
        self.scalars = scalars
        self.lineStarts = lineStarts
    }

    /// The number of Unicode scalars in the text.
    public var count: Int { scalars.count }

    /// The text of the scalars in `range`, which must lie within `0...count`.
    public subscript(range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Whether the scalars in `range` are exactly those of `text`. Not `self[range] == text`:
    /// String's `==` is canonical equivalence, so an NFD quote would equal an NFC span whose
    /// scalars (and so whose offsets and printed text) differ.
    ///
    /// - Complexity: O(length of `text`), nothing built.
    public func hasScalars(of text: String, in range: Range<Int>) -> Bool {
        contains(range) && range.lowerBound <= range.upperBound && scalars[range].elementsEqual(text.unicodeScalars)
    }

    /// Whether `range` is a valid, non-reversed range inside the text.
    public func contains(_ range: Range<Int>) -> Bool {
        range.lowerBound >= 0 && range.upperBound <= count
    }

    /// The 1-based line and column (both in scalars) of the scalar at `offset`.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The scalar range of 1-based `line`, without its line break, or nil past the last line.
    public func rangeOfLine(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : count
        return start..<max(start, end)
    }

    /// Every start offset at which `needle` occurs, left to right, overlapping occurrences included.
    ///
    /// - Complexity: O(n·m) in the worst case, O(n) for ordinary text.
    public func occurrences(of needle: String, in range: Range<Int>? = nil) -> [Int] {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty else { return [] }
        let bounds = range ?? 0..<count
        guard bounds.count >= pattern.count else { return [] }
        var result: [Int] = []
        var index = bounds.lowerBound
        let last = bounds.upperBound - pattern.count
        while index <= last {
            if scalars[index] == pattern[0] {
                var matched = true
                for offset in 1..<pattern.count where scalars[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { result.append(index) }
            }
            index += 1
        }
        return result
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is a combining mark (general category Mn, Mc or Me), such as a
    /// harakat or shadda, that belongs to the letter before it.
    public var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
