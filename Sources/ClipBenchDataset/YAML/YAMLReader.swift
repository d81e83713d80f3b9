import Foundation
import Yams
import ClipBenchCore

/// Reads one YAML file into a ``YAMLNode`` tree, refusing everything an annotation file must not hold.
///
/// Refused, each with a diagnostic at `path:line:col`: a file over ``maximumByteCount``
/// (4 MiB), an empty file, bytes that are not UTF-8, malformed YAML (libyaml's own line and
/// column), more than one document, anchors and aliases (found before anything is composed,
/// so an alias bomb costs nothing), tags, keys that are not strings, and duplicate keys.
///
/// ```swift
/// switch YAMLReader.read(data, path: "Annotations/x.yaml") {
/// case .success(let root): print(root.mapping?.keys ?? [])
/// case .failure(let problems): DiagnosticPrinter.print(problems.diagnostics)
/// }
/// ```
///
/// - Complexity: O(n) in the size of the file.
public enum YAMLReader {
    /// The largest file read: 4 MiB, far above any annotation (the largest seed's is ~100 KiB).
    public static let maximumByteCount = InputLimits.yamlFileBytes

    /// Reads the file at `url`; `path` is how diagnostics name it.
    public static func read(contentsOf url: URL, path: String) -> Result<YAMLNode, DiagnosticError> {
        switch readBytes(contentsOf: url, path: path) {
        case .failure(let failure): return .failure(failure)
        case .success(let data): return read(data, path: path)
        }
    }

    /// The bytes of a YAML file, checked against ``maximumByteCount`` before they are read.
    public static func readBytes(contentsOf url: URL, path: String) -> Result<Data, DiagnosticError> {
        do {
            return .success(try BoundedFileReader.read(url, limit: maximumByteCount))
        } catch {
            if error.exceedsLimit { return .failure(DiagnosticError(diagnostics: [tooLarge(path: path)])) }
            return .failure(DiagnosticError(diagnostics: [Diagnostic(.error, "the file \(error.message)", at: SourceLocation(path: path))]))
        }
    }

    /// Reads YAML from bytes; `path` is how diagnostics name the file.
    public static func read(_ data: Data, path: String) -> Result<YAMLNode, DiagnosticError> {
        func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> Result<YAMLNode, DiagnosticError> {
            .failure(DiagnosticError(diagnostics: [Diagnostic(.error, message, at: SourceLocation(path: path, line: line, column: column))]))
        }
        if data.count > maximumByteCount { return .failure(DiagnosticError(diagnostics: [tooLarge(path: path)])) }
        if data.isEmpty { return fail("the file is empty", line: 1, column: 1) }
        guard let text = String(validating: data, as: UTF8.self) else {
            let (line, column) = positionOfFirstInvalidUTF8(in: data)
            return fail("the file is not valid UTF-8", line: line, column: column)
        }
        return read(text, path: path)
    }

    /// Reads YAML from text; `path` is how diagnostics name the file.
    public static func read(_ text: String, path: String) -> Result<YAMLNode, DiagnosticError> {
        let properties = YAMLPropertyScanner.findings(in: text)
        if !properties.isEmpty {
            var diagnostics = properties.prefix(5).map { finding in
                Diagnostic(.error, message(for: finding.kind, name: finding.name),
                           at: SourceLocation(path: path, line: finding.line, column: finding.column))
            }
            if properties.count > 5 {
                diagnostics.append(Diagnostic(.note, "\(properties.count - 5) more anchors, aliases or tags not shown",
                                              at: SourceLocation(path: path)))
            }
            return .failure(DiagnosticError(diagnostics: diagnostics))
        }
        let parser: Parser
        let root: Node?
        do {
            // The basic resolver: the tree keeps every scalar as text (typing is ours, see YAMLScalar+CoreType), and
            // Yams' default resolver would run a regular expression per scalar each time it hashes a key.
            parser = try Parser(yaml: text, resolver: .basic)
            root = try parser.singleRoot()
        } catch {
            return .failure(DiagnosticError(diagnostics: [diagnostic(for: error, path: path, text: text)]))
        }
        guard let root else {
            return .failure(DiagnosticError(diagnostics: [Diagnostic(.error, "the file is empty (it holds no YAML document)",
                                                             at: SourceLocation(path: path, line: 1, column: 1))]))
        }
        // Anchors are weak references owned by the parser: keep it alive while the tree is checked.
        return withExtendedLifetime(parser) {
            var converter = Converter(path: path, text: SeedText(text))
            let node = converter.convert(root)
            if !converter.diagnostics.isEmpty { return .failure(DiagnosticError(diagnostics: converter.diagnostics)) }
            return .success(node)
        }
    }

    package static func message(for kind: YAMLPropertyScanner.Finding.Kind, name: String) -> String {
        switch kind {
        case .anchor: "YAML anchors are not allowed ('&\(name)'): write the value out in full"
        case .alias: "YAML aliases are not allowed ('*\(name)'): write the value out in full"
        case .tag: "YAML tags are not allowed ('!\(name)')"
        }
    }

    private static func tooLarge(path: String) -> Diagnostic {
        Diagnostic(.error, "the file is over the limit of \(maximumByteCount) bytes (4 MiB) for a YAML file (InputLimits.yamlFileBytes; no option raises it)",
                   at: SourceLocation(path: path, line: 1, column: 1))
    }

    /// The 1-based line and column (in scalars) of the first byte that breaks UTF-8.
    package static func positionOfFirstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        let position = UTF8Validation.firstInvalidPosition(in: data)
        return (position?.line ?? 1, position?.column ?? 1)
    }

    private static func diagnostic(for error: Error, path: String, text: String) -> Diagnostic {
        func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
            var message = "malformed YAML: \(problem)"
            if let context, !context.text.isEmpty, context.text.count < 200 { message += " (\(context.text))" }
            let position = positionInside(mark, of: text.unicodeScalars)
            return Diagnostic(.error, message, at: SourceLocation(path: path, line: position.line, column: position.column))
        }
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.error, "malformed YAML: \(error)", at: SourceLocation(path: path))
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            return located(problem, context, mark)
        case let .composer(context, problem, mark, _):
            if problem.contains("another document") {
                let position = positionInside(mark, of: text.unicodeScalars)
                return Diagnostic(.error, "the file holds more than one YAML document ('---'); it must hold one",
                                  at: SourceLocation(path: path, line: position.line, column: position.column))
            }
            return located(problem, context, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let first = SourceLocation(path: path, line: context.mark.line, column: context.mark.column)
            if duplicates.count == 1, let key = duplicates.first,
               let repeated = repeatedKeyLocation(key: key, after: context.mark, in: context.text) {
                return Diagnostic(.error, "duplicate key \(names) in one mapping (first given at line \(context.mark.line), column \(context.mark.column))",
                                  at: SourceLocation(path: path, line: repeated.line, column: repeated.column))
            }
            return Diagnostic(.error, "duplicate key \(names) in one mapping (its first occurrence is here)", at: first)
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, "the file cannot be read as YAML: \(problem)", at: SourceLocation(path: path, line: 1, column: 1))
        default:
            return Diagnostic(.error, "malformed YAML: \(yamlError)", at: SourceLocation(path: path))
        }
    }

    /// The line and column of `mark`, kept inside the text: libyaml puts the end of a file that
    /// lacks a final line break on a line of its own, one past the last (an error "at line 5" of a
    /// four-line file); that is reported at the end of the last line instead.
    ///
    /// ```swift
    /// YAMLReader.positionInside(markAtLine5Column1, of: "a: [\nb\nc\nd")   // (line: 4, column: 2)
    /// ```
    ///
    /// - Complexity: O(n) in the length of the text (only on the error path).
    package static func positionInside(_ mark: Mark, of text: some Sequence<Unicode.Scalar>) -> (line: Int, column: Int) {
        let lines = libyamlLines(of: text)
        return mark.line > lines.count ? (lines.count, (lines.last?.count ?? 0) + 1) : (mark.line, mark.column)
    }

    /// The text's lines as libyaml counts them: a line ends at LF, CR, CR LF, NEL, LS or PS (a
    /// `String` split at `"\n"` misses CR LF, which is one `Character`). A text ending with a line
    /// break has an empty last line, where libyaml's end of file is.
    ///
    /// - Complexity: O(n) in the length of the text.
    package static func libyamlLines(of text: some Sequence<Unicode.Scalar>) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var line: [Unicode.Scalar] = []
        var previous: Unicode.Scalar? = nil
        for scalar in text {
            switch scalar {
            case "\n" where previous == "\r": break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(line)
                line = []
            default: line.append(scalar)
            }
            previous = scalar
        }
        lines.append(line)
        return lines
    }

    /// Where `key` is given again after its first occurrence at `mark`: libyaml reports only the
    /// first. A heuristic on the text: in block style the next line with the key at the same column
    /// before the mapping ends (a line indented less); in flow style the rest of the same line.
    package static func repeatedKeyLocation(key: String, after mark: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = libyamlLines(of: text.unicodeScalars)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let spellings = [key + ":", "\"" + key + "\":", "'" + key + "':"].map { Array($0.unicodeScalars) }
        func keyStarts(_ line: [Unicode.Scalar], at index: Int) -> Bool {
            spellings.contains { spelling in
                index + spelling.count <= line.count && Array(line[index..<index + spelling.count]) == spelling
                    && (index + spelling.count == line.count || line[index + spelling.count] == " " || line[index + spelling.count] == "\t")
            }
        }
        // Flow style: later on the same line, after `{`, `,` or a space.
        let own = lines[mark.line - 1]
        var index = mark.column - 1 + 1
        while index < own.count {
            if ["{", ",", " "].contains(own[index - 1]), keyStarts(own, at: index) { return (mark.line, index + 1) }
            index += 1
        }
        // Block style: a later line with the key at the same column.
        for number in mark.line..<lines.count {
            let line = lines[number]
            guard let firstNonSpace = line.firstIndex(where: { $0 != " " }), line[firstNonSpace] != "#" else { continue }
            if firstNonSpace < mark.column - 1 { return nil }
            if firstNonSpace == mark.column - 1, keyStarts(line, at: firstNonSpace) {
                return (number + 1, mark.column)
            }
        }
        return nil
    }

    /// Turns Yams nodes into ``YAMLNode``s, collecting every problem.
    private struct Converter {
        package let path: String
        package let text: SeedText
        package var diagnostics: [Diagnostic] = []

        package func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(path: path) }
            // A node at the end of a file without a final line break (an empty document after
            // `---`) is one line past the last: kept inside the file, as errors are.
            if text.rangeOfLine(mark.line) == nil {
                let inside = YAMLReader.positionInside(mark, of: text.scalars)
                return SourceLocation(path: path, line: inside.line, column: inside.column)
            }
            return SourceLocation(path: path, line: mark.line, column: mark.column)
        }

        /// Whether the character at `mark` is `{`, i.e. a mapping starting there is in flow style.
        package func startsFlow(_ mark: Mark?) -> Bool {
            guard let mark, let range = text.rangeOfLine(mark.line) else { return false }
            let offset = range.lowerBound + mark.column - 1
            return offset < range.upperBound && text.scalars[offset] == "{"
        }

        /// `value` with the U+FEFF it starts with in the text: Yams decodes every scalar with
        /// `String(bytes:encoding:)`, which drops a leading byte order mark, so a quote of a seed
        /// that starts with one (`"\uFEFF…"`) would lose its first scalar and never match the seed.
        package func restoringByteOrderMark(_ value: String, at mark: Mark?) -> String {
            guard value.unicodeScalars.first != "\u{FEFF}", let mark, let range = text.rangeOfLine(mark.line) else { return value }
            var offset = range.lowerBound + mark.column - 1
            guard offset < range.upperBound else { return value }
            let opening = text.scalars[offset]
            if opening == "\"" || opening == "'" { offset += 1 }
            let rest = text.scalars[offset..<range.upperBound]
            if rest.first == "\u{FEFF}" { return "\u{FEFF}" + value }
            guard opening == "\"" else { return value }
            let escape = String(String.UnicodeScalarView(rest.prefix(10))).lowercased()
            return escape.hasPrefix("\\ufeff") || escape.hasPrefix("\\u0000feff") ? "\u{FEFF}" + value : value
        }

        package mutating func reject(_ node: Node) -> Bool {
            if let anchor = node.anchor {
                diagnostics.append(Diagnostic(.error, YAMLReader.message(for: .anchor, name: anchor.rawValue), at: location(node.mark)))
                return true
            }
            let explicitTag: String
            switch node {
            case .scalar(let scalar): explicitTag = scalar.tag.rawValue
            case .mapping(let mapping): explicitTag = mapping.tag.rawValue
            case .sequence(let sequence): explicitTag = sequence.tag.rawValue
            case .alias(let alias):
                diagnostics.append(Diagnostic(.error, YAMLReader.message(for: .alias, name: alias.anchor.rawValue), at: location(node.mark)))
                return true
            }
            // Yams records quoted scalars as `tag:yaml.org,2002:str` and resolves implicit tags in
            // place when it hashes keys, so only tags outside the core schema are told apart here;
            // the scanner has already refused every explicit tag written in the text.
            if !explicitTag.isEmpty, explicitTag != "!", !explicitTag.hasPrefix("tag:yaml.org,2002:") {
                diagnostics.append(Diagnostic(.error, YAMLReader.message(for: .tag, name: explicitTag), at: location(node.mark)))
                return true
            }
            return false
        }

        package mutating func convert(_ node: Node) -> YAMLNode {
            let placeholder = YAMLNode.scalar(YAMLScalar(string: "", isPlain: true, location: location(node.mark)))
            if reject(node) { return placeholder }
            switch node {
            case .scalar(let scalar):
                return .scalar(YAMLScalar(string: restoringByteOrderMark(scalar.string, at: scalar.mark),
                                          isPlain: scalar.style == .plain || scalar.style == .any, location: location(scalar.mark)))
            case .sequence(let sequence):
                return .sequence(YAMLSequence(items: sequence.map { convert($0) }, location: location(sequence.mark)))
            case .mapping(let mapping):
                var entries: [YAMLMappingEntry] = []
                var seen: [String: SourceLocation] = [:]
                for (key, value) in mapping {
                    if reject(key) { continue }
                    guard case .scalar(let keyScalar) = key else {
                        diagnostics.append(Diagnostic(.error, "mapping keys must be plain strings, not \(key.mapping != nil ? "mappings" : "lists")",
                                                      at: location(key.mark)))
                        continue
                    }
                    let keyLocation = location(keyScalar.mark)
                    if let first = seen[keyScalar.string] {
                        diagnostics.append(Diagnostic(.error, "duplicate key '\(keyScalar.string)' (first at line \(first.line ?? 0))", at: keyLocation))
                        continue
                    }
                    seen[keyScalar.string] = keyLocation
                    entries.append(YAMLMappingEntry(
                        key: YAMLScalar(string: keyScalar.string, isPlain: keyScalar.style == .plain, location: keyLocation),
                        value: convert(value)))
                }
                return .mapping(YAMLMapping(entries: entries, isFlow: startsFlow(mapping.mark), location: location(mapping.mark)))
            case .alias:
                return placeholder
            }
        }
    }
}
