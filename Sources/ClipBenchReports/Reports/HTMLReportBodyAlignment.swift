import ClipBenchCore
import ClipBenchDataset
import ClipBenchExtraction
import ClipBenchEvaluation

/// The extractor's body aligned against the gold body, token by token: kept, missed and extra text.
///
/// Tokens are the body metric's (runs of Python-regex `\w` scalars); the alignment is a shortest
/// edit script over their texts. Each token carries the text up to the next token (spaces,
/// punctuation, harakat, line breaks): kept and extra tokens are the extractor's text, missed ones
/// the gold's, so the view reads as the extractor's body with what it missed put back in place.
///
/// ```swift
/// let alignment = HTMLReportBodyAlignment(gold: "قال زيد اليوم", predicted: "قال زيد أمس")
/// alignment.segments.map(\.kind)   // [.kept, .missed, .extra]
/// ```
///
/// - Complexity: O((n + m)·d) for n and m tokens and d differences (Myers' diff in the standard library).
public struct HTMLReportBodyAlignment: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case kept, missed, extra
    }

    /// A run of text of one kind.
    public struct Segment: Sendable, Hashable {
        public var kind: Kind
        public var text: String
    }

    public private(set) var segments: [Segment] = []
    public private(set) var keptTokens = 0
    public private(set) var missedTokens = 0
    public private(set) var extraTokens = 0

    public init(gold: String, predicted: String) {
        let goldChunks = Self.chunks(of: gold)
        let predictedChunks = Self.chunks(of: predicted)
        let difference = predictedChunks.map(\.token).difference(from: goldChunks.map(\.token))
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var goldIndex = 0
        var predictedIndex = 0
        while goldIndex < goldChunks.count || predictedIndex < predictedChunks.count {
            if goldIndex < goldChunks.count, removed.contains(goldIndex) {
                append(.missed, goldChunks[goldIndex].text)
                goldIndex += 1
            } else if predictedIndex < predictedChunks.count, inserted.contains(predictedIndex) {
                append(.extra, predictedChunks[predictedIndex].text)
                predictedIndex += 1
            } else if goldIndex < goldChunks.count, predictedIndex < predictedChunks.count {
                append(.kept, predictedChunks[predictedIndex].text)
                goldIndex += 1
                predictedIndex += 1
            } else {
                break
            }
        }
        missedTokens = removed.count
        extraTokens = inserted.count
        keptTokens = goldChunks.count - removed.count
    }

    private mutating func append(_ kind: Kind, _ text: String) {
        if let last = segments.last, last.kind == kind {
            segments[segments.count - 1].text += text
        } else {
            segments.append(Segment(kind: kind, text: text))
        }
    }

    /// Each token with the text that follows it up to the next token; text before the first token
    /// goes with the first.
    package static func chunks(of text: String) -> [(token: String, text: String)] {
        let scalars = Array(text.unicodeScalars)
        let ranges = WordTokenizer.wordRanges(in: scalars)
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        return ranges.enumerated().map { index, range in
            let start = index == 0 ? 0 : range.lowerBound
            let end = index + 1 < ranges.count ? ranges[index + 1].lowerBound : scalars.count
            return (string(range), string(start..<end))
        }
    }
}
