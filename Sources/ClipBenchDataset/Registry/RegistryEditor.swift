import Foundation
import ClipBenchCore
import ClipBenchModel

/// Edits the text of an entity registry file (`Annotations/entities.yaml`) line by line, so its comments,
/// order and layout stay as they are: `clipbench registry add` and `registry merge`.
///
/// Every edit is checked by loading the edited text again (``EntityRegistryLoader``, ``RegistryValidator``);
/// an edit that would leave the registry with an error is refused and the text is left unchanged.
///
/// ```swift
/// var editor = try RegistryEditor(text: yaml, path: "Annotations/entities.yaml")
/// try editor.add(RegistryEntry(id: "al-bayan", type: .organisation, arabicName: "البيان", englishName: "Al Bayan"))
/// let report = try editor.merge(theirRegistry)     // report.correspondence["albayan-newspaper"] == "al-bayan"
/// try AtomicFileWriter.write(editor.text, to: url, replacing: true)
/// ```
///
/// - Complexity: each edit is O(size of the registry): it re-reads the edited text once.
public struct RegistryEditor: Sendable {
    /// What a merge did.
    public struct MergeReport: Sendable, Hashable {
        /// One merged entry: its id in the other registry and its id here.
        public struct Correspondence: Sendable, Hashable {
            public var otherID: String
            public var id: String
        }

        /// Every merged entry, in the other registry's order.
        public var correspondence: [Correspondence]
        /// The ids of the entries added as new.
        public var added: [String]
        /// For entries that were already here: the names added as aliases, by id.
        public var aliasesAdded: [String: [String]]
    }

    /// The registry's text as edited so far.
    public private(set) var text: String
    /// How diagnostics name the file.
    public let path: String
    /// The registry the text holds.
    public private(set) var registry: EntityRegistry

    /// Reads `text`; refuses a registry that already has errors (fix those first: an edit must not hide them).
    public init(text: String, path: String) throws(DiagnosticError) {
        self.text = text
        self.path = path
        registry = .empty
        registry = try Self.checked(text, path: path)
    }

    // MARK: - Edits

    /// Adds `entry` as a new entry, in id order when the registry is sorted (else at the end).
    ///
    /// Refused when the id is already used, or when an entry here already names the same entity
    /// (``EntityIdentity``): then its names belong in that entry, through ``merge(_:)``. With `isHomonym` the entry
    /// is added anyway, as another entity that happens to share a type and a name with one here (two papers
    /// called «البيان»); whether two entries may share a name is then the validator's to say.
    ///
    /// With `quotesEveryName`, every name, alias and description is written double-quoted (as the
    /// browser editor writes entries), else plain wherever YAML reads it back unchanged.
    public mutating func add(_ entry: RegistryEntry, isHomonym: Bool = false, quotesEveryName: Bool = false) throws(DiagnosticError) {
        if let existing = registry.entry(id: entry.id) {
            throw refusal("registry id '\(entry.id)' is already used (line \(existing.idLocation.line ?? 0)): choose another id, or add the names to that entry with 'clipbench registry merge'", at: existing.idLocation)
        }
        if !isHomonym, let same = EntityIdentity.matches(of: entry, in: registry).first {
            throw refusal("'\(entry.id)' names the same entity as '\(same.id)' (\(Self.reason(entry, same))): add its names to '\(same.id)' with 'clipbench registry merge' instead, or pass --homonym if it is another entity of the same name", at: same.idLocation)
        }
        var lines = Lines(text)
        var style = lines.entryStyle(of: registry)
        style.quotesEveryName = quotesEveryName
        let block = entryLines(entry, style: style)
        let following = Self.isSortedByID(registry) ? registry.entries.first { $0.id > entry.id } : nil
        if let following, let line = following.location.line {
            lines.insert(block, before: lines.startOfCommentsAbove(line))
        } else if let last = registry.entries.last, let line = last.location.line {
            lines.insert(block, after: lines.endOfBlock(startingAt: line))
        } else {
            try lines.appendToEmptyList(block, path: path)
        }
        try commit(lines.joined)
    }

    /// Adds `names` to the aliases of the entry `id`, leaving out names it already answers to.
    public mutating func addAliases(_ names: [String], to id: String) throws(DiagnosticError) {
        guard let entry = registry.entry(id: id), let start = entry.location.line else {
            throw refusal("the registry has no entry '\(id)'", at: SourceLocation(path: path))
        }
        var seen = Set(entry.names)
        let fresh = names.filter { seen.insert($0).inserted }
        guard !fresh.isEmpty else { return }
        var lines = Lines(text)
        let indent = lines.keyIndent(ofEntryAt: start)
        let end = lines.endOfBlock(startingAt: start)
        let aliasLines = fresh.map { "\(indent)- \(Self.scalar($0))" }
        let keyLine = lines.line(withKey: "aliases", indent: indent, in: start...end)
        if let keyLine, lines[keyLine].contains("[") {
            // A flow list (`aliases: []`, `aliases: ["a"]`) becomes a block list, on the lines it took.
            guard lines[keyLine].contains("]"), entry.aliasLocations.allSatisfy({ $0.line == keyLine }) else {
                throw refusal("the aliases of '\(id)' are a flow list over several lines; write them one per line to add more", at: SourceLocation(path: path, line: keyLine))
            }
            lines.replace(keyLine, with: ["\(indent)aliases:"] + (entry.aliases + fresh).map { "\(indent)- \(Self.scalar($0))" })
        } else if let last = entry.aliasLocations.last?.line {
            lines.insert(aliasLines, after: last)
        } else if let keyLine {
            lines.replace(keyLine, with: ["\(indent)aliases:"] + aliasLines)
        } else {
            let before = lines.line(withKey: "wikidata", indent: indent, in: start...end)
                ?? lines.line(withKey: "description", indent: indent, in: start...end)
            if let before { lines.insert(["\(indent)aliases:"] + aliasLines, before: before) }
            else { lines.insert(["\(indent)aliases:"] + aliasLines, after: end) }
        }
        try commit(lines.joined)
    }

    /// Gives the entry `id` a Wikidata id; refused when it has another one.
    public mutating func setWikidata(_ wikidata: String, of id: String) throws(DiagnosticError) {
        guard let entry = registry.entry(id: id), let start = entry.location.line else {
            throw refusal("the registry has no entry '\(id)'", at: SourceLocation(path: path))
        }
        if let existing = entry.wikidata {
            if existing == wikidata { return }
            throw refusal("registry entry '\(id)' already has Wikidata id \(existing), not \(wikidata)", at: entry.location)
        }
        var lines = Lines(text)
        let indent = lines.keyIndent(ofEntryAt: start)
        let end = lines.endOfBlock(startingAt: start)
        let line = "\(indent)wikidata: \(wikidata)"
        if let description = lines.line(withKey: "description", indent: indent, in: start...end) {
            lines.insert([line], before: description)
        } else {
            lines.insert([line], after: end)
        }
        try commit(lines.joined)
    }

    /// Merges another registry (a second annotator's, or a fragment of new entries) into this one.
    ///
    /// Each of its entries that names the same entity (``EntityIdentity``) as exactly one entry here gives that
    /// entry its names as aliases (and its Wikidata id when this one has none); an entry that matches none is
    /// added with its id; one that matches several, or whose id is taken by another entity, is refused.
    /// Nothing is changed unless every entry merges.
    public mutating func merge(_ other: EntityRegistry) throws(DiagnosticError) -> MergeReport {
        var edited = self
        var report = MergeReport(correspondence: [], added: [], aliasesAdded: [:])
        var problems: [Diagnostic] = []
        for entry in other.entries {
            let matches = EntityIdentity.matches(of: entry, in: edited.registry)
            switch matches.count {
            case 0:
                do {
                    try edited.add(entry)
                    report.added.append(entry.id)
                    report.correspondence.append(.init(otherID: entry.id, id: entry.id))
                } catch {
                    problems += error.diagnostics.map { Self.relocated($0, to: entry) }
                }
            case 1:
                let target = matches[0]
                if target.type != entry.type {
                    problems.append(Diagnostic(.error, "'\(entry.id)' has the Wikidata id of '\(target.id)' but type \(entry.type.rawValue), not \(target.type.rawValue)", at: entry.location))
                    continue
                }
                let before = Set(target.names)
                do {
                    try edited.addAliases(entry.names, to: target.id)
                    if let wikidata = entry.wikidata, target.wikidata == nil { try edited.setWikidata(wikidata, of: target.id) }
                } catch {
                    problems += error.diagnostics.map { Self.relocated($0, to: entry) }
                    continue
                }
                var seen = before
                let added = entry.names.filter { seen.insert($0).inserted }
                if !added.isEmpty { report.aliasesAdded[target.id, default: []] += added }
                report.correspondence.append(.init(otherID: entry.id, id: target.id))
            default:
                problems.append(Diagnostic(.error, "'\(entry.id)' names the same entity as several entries here (\(matches.map(\.id).joined(separator: ", "))): give it a Wikidata id, or merge those entries first", at: entry.location))
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(diagnostics: problems) }
        self = edited
        return report
    }

    // MARK: - Checking

    /// Loads `text` and returns its registry, or the errors it has.
    package static func checked(_ text: String, path: String) throws(DiagnosticError) -> EntityRegistry {
        let loaded = EntityRegistryLoader.load(yaml: text, path: path)
        let errors = (loaded.diagnostics + (loaded.hasErrors ? [] : RegistryValidator.diagnostics(for: loaded.registry)))
            .filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(diagnostics: errors) }
        return loaded.registry
    }

    private mutating func commit(_ edited: String) throws(DiagnosticError) {
        registry = try Self.checked(edited, path: path)
        text = edited
    }

    private func refusal(_ message: String, at location: SourceLocation) -> DiagnosticError {
        DiagnosticError(diagnostics: [Diagnostic(.error, message, at: location)])
    }

    /// A problem met while merging an entry, said at that entry in the other file when it was about this one.
    private static func relocated(_ diagnostic: Diagnostic, to entry: RegistryEntry) -> Diagnostic {
        var diagnostic = diagnostic
        if !entry.location.path.isEmpty {
            diagnostic.message = "merging '\(entry.id)' (\(entry.location)): " + diagnostic.message
        }
        return diagnostic
    }

    private static func reason(_ first: RegistryEntry, _ second: RegistryEntry) -> String {
        let wikidata = EntityIdentity.normalizedWikidataID(first.wikidata)
        if let wikidata, wikidata == EntityIdentity.normalizedWikidataID(second.wikidata) { return "the same Wikidata id \(wikidata)" }
        return "the same type and name"
    }

    package static func isSortedByID(_ registry: EntityRegistry) -> Bool {
        zip(registry.entries, registry.entries.dropFirst()).allSatisfy { $0.id < $1.id }
    }

    // MARK: - Writing an entry

    /// How the file writes an entry: the text before `id:` on an entry's first line, and the keys' indent.
    package struct EntryStyle {
        package var itemPrefix = "- "
        package var keyIndent = "  "
        package var quotesEveryName = false
    }

    package func entryLines(_ entry: RegistryEntry, style: EntryStyle) -> [String] {
        let indent = style.keyIndent
        func scalar(_ text: String) -> String { style.quotesEveryName ? YAMLEscaping.doubleQuoted(text) : Self.scalar(text) }
        var lines = [
            "\(style.itemPrefix)id: \(entry.id)",
            "\(indent)type: \(entry.type.rawValue)",
            "\(indent)name:",
            "\(indent)  ar: \(scalar(entry.arabicName))",
            "\(indent)  en: \(scalar(entry.englishName))",
        ]
        if !entry.aliases.isEmpty {
            lines.append("\(indent)aliases:")
            lines += entry.aliases.map { "\(indent)- \(scalar($0))" }
        }
        if let wikidata = entry.wikidata { lines.append("\(indent)wikidata: \(wikidata)") }
        if let description = entry.description { lines.append("\(indent)description: \(scalar(description))") }
        return lines
    }

    /// A YAML scalar for `text` (``YAMLEscaping/scalar(_:)``, the project's one YAML escaper).
    public static func scalar(_ text: String) -> String {
        YAMLEscaping.scalar(text)
    }
}

/// The registry's text as lines, 1-based like diagnostics, keeping its line ending style and final newline.
private struct Lines {
    package var lines: [String]
    package var separator: String
    package var endsWithNewline: Bool

    package init(_ text: String) {
        separator = text.contains("\r\n") ? "\r\n" : "\n"
        endsWithNewline = text.hasSuffix("\n")
        var parts = text.components(separatedBy: separator)
        if endsWithNewline { parts.removeLast() }
        lines = parts
    }

    package var joined: String { lines.joined(separator: separator) + (endsWithNewline || lines.isEmpty ? separator : "") }

    package subscript(line: Int) -> String { lines[line - 1] }

    package func isBlankOrComment(_ line: Int) -> Bool {
        let trimmed = self[line].trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// The last line of the entry starting at `start`: before the next line indented no deeper than its dash,
    /// comments and blank lines at its foot left to what follows.
    package func endOfBlock(startingAt start: Int) -> Int {
        let itemIndent = self[start].prefix { $0 == " " }.count
        var end = start
        var line = start + 1
        while line <= lines.count {
            if !isBlankOrComment(line) {
                let indent = self[line].prefix { $0 == " " }.count
                let isNextItem = indent == itemIndent && self[line].dropFirst(indent).hasPrefix("-")
                if indent < itemIndent || isNextItem || (indent == itemIndent && itemIndent == 0 && !self[line].hasPrefix("-")) { break }
                end = line
            }
            line += 1
        }
        return end
    }

    /// The first line of the comment lines directly above `line` (or `line` itself).
    package func startOfCommentsAbove(_ line: Int) -> Int {
        var start = line
        while start > 1, self[start - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#") { start -= 1 }
        return start
    }

    /// The indent of the keys of the entry starting at `start` (`- id: x` → two spaces).
    package func keyIndent(ofEntryAt start: Int) -> String {
        let text = self[start]
        guard let range = text.range(of: "id:") else { return "  " }
        return String(repeating: " ", count: text.distance(from: text.startIndex, to: range.lowerBound))
    }

    package func entryStyle(of registry: EntityRegistry) -> RegistryEditor.EntryStyle {
        guard let line = registry.entries.first?.location.line, let range = self[line].range(of: "id:") else {
            return RegistryEditor.EntryStyle()
        }
        let prefix = String(self[line][..<range.lowerBound])
        return RegistryEditor.EntryStyle(itemPrefix: prefix, keyIndent: String(repeating: " ", count: prefix.count))
    }

    /// The line in `range` that holds `key:` at `indent` (the key of an entry's mapping), or nil.
    package func line(withKey key: String, indent: String, in range: ClosedRange<Int>) -> Int? {
        range.first { self[$0].hasPrefix(indent + key + ":") }
    }

    package mutating func insert(_ new: [String], before line: Int) { lines.insert(contentsOf: new, at: line - 1) }
    package mutating func insert(_ new: [String], after line: Int) { lines.insert(contentsOf: new, at: line) }
    package mutating func replace(_ line: Int, with new: [String]) { lines.replaceSubrange((line - 1)..<line, with: new) }

    /// Adds the first entry: turns `entities: []` (or a bare `entities:`) into a block list holding it.
    package mutating func appendToEmptyList(_ block: [String], path: String) throws(DiagnosticError) {
        guard let index = lines.firstIndex(where: { $0.hasPrefix("entities:") }) else {
            throw DiagnosticError(diagnostics: [Diagnostic(.error, "the registry has no top-level 'entities:' list to add to", at: SourceLocation(path: path))])
        }
        lines[index] = "entities:"
        lines.insert(contentsOf: block, at: index + 1)
    }
}
