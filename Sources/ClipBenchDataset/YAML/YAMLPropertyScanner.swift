import ClipBenchModel

/// Finds YAML anchors (`&a`), aliases (`*a`) and tags (`!x`) in a file's text before it is parsed.
///
/// Annotation files need none of them, and alias expansion is a memory bomb ("billion laughs"),
/// so ``YAMLReader`` refuses a file holding one before libyaml composes anything. The scan is
/// lexical: it follows quoted scalars, comments, block scalars and flow collections, and counts a
/// `&`, `*` or `!` only where a node can start (after indentation, `- `, `: `, `? `, `[`, `{` or,
/// inside a flow collection, `,`). Inside a plain scalar `-`, `?`, `,`, `[` and `{` are text, so
/// `notes: a - *b` or `notes: a, *b` is a string, not an alias. What it misses, the reader still
/// catches on the composed tree (without expanding any alias).
///
/// ```swift
/// YAMLPropertyScanner.findings(in: "a: &x 1\nb: *x\n").map(\.kind)   // [.anchor, .alias]
/// YAMLPropertyScanner.findings(in: "notes: a - *b\n")                  // []
/// ```
///
/// - Complexity: O(n) in the length of the text.
package enum YAMLPropertyScanner {
    /// A node property found in the text.
    package struct Finding: Sendable, Hashable {
        package enum Kind: Sendable, Hashable { case anchor, alias, tag }
        package var kind: Kind
        package var name: String
        /// 1-based line and column, columns in Unicode scalars (as libyaml counts them).
        package var line: Int
        package var column: Int
    }

    package static func findings(in text: String) -> [Finding] {
        let scalars = Array(text.unicodeScalars)
        var findings: [Finding] = []
        var index = 0
        var line = 1
        var lineStart = 0
        var lineIndent = 0
        var atIndentation = true
        var lastSignificant: Unicode.Scalar? = nil
        var blockScalarParentIndent: Int? = nil
        // The previous content line: its indentation and last significant character, to tell a
        // continuation line of a multi-line plain scalar (where `*` or `&` is just text).
        var previousLineIndent = 0
        var previousLineLast: Unicode.Scalar? = nil
        // How deep inside `[` / `{` the scan is: there `,` separates nodes; in block context it is text.
        var flowDepth = 0
        // What `lastSignificant` holds after a character that is text, not an indicator.
        let text: Unicode.Scalar = "a"

        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
        // libyaml ends a line at LF, CR, CR LF, NEL, LS and PS; counting the same breaks keeps a
        // finding's line and column where libyaml (and an editor) would put them.
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": return true
            default: return false
            }
        }
        /// The scalars the line break at `index` spans (2 for CR LF), or 0 where there is none.
        func breakLength(at index: Int) -> Int {
            guard isBreak(scalars[index]) else { return 0 }
            return scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
        }
        func isSpaceOrEnd(after index: Int) -> Bool {
            index + 1 >= scalars.count || isSpace(scalars[index + 1]) || isBreak(scalars[index + 1])
        }
        /// The scalar itself when it is an indicator after which a node may start, else `text`.
        func indicatorOrText(_ scalar: Unicode.Scalar, at index: Int, atNodeStart: Bool) -> Unicode.Scalar {
            switch scalar {
            case "-", "?":
                // `- ` and `? ` open an entry only where a node starts; `a - b` is one plain scalar.
                return atNodeStart && isSpaceOrEnd(after: index) ? scalar : text
            case ":":
                return isSpaceOrEnd(after: index) || flowDepth > 0 ? scalar : text
            case "[", "{":
                guard atNodeStart || flowDepth > 0 else { return text }
                flowDepth += 1
                return scalar
            case "]", "}":
                if flowDepth > 0 { flowDepth -= 1 }
                return flowDepth > 0 ? scalar : text
            case ",":
                return flowDepth > 0 ? scalar : text
            default:
                return scalar
            }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if isBreak(scalar) {
                if let last = lastSignificant {
                    previousLineLast = last
                    previousLineIndent = lineIndent
                }
                index += breakLength(at: index)
                line += 1
                lineStart = index
                lineIndent = 0
                atIndentation = true
                lastSignificant = nil
                // Inside a block scalar, skip every line indented deeper than its parent, and blank lines.
                if let parent = blockScalarParentIndent {
                    while index < scalars.count {
                        var probe = index
                        while probe < scalars.count, scalars[probe] == " " { probe += 1 }
                        let indent = probe - index
                        let blank = probe >= scalars.count || isBreak(scalars[probe])
                        guard blank || indent > parent else { break }
                        while probe < scalars.count, !isBreak(scalars[probe]) { probe += 1 }
                        if probe < scalars.count {
                            probe += breakLength(at: probe)
                            line += 1
                        }
                        index = probe
                        lineStart = index
                    }
                    blockScalarParentIndent = nil
                }
                continue
            }
            if atIndentation {
                if scalar == " " {
                    lineIndent += 1
                    index += 1
                    continue
                }
                atIndentation = false
                if scalar != "#", let last = previousLineLast, lineIndent > previousLineIndent,
                   ![":", "-", "?", ",", "[", "{", "|", ">"].contains(last) {
                    // More indented than a line that ended inside a plain scalar: a continuation.
                    lastSignificant = text
                }
            }
            let previous: Unicode.Scalar? = index > lineStart ? scalars[index - 1] : nil
            let afterSeparator = previous == nil || isSpace(previous!) || ["[", "{", ","].contains(previous!)
            let atNodeStart = afterSeparator && (lastSignificant == nil || ["-", ":", "?", ",", "[", "{"].contains(lastSignificant!))
            switch scalar {
            case "#" where previous == nil || isSpace(previous!):
                while index < scalars.count, !isBreak(scalars[index]) { index += 1 }
                continue
            case "\"" where atNodeStart:
                index += 1
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\" { index += 1 }
                    if index < scalars.count, case let length = breakLength(at: index), length > 0 {
                        index += length
                        line += 1
                        lineStart = index
                        continue
                    }
                    index += 1
                }
                index += 1
                lastSignificant = "\""
                continue
            case "'" where atNodeStart:
                index += 1
                while index < scalars.count {
                    if scalars[index] == "'" {
                        if index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                        break
                    }
                    if case let length = breakLength(at: index), length > 0 {
                        index += length
                        line += 1
                        lineStart = index
                        continue
                    }
                    index += 1
                }
                index += 1
                lastSignificant = "'"
                continue
            case "|", ">":
                if atNodeStart { blockScalarParentIndent = lineIndent }
            case "&", "*", "!":
                if atNodeStart, index + 1 < scalars.count, !isSpace(scalars[index + 1]), !isBreak(scalars[index + 1]) {
                    var end = index + 1
                    while end < scalars.count, !isSpace(scalars[end]), !isBreak(scalars[end]),
                          ![",", "]", "}"].contains(scalars[end]) { end += 1 }
                    var name = String.UnicodeScalarView()
                    name.append(contentsOf: scalars[(index + 1)..<end])
                    let kind: Finding.Kind = scalar == "&" ? .anchor : scalar == "*" ? .alias : .tag
                    findings.append(Finding(kind: kind, name: String(name), line: line, column: index - lineStart + 1))
                }
            default:
                break
            }
            if !isSpace(scalar) { lastSignificant = indicatorOrText(scalar, at: index, atNodeStart: atNodeStart) }
            index += 1
        }
        return findings
    }
}
