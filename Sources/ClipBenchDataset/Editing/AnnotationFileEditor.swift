import Foundation
import ClipBenchCore

/// Writes an ``EditedAnnotation`` back into the text of its annotation file, changing only the
/// lines of the items that changed, so comments, key order and layout stay as they were, and a
/// file whose content did not change comes back byte for byte.
///
/// Like ``Anchorer`` it edits the text instead of re-serialising the YAML: a top-level key whose
/// value is unchanged keeps its lines; `status` and `headline` keep their trailing comments; in
/// `regions`, `entities` and `dates` every unchanged item keeps its lines (hints and comments
/// included), a removed item loses its lines and a new or changed item is written in the house
/// style (one flow mapping per line). The result is read back and must give exactly the target,
/// otherwise nothing is returned.
///
/// ```swift
/// switch AnnotationFileEditor.edit(text, path: "Annotations/x.yaml", to: edited) {
/// case .success(let newText): try AtomicFileWriter.write(newText, to: url, replacing: true)
/// case .failure(let problem): DiagnosticPrinter.print([problem.diagnostic])
/// }
/// ```
///
/// - Complexity: O(n + k²) for a file of n characters and k items per list.
public enum AnnotationFileEditor {
    /// The text of `original` edited so that it reads as `target`.
    public static func edit(_ original: String, path: String, to target: EditedAnnotation) -> Result<String, DiagnosticError> {
        func failure(_ message: String) -> Result<String, DiagnosticError> {
            .failure(DiagnosticError(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: path))))
        }
        let loaded = AnnotationLoader.load(yaml: original, path: path)
        guard let document = loaded.document, !loaded.hasErrors else {
            let first = loaded.diagnostics.first { $0.severity == .error }
            return .failure(DiagnosticError(diagnostic: first ?? Diagnostic(.error, "the file cannot be read as an annotation", at: SourceLocation(path: path))))
        }
        let current: EditedAnnotation
        switch EditedAnnotation.from(document) {
        case .failure(let problem): return .failure(problem)
        case .success(let edited): current = edited
        }
        if current == target { return .success(original) }
        guard current.id == target.id else { return failure("the id cannot be changed ('\(current.id)' to '\(target.id)')") }

        let lineBreak = original.contains("\r\n") ? "\r\n" : "\n"
        let lines = splitLines(original)
        let keyLines = lines.indices.compactMap { index -> (key: String, line: Int)? in
            topLevelKey(of: lines[index]).map { ($0, index) }
        }
        guard Set(keyLines.map(\.key)).count == keyLines.count else { return failure("a top-level key is written twice") }
        var output = Array(lines[0..<(keyLines.first?.line ?? lines.count)])
        var written: Set<String> = []
        for (position, entry) in keyLines.enumerated() {
            let blockEnd = position + 1 < keyLines.count ? keyLines[position + 1].line : lines.count
            // Blank lines and comments at column 0 before the next key belong to that key.
            var contentEnd = blockEnd
            while contentEnd > entry.line + 1, isTrailer(lines[contentEnd - 1]) { contentEnd -= 1 }
            let block = Array(lines[entry.line..<contentEnd])
            let trailer = Array(lines[contentEnd..<blockEnd])
            written.insert(entry.key)
            let edited: [String]
            switch entry.key {
            case "status" where current.status != target.status:
                edited = replacingValue(of: block, key: "status", with: target.status.rawValue, lineBreak: lineBreak)
            case "headline" where current.headline != target.headline || current.headlineIsSuggested != target.headlineIsSuggested:
                edited = replacingValue(of: block, key: "headline", with: headlineYAML(target), lineBreak: lineBreak)
            case "published" where current.published != target.published || current.publishedIsSuggested != target.publishedIsSuggested:
                edited = publishedBlock(target, keyLine: block[0], indent: indent(ofSecondLineIn: block) ?? "  ", lineBreak: lineBreak)
            case "notes" where current.notes != target.notes:
                edited = target.notes.map { ["notes: \(YAMLEscaping.doubleQuoted($0))" + lineBreak] } ?? []
            case "regions":
                edited = listBlock(block, key: "regions", keyLine: entry.line, itemLines: document.regions.map(\.span.location.line),
                                   old: current.regions, new: target.regions, render: \.flowYAML,
                                   sameSpan: { $0.span.start == $1.span.start && $0.span.end == $1.span.end }, lineBreak: lineBreak)
            case "entities":
                edited = listBlock(block, key: "entities", keyLine: entry.line, itemLines: document.entities.map(\.span.location.line),
                                   old: current.entities, new: target.entities, render: \.flowYAML,
                                   sameSpan: { $0.span.start == $1.span.start && $0.span.end == $1.span.end }, lineBreak: lineBreak)
            case "dates":
                edited = listBlock(block, key: "dates", keyLine: entry.line, itemLines: document.dates.map(\.span.location.line),
                                   old: current.dates, new: target.dates, render: \.flowYAML,
                                   sameSpan: { $0.span.start == $1.span.start && $0.span.end == $1.span.end }, lineBreak: lineBreak)
            default:
                edited = block
            }
            output += edited + trailer
        }
        if !written.contains("notes"), let notes = target.notes {
            if let last = output.last, !endsWithLineBreak(last) { output[output.count - 1] = last + lineBreak }
            output.append("notes: \(YAMLEscaping.doubleQuoted(notes))" + lineBreak)
        }
        let result = output.joined()
        // Read the result back: it must hold exactly the target, or nothing is written.
        let check = AnnotationLoader.load(yaml: result, path: path)
        guard let reread = check.document, !check.hasErrors, case .success(let readBack) = EditedAnnotation.from(reread), readBack == target else {
            return failure("internal error: the edited file would not read back as the edit; nothing was written")
        }
        return .success(result)
    }

    // MARK: - Lines

    /// The lines of `text`, each with its line break (the last one may have none).
    package static func splitLines(_ text: String) -> [String] {
        // By scalars: to String, "\r\n" is one Character and would not split at "\n".
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            current.append(scalar)
            if scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Whether `line` ends with a line break (`\n` or `\r\n`).
    package static func endsWithLineBreak(_ line: String) -> Bool { line.unicodeScalars.last == "\n" }

    /// The annotation key a line starts at column 0, or nil.
    package static func topLevelKey(of line: String) -> String? {
        AnnotationLoader.topLevelKeys.first { key in
            guard line.hasPrefix(key + ":") else { return false }
            let next = line.unicodeScalars.dropFirst(key.unicodeScalars.count + 1).first
            return next == nil || next == " " || next == "\r" || next == "\n"
        }
    }

    private static func isTrailer(_ line: String) -> Bool {
        let content = line.trimmingCharacters(in: .whitespacesAndNewlines)
        return content.isEmpty || (line.hasPrefix("#"))
    }

    private static func isCommentOrBlank(_ line: String) -> Bool {
        let content = line.trimmingCharacters(in: .whitespacesAndNewlines)
        return content.isEmpty || content.hasPrefix("#")
    }

    private static func indent(of line: String) -> String {
        String(line.prefix { $0 == " " || $0 == "\t" })
    }

    private static func indent(ofSecondLineIn block: [String]) -> String? {
        block.dropFirst().first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !$0.hasPrefix("#") }.map(indent(of:))
    }

    /// Where a trailing comment starts (the spaces before its `#`), outside quotes and brackets, or nil.
    package static func commentStart(in line: String) -> String.Index? {
        var inDouble = false
        var inSingle = false
        var escaped = false
        var previous: Character = " "
        var spacesStart: String.Index? = nil
        for index in line.indices {
            let character = line[index]
            defer { previous = character }
            if inDouble {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inDouble = false }
                continue
            }
            if inSingle {
                if character == "'" { inSingle = false }
                continue
            }
            switch character {
            case "\"": inDouble = true
            case "'": inSingle = true
            case "#" where previous == " " || previous == "\t": return spacesStart ?? index
            default: break
            }
            if character == " " || character == "\t" {
                if previous != " " && previous != "\t" { spacesStart = index }
            } else {
                spacesStart = nil
            }
        }
        return nil
    }

    /// The line break a line ends with, or the file's when it has none.
    private static func ending(of line: String, default lineBreak: String) -> String {
        line.hasSuffix("\r\n") ? "\r\n" : (endsWithLineBreak(line) ? "\n" : lineBreak)
    }

    /// `key: value` with the trailing comment of the old first line kept; a value that spanned
    /// several lines becomes one line.
    private static func replacingValue(of block: [String], key: String, with value: String, lineBreak: String) -> [String] {
        let first = block[0]
        let body = first.trimmingCharacters(in: .newlines)
        let comment = block.count == 1 ? commentStart(in: body).map { String(body[$0...]) } ?? "" : ""
        return ["\(key): \(value)\(comment)" + ending(of: first, default: lineBreak)]
    }

    private static func headlineYAML(_ target: EditedAnnotation) -> String {
        let value = target.headline.map(YAMLEscaping.doubleQuoted) ?? "null"
        return target.headlineIsSuggested ? "{value: \(value), suggested: true}" : value
    }

    private static func publishedBlock(_ target: EditedAnnotation, keyLine: String, indent: String, lineBreak: String) -> [String] {
        var lines = [endsWithLineBreak(keyLine) ? keyLine : keyLine + lineBreak]
        let published = target.published
        lines.append("\(indent)value: \(published.value.map(YAMLEscaping.doubleQuoted) ?? "null")" + lineBreak)
        if published.value == nil, let reason = published.reason {
            lines.append("\(indent)reason: \(reason.rawValue)" + lineBreak)
        }
        if let evidence = published.evidence {
            lines.append("\(indent)evidence: {start: \(evidence.start), end: \(evidence.end), text: \(YAMLEscaping.doubleQuoted(evidence.text))}" + lineBreak)
        }
        if target.publishedIsSuggested { lines.append("\(indent)suggested: true" + lineBreak) }
        return lines
    }

    /// A list key's lines with unchanged items kept verbatim and the others written anew.
    /// `itemLines` are the 1-based file lines where the old items start; `keyLine` is the
    /// 0-based file line of the key.
    private static func listBlock<Item: Equatable>(
        _ block: [String], key: String, keyLine: Int, itemLines: [Int?], old: [Item], new: [Item],
        render: (Item) -> String, sameSpan: (Item, Item) -> Bool, lineBreak: String
    ) -> [String] {
        let header = block[0]
        let headerBody = header.trimmingCharacters(in: .newlines)
        let valueStart = headerBody.index(headerBody.startIndex, offsetBy: key.count + 1)
        let valueEnd = commentStart(in: headerBody) ?? headerBody.endIndex
        let inlineValue = headerBody[valueStart..<valueEnd].trimmingCharacters(in: .whitespaces)
        let comment = String(headerBody[valueEnd...])
        let end = ending(of: header, default: lineBreak)
        if new.isEmpty { return ["\(key): []\(comment)" + end] }
        let newHeader = "\(key):\(comment)" + end
        // Where each old item starts inside the block; nil when the layout is not one item per run of lines.
        var relative: [Int]? = inlineValue.isEmpty || inlineValue == "[]" ? [] : nil
        for line in itemLines {
            guard let line, line - 1 - keyLine >= 1, line - 1 - keyLine < block.count,
                  (relative?.last ?? 0) < line - 1 - keyLine else { relative = nil; break }
            relative?.append(line - 1 - keyLine)
        }
        guard let relative, relative.count == old.count else {
            return [newHeader] + new.map { "  - \(render($0))" + lineBreak }
        }
        let firstItem = relative.first ?? block.count
        let itemIndent = relative.first.map { indent(of: block[$0]) } ?? "  "
        var itemBlocks: [[String]] = relative.indices.map { index in
            Array(block[relative[index]..<(index + 1 < relative.count ? relative[index + 1] : block.count)])
        }
        // The last kept line must end with a line break before another item follows it.
        for index in itemBlocks.indices {
            if let last = itemBlocks[index].last, !endsWithLineBreak(last) { itemBlocks[index][itemBlocks[index].count - 1] = last + lineBreak }
        }
        var used = Array(repeating: false, count: old.count)
        var output = [newHeader] + Array(block[1..<firstItem])
        for item in new {
            if let match = old.indices.first(where: { !used[$0] && old[$0] == item }) {
                used[match] = true
                output += itemBlocks[match]
            } else if let match = old.indices.first(where: { !used[$0] && sameSpan(old[$0], item) }) {
                // The same span changed (a suggestion accepted, a type fixed): its comment lines stay.
                used[match] = true
                let comments = itemBlocks[match].dropFirst().reversed().prefix { isCommentOrBlank($0) }.reversed()
                output.append("\(itemIndent)- \(render(item))" + lineBreak)
                output += comments
            } else {
                output.append("\(itemIndent)- \(render(item))" + lineBreak)
            }
        }
        return output
    }
}
