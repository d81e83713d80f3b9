import Foundation
import ClipBenchCore
import ClipBenchModel

/// Adds an entry to the text of the entity registry (`Annotations/entities.yaml`), in id order,
/// in the file's own block style, leaving every other line as it was.
///
/// ```swift
/// let entry = RegistryEntry(id: "tunis", type: .location, arabicName: "تونس", englishName: "Tunis")
/// let text = try RegistryFileEditor.adding(entry, to: registryText, path: "Annotations/entities.yaml").get()
/// ```
///
/// - Complexity: O(n) in the size of the file.
public enum RegistryFileEditor {
    /// `original` with `entry` inserted before the first entry whose id sorts after it.
    public static func adding(_ entry: RegistryEntry, to original: String, path: String) -> Result<String, EditingProblem> {
        func failure(_ message: String) -> Result<String, EditingProblem> {
            .failure(EditingProblem(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: path))))
        }
        guard RegistryValidator.isWellFormedID(entry.id) else {
            return failure("registry id '\(entry.id)' must be a lowercase ASCII slug such as 'dmitry-peskov'")
        }
        if let wikidata = entry.wikidata, !RegistryValidator.isWellFormedWikidataID(wikidata) {
            return failure("the Wikidata id '\(wikidata)' must look like Q1398497")
        }
        guard !entry.arabicName.isEmpty, !entry.englishName.isEmpty else { return failure("an entry needs an Arabic and an English name") }
        let loaded = EntityRegistryLoader.load(yaml: original, path: path)
        guard !loaded.hasErrors else {
            return .failure(EditingProblem(diagnostic: loaded.diagnostics.first { $0.severity == .error }!))
        }
        if loaded.registry.entry(id: entry.id) != nil { return failure("the registry already has the id '\(entry.id)'") }
        let lineBreak = original.contains("\r\n") ? "\r\n" : "\n"
        var lines = AnnotationFileEditor.splitLines(original)
        if let last = lines.last, !last.hasSuffix("\n") { lines[lines.count - 1] = last + lineBreak }
        let entries = loaded.registry.entries
        let indent: String
        var insertAt: Int
        if let first = entries.first, let firstLine = first.location.line, firstLine - 1 < lines.count {
            indent = String(lines[firstLine - 1].prefix { $0 == " " })
            let following = entries.first { $0.id > entry.id }
            insertAt = following?.location.line.map { $0 - 1 } ?? lines.count
            if following == nil {
                // After the last entry: before any trailing blank lines or comments at column 0.
                while insertAt > firstLine, lines[insertAt - 1].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || lines[insertAt - 1].hasPrefix("#") {
                    insertAt -= 1
                }
            }
        } else {
            // An empty registry: `entities: []` becomes a block list.
            guard let keyLine = lines.firstIndex(where: { $0.hasPrefix("entities:") }) else { return failure("the registry has no 'entities' key") }
            lines[keyLine] = "entities:" + lineBreak
            indent = ""
            insertAt = keyLine + 1
        }
        let quoted = YAMLEscaping.doubleQuoted
        var block = ["\(indent)- id: \(entry.id)", "\(indent)  type: \(entry.type.rawValue)", "\(indent)  name:",
                     "\(indent)    ar: \(quoted(entry.arabicName))", "\(indent)    en: \(quoted(entry.englishName))"]
        if !entry.aliases.isEmpty {
            block.append("\(indent)  aliases:")
            block += entry.aliases.map { "\(indent)  - \(quoted($0))" }
        }
        if let wikidata = entry.wikidata { block.append("\(indent)  wikidata: \(wikidata)") }
        if let description = entry.description { block.append("\(indent)  description: \(quoted(description))") }
        lines.insert(contentsOf: block.map { $0 + lineBreak }, at: insertAt)
        let result = lines.joined()
        let check = EntityRegistryLoader.load(yaml: result, path: path)
        guard !check.hasErrors, check.registry.entries.count == entries.count + 1,
              let added = check.registry.entry(id: entry.id), added.names == entry.names, added.type == entry.type,
              added.wikidata == entry.wikidata, added.description == entry.description
        else { return failure("internal error: the registry would not read back with the new entry; nothing was written") }
        return .success(result)
    }
}
