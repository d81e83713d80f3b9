import ClipBenchCore

/// Reads the value of one top-level key straight from a YAML file's text, without parsing the file,
/// when the text makes it certain; otherwise says it does not know.
///
/// It exists so that telling drafts from finished annotations (`status: done`) does not cost a
/// full parse of every file. The scan is lexical and conservative: it follows quoted scalars
/// (which may span lines), flow collections, block scalars and comments, and accepts only a key
/// written at column 0, outside all of those, as `key: value`, `key: "value"` or `key: 'value'`
/// (no escapes), optionally followed by a comment, and not continued on the next lines. Anything
/// else (the key written twice, a quoted key, document markers, a byte order mark, CR line
/// breaks) gives nil, and the caller parses the file instead.
///
/// ```swift
/// YAMLTopLevelScanner.simpleValue(of: "status", in: "id: a\nstatus: done # finished\n")   // "done"
/// YAMLTopLevelScanner.simpleValue(of: "status", in: "{id: a, status: done}")              // nil (unsure)
/// ```
///
/// - Complexity: O(n) in the length of the text, with no allocation beyond the value.
package enum YAMLTopLevelScanner {
    /// The value of the top-level `key`, or nil when the text does not make it certain.
    package static func simpleValue(of key: String, in text: String) -> String? {
        let bytes = Array(text.utf8)
        // A byte order mark or CR line breaks: leave those files to the parser.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.contains(UInt8(ascii: "\r")) { return nil }
        let keyBytes = Array(key.utf8) + [UInt8(ascii: ":")]
        var scanner = Scanner(bytes: bytes)
        var found: String? = nil
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
            // A block scalar's content is indented: a line at column 0 ends it.
            if scanner.state == .blockScalar, lineEnd > lineStart, !isSpace(bytes[lineStart]) { scanner.state = .plain }
            if scanner.state == .plain, lineEnd > lineStart, !isSpace(bytes[lineStart]), bytes[lineStart] != hash {
                // A line at column 0 outside any scalar or collection: a top-level key or a marker.
                if bytes.count - lineStart >= 3, ["---", "..."].contains(where: { Array($0.utf8) == Array(bytes[lineStart..<lineStart + 3]) }) {
                    return nil
                }
                if lineEnd - lineStart >= keyBytes.count, Array(bytes[lineStart..<lineStart + keyBytes.count]) == keyBytes {
                    let afterColon = lineStart + keyBytes.count
                    guard found == nil, afterColon == lineEnd || isSpace(bytes[afterColon]),
                          let value = simpleScalar(bytes[afterColon..<lineEnd]),
                          !isContinued(bytes, after: lineEnd) else { return nil }
                    found = value
                    lineStart = lineEnd + 1
                    continue
                }
            }
            scanner.scanLine(lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        return found
    }

    private static let newline = UInt8(ascii: "\n")
    private static let hash = UInt8(ascii: "#")

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// The value written after `key:`: one plain word or a quoted string without escapes, then
    /// only spaces and an optional comment; nil for anything else (including an empty value).
    private static func simpleScalar(_ rest: ArraySlice<UInt8>) -> String? {
        var index = rest.startIndex
        while index < rest.endIndex, isSpace(rest[index]) { index += 1 }
        guard index < rest.endIndex else { return nil }
        let value: ArraySlice<UInt8>
        let first = rest[index]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard let close = rest[(index + 1)...].firstIndex(of: first) else { return nil }
            value = rest[(index + 1)..<close]
            if value.contains(UInt8(ascii: "\\")) { return nil }
            index = close + 1
            // `'it''s'`: an escaped quote; not a simple value.
            if index < rest.endIndex, rest[index] == first { return nil }
        } else {
            let start = index
            while index < rest.endIndex, !isSpace(rest[index]) { index += 1 }
            value = rest[start..<index]
            // Only letters, digits, '-' and '_': nothing YAML could read as an indicator.
            guard value.allSatisfy({ byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }) else { return nil }
            // A lone '-' starts a block sequence entry: not a scalar.
            if value.elementsEqual([UInt8(ascii: "-")]) { return nil }
        }
        // After the value: spaces, then nothing or a comment (which needs a space before '#').
        let afterValue = index
        while index < rest.endIndex, isSpace(rest[index]) { index += 1 }
        if index < rest.endIndex {
            guard rest[index] == hash, index > afterValue else { return nil }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// Whether a value ending at `lineEnd` may go on: the next line that is not blank and not a
    /// comment is indented (a multi-line plain scalar, or an error the parser should report).
    private static func isContinued(_ bytes: [UInt8], after lineEnd: Int) -> Bool {
        var index = lineEnd + 1
        while index < bytes.count {
            var start = index
            var end = index
            while end < bytes.count, bytes[end] != newline { end += 1 }
            while start < end, isSpace(bytes[start]) { start += 1 }
            if start < end, bytes[start] != hash { return index < start }
            // An indented comment line could also be text inside a continued value: be unsure.
            if start < end, index < start { return true }
            index = end + 1
        }
        return false
    }

    /// The lexical state carried from one line to the next.
    private struct Scanner {
        package enum State: Equatable {
            /// Block context, outside any scalar.
            case plain
            /// Inside a quoted scalar that goes on over lines.
            case quoted(UInt8)
            /// Inside flow collections, nested this deep.
            case flow(Int)
            /// Inside a block scalar's content (lines indented past column 0).
            case blockScalar
        }

        package let bytes: [UInt8]
        package var state: State = .plain
        package init(bytes: [UInt8]) { self.bytes = bytes }

        package mutating func scanLine(_ range: Range<Int>) {
            var index = range.lowerBound
            if state == .blockScalar {
                // Content lines are indented; a blank line stays inside; anything at column 0 ends it.
                let isBlank = bytes[range].allSatisfy(YAMLTopLevelScanner.isSpace)
                if isBlank || YAMLTopLevelScanner.isSpace(bytes[index]) { return }
                state = .plain
            }
            // Whether a node may start here: after indentation, '- ', ': ' or '? ' (block context).
            var atNodeStart = true
            // Whether the last character was ':' or a '-' / '?' written where a node starts: an
            // indicator when a space follows. Inside a plain scalar (`a - 'b`) a '-' is text.
            var indicatorBefore = false
            var previous: UInt8 = UInt8(ascii: " ")
            while index < range.upperBound {
                let byte = bytes[index]
                switch state {
                case .quoted(let quote):
                    if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    if byte == quote {
                        if quote == UInt8(ascii: "'"), index + 1 < range.upperBound, bytes[index + 1] == quote {
                            index += 2
                            continue
                        }
                        state = flowDepthAfterQuote.map { .flow($0) } ?? .plain
                        flowDepthAfterQuote = nil
                        atNodeStart = false
                        atFlowNodeStart = false
                    }
                case .flow(let depth):
                    if YAMLTopLevelScanner.isSpace(byte) {
                        // Spaces neither start nor end a node.
                    } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && atFlowNodeStart {
                        flowDepthAfterQuote = depth
                        state = .quoted(byte)
                    } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                        state = .flow(depth + 1)
                        atFlowNodeStart = true
                    } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                        state = depth > 1 ? .flow(depth - 1) : .plain
                        atNodeStart = false
                        atFlowNodeStart = false
                    } else if byte == YAMLTopLevelScanner.hash, YAMLTopLevelScanner.isSpace(previous) {
                        return
                    } else {
                        // After ',' or ':' a node starts; any other character is text (`[it's]` holds no quote).
                        atFlowNodeStart = byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
                    }
                case .plain, .blockScalar:
                    if byte == YAMLTopLevelScanner.hash, YAMLTopLevelScanner.isSpace(previous) || index == range.lowerBound {
                        return
                    }
                    let wasIndicator = indicatorBefore
                    indicatorBefore = byte == UInt8(ascii: ":")
                        || (atNodeStart && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")))
                    if YAMLTopLevelScanner.isSpace(byte) {
                        if wasIndicator { atNodeStart = true }
                    } else if atNodeStart {
                        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                            state = .quoted(byte)
                        } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                            state = .flow(1)
                            atFlowNodeStart = true
                        } else if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") {
                            // The content starts on the next line; the rest of this one is indicators or a comment.
                            state = .blockScalar
                            return
                        } else if ![UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":")].contains(byte) {
                            atNodeStart = false
                        }
                    }
                }
                previous = byte
                index += 1
            }
        }

        /// The flow depth to return to when a quoted scalar inside a flow collection closes.
        package var flowDepthAfterQuote: Int? = nil
        /// Inside a flow collection, whether a node may start here (after `[`, `{`, `,` or `:`);
        /// carried over lines, since a flow collection may span them.
        package var atFlowNodeStart = false
    }
}
