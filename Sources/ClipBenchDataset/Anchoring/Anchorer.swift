import Foundation
import ClipBenchCore
import ClipBenchModel

/// Fills in the offsets of quoted spans of an annotation file, editing its text in place so
/// comments, key order and formatting stay as the annotator wrote them.
///
/// A span written as `{text: "روسيا", type: LOC, line: 5}` gets `start: N, end: M, ` inserted before
/// its `text` key (flow style), or `start: N` and `end: M` lines with the key's indentation (block
/// style). The quote must occur exactly once in the seed (or on line `line`) as a whole word
/// (inside a word only with `partial: true`), unless `occurrence` picks one. A span that has
/// offsets whose text differs from the seed (its quote was corrected) is anchored again, both
/// numbers rewritten in place, and a note names the old and new offsets. A quote that is missing
/// or ambiguous, or any error in the file, is reported and nothing is changed.
///
/// ```swift
/// let outcome = Anchorer.anchor(yaml: text, path: "Annotations/x.yaml", seed: seed)
/// if outcome.diagnostics.isEmpty, let edited = outcome.text, outcome.anchoredCount > 0 { write(edited) }
/// ```
///
/// - Complexity: O(s·n) for s quotes in a seed of n scalars, plus O(size of the file).
public enum Anchorer {
    /// What anchoring one file gave.
    public struct Outcome: Sendable {
        /// The edited text; equal to the input when nothing needed anchoring; nil on errors.
        public var text: String?
        /// How many spans received offsets.
        public var anchoredCount: Int
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Where a quote lies in the seed, or why it cannot be placed.
    public static func resolve(_ span: AnnotatedSpan, in seed: SeedText) -> Result<Range<Int>, DiagnosticError> {
        func failure(_ message: String) -> Result<Range<Int>, DiagnosticError> {
            .failure(DiagnosticError(diagnostic: Diagnostic(.error, message, at: span.textLocation)))
        }
        guard !span.text.isEmpty else { return failure("\(span.label) has an empty text: nothing to anchor") }
        var range: Range<Int>? = nil
        if let line = span.lineHint {
            guard let lineRange = seed.rangeOfLine(line) else {
                return failure("\(span.label) has line: \(line), but the seed has \(seed.lineStarts.count) lines")
            }
            range = lineRange
        }
        let length = span.text.unicodeScalars.count
        let everywhere = seed.occurrences(of: span.text, in: range)
        let starts = candidates(for: span, in: seed, range: range)
        let place = span.lineHint.map { " on line \($0)" } ?? " in the seed"
        // A quote that stops short of the marks of its last letter (or starts on a mark) would cut
        // them off: refuse it and show the quote that keeps the letter whole.
        func whole(_ start: Int) -> Result<Range<Int>, DiagnosticError> {
            var end = start + length
            guard !seed.scalars[start].isCombiningMark else {
                return failure("\(span.label): the quote starts on a combining mark (U+\(AnnotationValidator.hex(seed.scalars[start]))) of the letter before it in the seed")
            }
            guard end < seed.count, seed.scalars[end].isCombiningMark else { return .success(start..<end) }
            while end < seed.count, seed.scalars[end].isCombiningMark { end += 1 }
            return failure("\(span.label): the quote cuts the marks of its last letter off; the seed reads «\(seed[start..<end])»: quote that")
        }
        if let occurrence = span.occurrence {
            guard occurrence >= 1, occurrence <= starts.count else {
                return failure("\(span.label) asks for occurrence \(occurrence), but the quote occurs \(starts.count) time\(starts.count == 1 ? "" : "s")\(place)")
            }
            return whole(starts[occurrence - 1])
        }
        switch starts.count {
        case 0 where !everywhere.isEmpty:
            let first = everywhere[0]
            var wordStart = first
            while wordStart > 0, isWordPart(seed.scalars[wordStart - 1]) { wordStart -= 1 }
            var wordEnd = first + length
            while wordEnd < seed.count, isWordPart(seed.scalars[wordEnd]) { wordEnd += 1 }
            let line = seed.lineAndColumn(of: first).line
            return failure("\(span.label): the quote is not found as a whole word\(place); it occurs \(everywhere.count) time\(everywhere.count == 1 ? "" : "s") inside a word (as in «\(seed[wordStart..<wordEnd])» on line \(line)): quote the whole word, or add partial: true")
        case 0:
            return failure("\(span.label): the quote is not found\(place)")
        case 1:
            return whole(starts[0])
        default:
            let lines = starts.map { seed.lineAndColumn(of: $0).line }
            let uniqueLines = Array(Set(lines)).sorted()
            var candidates = uniqueLines.prefix(10).map(String.init).joined(separator: ", ")
            if uniqueLines.count > 10 { candidates += ", …" }
            let advice = span.lineHint == nil && uniqueLines.count == starts.count
                ? "add line: N (or occurrence: K)" : "add occurrence: K"
            return failure("\(span.label): the quote is ambiguous, it occurs \(starts.count) times\(place) (seed line\(uniqueLines.count == 1 ? "" : "s") \(candidates)); \(advice)")
        }
    }

    /// Where the quote of `span` may lie in `seed` (within `range`): every occurrence, or with a
    /// quote that is not `partial: true` only those that are whole words, not the inside of a
    /// longer one («جزائر» is not anchored inside «الجزائري»). A quote that starts on a mark or
    /// stops short of its last letter's marks stays a candidate, so ``resolve(_:in:)`` can say so.
    ///
    /// - Complexity: O(n·m) for a seed of n scalars and a quote of m.
    public static func candidates(for span: AnnotatedSpan, in seed: SeedText, range: Range<Int>?) -> [Int] {
        let starts = seed.occurrences(of: span.text, in: range)
        guard !span.allowsPartialWords, let first = span.text.unicodeScalars.first, let last = span.text.unicodeScalars.last else { return starts }
        let length = span.text.unicodeScalars.count
        return starts.filter { start in
            let end = start + length
            let startsInside = !first.isCombiningMark && isWordPart(first) && start > 0 && isWordPart(seed.scalars[start - 1])
            let endsInside = isWordPart(last) && end < seed.count && WordTokenizer.isWordScalar(seed.scalars[end])
            return !startsInside && !endsInside
        }
    }

    /// A letter, digit or `_`, or a mark belonging to one.
    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        WordTokenizer.isWordScalar(scalar) || scalar.isCombiningMark
    }

    /// Anchors every quoted span of the annotation `yaml` against `seed`.
    public static func anchor(yaml: String, path: String, seed: SeedText) -> Outcome {
        let loaded = AnnotationLoader.load(yaml: yaml, path: path)
        var diagnostics = loaded.diagnostics.filter { $0.severity == .error }
        guard let document = loaded.document, diagnostics.isEmpty else {
            return Outcome(text: nil, anchoredCount: 0, diagnostics: diagnostics)
        }
        // Each edit replaces `length` scalars at a line and column of the file (0 for an insertion).
        var insertions: [(line: Int, column: Int, length: Int, text: String)] = []
        var notes: [Diagnostic] = []
        // New lines follow the file's own line breaks.
        let lineBreak = yaml.contains("\r\n") ? "\r\n" : "\n"
        for span in document.spans {
            switch (span.start, span.end) {
            case let (start?, end?):
                let valid = start >= 0 && start <= end && end <= seed.count
                guard !valid || !seed.hasScalars(of: span.text, in: start..<end) else { continue }
                // The quote was corrected (or the offsets are stale): place it again and rewrite both numbers.
                let reads = valid ? ", which reads «\(seed[start..<end])»" : " (outside the seed)"
                switch resolve(span, in: seed) {
                case .failure(let problem):
                    diagnostics.append(Diagnostic(.error, "\(span.label) has offsets [\(start), \(end)) whose text differs from the seed there\(reads), and cannot be anchored again: \(problem.diagnostic.message)", at: span.startLocation ?? span.location))
                case .success(let range):
                    guard let startLine = span.startLocation?.line, let startColumn = span.startLocation?.column,
                          let endLine = span.endLocation?.line, let endColumn = span.endLocation?.column else {
                        diagnostics.append(Diagnostic(.error, "\(span.label): cannot tell where its offsets are written", at: span.location))
                        continue
                    }
                    insertions.append((startLine, startColumn, String(start).count, String(range.lowerBound)))
                    insertions.append((endLine, endColumn, String(end).count, String(range.upperBound)))
                    notes.append(Diagnostic(.note, "\(span.label) re-anchored from [\(start), \(end)) to [\(range.lowerBound), \(range.upperBound))", at: span.startLocation ?? span.location))
                }
            case (nil, nil):
                switch resolve(span, in: seed) {
                case .failure(let problem): diagnostics.append(problem.diagnostic)
                case .success(let range):
                    guard let line = span.textKeyLocation.line, let column = span.textKeyLocation.column else {
                        diagnostics.append(Diagnostic(.error, "\(span.label): cannot tell where its 'text' key is", at: span.location))
                        continue
                    }
                    let indent = String(repeating: " ", count: column - 1)
                    let inserted = span.isFlow
                        ? "start: \(range.lowerBound), end: \(range.upperBound), "
                        : "start: \(range.lowerBound)\(lineBreak)\(indent)end: \(range.upperBound)\(lineBreak)\(indent)"
                    insertions.append((line, column, 0, inserted))
                }
            default:
                diagnostics.append(Diagnostic(.error, "\(span.label) has only one of 'start' and 'end': give both or neither", at: span.location))
            }
        }
        if !diagnostics.isEmpty { return Outcome(text: nil, anchoredCount: 0, diagnostics: diagnostics) }
        if insertions.isEmpty { return Outcome(text: yaml, anchoredCount: 0, diagnostics: []) }

        let lines = SeedText(yaml)
        var scalars = Array(yaml.unicodeScalars)
        let offsets = insertions.compactMap { insertion -> (Int, Int, String)? in
            guard let range = lines.rangeOfLine(insertion.line) else { return nil }
            return (range.lowerBound + insertion.column - 1, insertion.length, insertion.text)
        }
        guard offsets.count == insertions.count else {
            return Outcome(text: nil, anchoredCount: 0, diagnostics: [Diagnostic(.error, "internal error: a 'text' key lies outside the file", at: SourceLocation(path: path))])
        }
        for (offset, length, text) in offsets.sorted(by: { $0.0 > $1.0 }) {
            scalars.replaceSubrange(offset..<(offset + length), with: text.unicodeScalars)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let edited = String(view)
        // Re-read the result: every span must now carry offsets that match the seed.
        let check = AnnotationLoader.load(yaml: edited, path: path)
        guard let reread = check.document, !check.hasErrors,
              // Reversed offsets (a number written as `06` rewritten by its value's length) must not trap:
              // the order is checked before a range is formed.
              reread.spans.allSatisfy({ $0.isAnchored && $0.start! <= $0.end! && seed.hasScalars(of: $0.text, in: $0.start!..<$0.end!) })
        else {
            return Outcome(text: nil, anchoredCount: 0, diagnostics: [Diagnostic(.error, "internal error: the anchored file would not read back correctly; nothing was written", at: SourceLocation(path: path))])
        }
        return Outcome(text: edited, anchoredCount: insertions.filter { $0.length == 0 }.count + notes.count, diagnostics: notes)
    }
}
