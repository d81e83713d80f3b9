import Foundation
import ClipBenchCore
import ClipBenchModel

/// Reads `Annotations/<id>.yaml` files into ``AnnotationDocument``s, reporting every problem of
/// the file's structure: unknown keys (with a "did you mean" hint), missing keys, wrong types,
/// and everything ``YAMLReader`` refuses. Semantic checks against the seed are ``AnnotationValidator``'s.
///
/// ```swift
/// let loaded = AnnotationLoader.load(contentsOf: layout.annotationURL(for: id), path: "Annotations/\(id).yaml")
/// DiagnosticPrinter.print(loaded.diagnostics)
/// if let annotation = loaded.document?.annotation { … }
/// ```
///
/// - Complexity: O(n) in the size of the file.
public enum AnnotationLoader {
    /// The top-level keys of an annotation file, in the order FORMAT.md lists them.
    public static let topLevelKeys = ["id", "status", "headline", "published", "regions", "entities", "dates", "notes"]
    /// The keys of the `published` mapping.
    public static let publishedKeys = ["value", "reason", "evidence", "suggested"]
    /// The keys of a suggested headline's mapping (`headline: {value: "…", suggested: true}`).
    public static let headlineKeys = ["value", "suggested"]
    /// The keys every span may have.
    public static let spanKeys = ["start", "end", "text", "line", "occurrence", "partial", "suggested"]
    public static let regionKeys = spanKeys + ["label", "category"]
    public static let entityKeys = spanKeys + ["type", "id"]
    public static let dateKeys = spanKeys + ["value"]

    /// What loading one file gave: the document (nil when the file is unreadable or its frame is
    /// broken) and every diagnostic. Items with errors are left out of the document.
    public struct Result: Sendable {
        public var document: AnnotationDocument?
        public var diagnostics: [Diagnostic]
        /// The file's text, when it could be read (``Anchorer`` edits it).
        public var text: String?

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads the file at `url`; `path` names it in diagnostics.
    public static func load(contentsOf url: URL, path: String) -> Result {
        switch YAMLReader.readBytes(contentsOf: url, path: path) {
        case .failure(let failure): return Result(document: nil, diagnostics: failure.diagnostics, text: nil)
        case .success(let data): return load(data: data, path: path)
        }
    }

    /// Loads an annotation from the bytes of its file, read once by the caller (the scorer hashes
    /// the same bytes into the fingerprint); `path` names it in diagnostics.
    public static func load(data: Data, path: String) -> Result {
        switch YAMLReader.read(data, path: path) {
        case .failure(let failure):
            return Result(document: nil, diagnostics: failure.diagnostics, text: nil)
        case .success(let root):
            var result = load(root, path: path)
            result.text = String(validating: data, as: UTF8.self)
            return result
        }
    }

    /// Loads an annotation from YAML text; `path` names it in diagnostics.
    public static func load(yaml: String, path: String) -> Result {
        switch YAMLReader.read(yaml, path: path) {
        case .failure(let failure): return Result(document: nil, diagnostics: failure.diagnostics, text: yaml)
        case .success(let root):
            var result = load(root, path: path)
            result.text = yaml
            return result
        }
    }

    /// Loads an annotation from an already-read YAML tree.
    public static func load(_ root: YAMLNode, path: String) -> Result {
        var reader = YAMLFieldReader()
        let document = readDocument(root, path: path, reader: &reader)
        return Result(document: document, diagnostics: reader.diagnostics, text: nil)
    }

    private static func readDocument(_ root: YAMLNode, path: String, reader: inout YAMLFieldReader) -> AnnotationDocument? {
        guard let top = reader.mapping(root, in: "an annotation file") else { return nil }
        reader.checkKeys(of: top, allowed: topLevelKeys, required: topLevelKeys.filter { $0 != "notes" }, in: "the annotation")
        let id = reader.string(top, "id")
        let status = reader.enumeration(Annotation.Status.self, top, "status")
        // A suggested headline is a mapping; a checked one is a plain string or null.
        var headline: String?? = nil
        var headlineIsSuggested = false
        if let node = top.value(for: "headline"), node.mapping != nil, let mapping = reader.mapping(node, in: "'headline'") {
            reader.checkKeys(of: mapping, allowed: headlineKeys, required: headlineKeys, in: "'headline'")
            headline = reader.optionalString(mapping, "value")
            headlineIsSuggested = reader.bool(mapping, "suggested") ?? false
        } else {
            headline = reader.optionalString(top, "headline")
        }
        var document = AnnotationDocument(
            path: path, id: id ?? "", idLocation: top.value(for: "id")?.location ?? top.location,
            status: status ?? .draft, statusLocation: top.value(for: "status")?.location ?? top.location,
            headline: headline ?? nil, headlineLocation: top.value(for: "headline")?.location ?? top.location,
            publishedValue: nil, publishedValueLocation: top.location, publishedReason: nil, publishedReasonLocation: nil,
            publishedEvidence: nil, publishedLocation: top.value(for: "published")?.location ?? top.location,
            publishedIsSuggested: false, regions: [], entities: [], dates: [], notes: nil)
        document.headlineIsSuggested = headlineIsSuggested
        if top.value(for: "notes") != nil { document.notes = reader.string(top, "notes") }

        if let node = top.value(for: "published"), let published = reader.mapping(node, in: "'published'") {
            reader.checkKeys(of: published, allowed: publishedKeys, required: ["value"], in: "'published'")
            document.publishedValue = reader.optionalString(published, "value") ?? nil
            document.publishedValueLocation = published.value(for: "value")?.location ?? published.location
            if published.value(for: "reason") != nil {
                document.publishedReason = reader.enumeration(PublishedDate.MissingReason.self, published, "reason")
                document.publishedReasonLocation = published.value(for: "reason")?.location
            }
            document.publishedIsSuggested = reader.bool(published, "suggested") ?? false
            if let evidenceNode = published.value(for: "evidence") {
                if let scalar = evidenceNode.scalar, scalar.isNull {
                    // `evidence: null` is the same as no evidence.
                } else if let evidence = reader.mapping(evidenceNode, in: "'evidence'") {
                    reader.checkKeys(of: evidence, allowed: spanKeys, required: ["text"], in: "the published evidence")
                    document.publishedEvidence = readSpan(evidence, role: .evidence, reader: &reader)
                }
            }
        }

        for (index, item) in items(top, "regions", reader: &reader).enumerated() {
            guard let mapping = reader.mapping(item, in: "region \(index + 1)") else { continue }
            let before = reader.diagnostics.count
            reader.checkKeys(of: mapping, allowed: regionKeys, required: ["text", "label"], in: "region \(index + 1)")
            let label = reader.enumeration(RegionLabel.self, mapping, "label")
            let category = reader.enumeration(BoilerplateCategory.self, mapping, "category")
            guard let span = readSpan(mapping, role: .region(index), reader: &reader), let label,
                  reader.diagnostics.count == before else { continue }
            document.regions.append(.init(span: span, label: label, category: category,
                                          categoryLocation: mapping.value(for: "category")?.location))
        }
        for (index, item) in items(top, "entities", reader: &reader).enumerated() {
            guard let mapping = reader.mapping(item, in: "entity \(index + 1)") else { continue }
            let before = reader.diagnostics.count
            reader.checkKeys(of: mapping, allowed: entityKeys, required: ["text", "type"], in: "entity \(index + 1)")
            let type = reader.enumeration(EntityType.self, mapping, "type")
            let registryID = reader.optionalString(mapping, "id") ?? nil
            guard let span = readSpan(mapping, role: .entity(index), reader: &reader), let type,
                  reader.diagnostics.count == before else { continue }
            document.entities.append(.init(
                span: span, type: type, typeLocation: mapping.value(for: "type")?.location ?? mapping.location,
                registryID: registryID, registryIDLocation: mapping.value(for: "id")?.location))
        }
        for (index, item) in items(top, "dates", reader: &reader).enumerated() {
            guard let mapping = reader.mapping(item, in: "date \(index + 1)") else { continue }
            let before = reader.diagnostics.count
            reader.checkKeys(of: mapping, allowed: dateKeys, required: ["text", "value"], in: "date \(index + 1)")
            let value = reader.optionalString(mapping, "value")
            guard let span = readSpan(mapping, role: .date(index), reader: &reader), let value,
                  reader.diagnostics.count == before else { continue }
            document.dates.append(.init(span: span, value: value,
                                        valueLocation: mapping.value(for: "value")?.location ?? mapping.location))
        }
        guard id != nil, status != nil else { return nil }
        return document
    }

    private static func items(_ top: YAMLMapping, _ key: String, reader: inout YAMLFieldReader) -> [YAMLNode] {
        guard let node = top.value(for: key) else { return [] }
        return reader.sequence(node, in: "'\(key)'")?.items ?? []
    }

    /// The span part of an item; nil (with errors recorded) when its text is missing or not a string.
    private static func readSpan(_ mapping: YAMLMapping, role: AnnotatedSpan.Role, reader: inout YAMLFieldReader) -> AnnotatedSpan? {
        let start = reader.integer(mapping, "start")
        let end = reader.integer(mapping, "end")
        let line = reader.integer(mapping, "line")
        let occurrence = reader.integer(mapping, "occurrence")
        let suggested = reader.bool(mapping, "suggested") ?? false
        guard let text = reader.string(mapping, "text") else { return nil }
        var span = AnnotatedSpan(
            role: role, start: start, end: end, text: text, lineHint: line, occurrence: occurrence,
            isSuggested: suggested, isFlow: mapping.isFlow, location: mapping.location,
            textKeyLocation: mapping.entry(for: "text")?.key.location,
            textLocation: mapping.value(for: "text")?.location,
            startLocation: mapping.value(for: "start")?.location,
            endLocation: mapping.value(for: "end")?.location)
        span.allowsPartialWords = reader.bool(mapping, "partial") ?? false
        return span
    }
}
