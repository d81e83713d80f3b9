import Foundation
import ClipBenchCore
import ClipBenchModel

/// Reads `Annotations/dataset.yaml` into a ``DatasetCard``, checking its keys, types and that its
/// label sets are exactly the ones the toolkit knows.
public enum DatasetCardLoader {
    public static let keys = [
        "name", "version", "language", "licence", "description", "documents", "entity_types", "region_labels",
        "boilerplate_categories", "guidelines", "citation",
    ]

    public struct Result: Sendable {
        public var card: DatasetCard?
        public var diagnostics: [Diagnostic]
        /// Where `documents:` is written, so a count that no longer holds can be pointed at.
        public var documentsLocation: SourceLocation?
    }

    public static func load(contentsOf url: URL, path: String) -> Result {
        switch YAMLReader.read(contentsOf: url, path: path) {
        case .failure(let failure): return Result(card: nil, diagnostics: failure.diagnostics)
        case .success(let root): return load(root)
        }
    }

    public static func load(yaml: String, path: String) -> Result {
        switch YAMLReader.read(yaml, path: path) {
        case .failure(let failure): return Result(card: nil, diagnostics: failure.diagnostics)
        case .success(let root): return load(root)
        }
    }

    public static func load(_ root: YAMLNode) -> Result {
        var reader = YAMLFieldReader()
        guard let top = reader.mapping(root, in: "the dataset card") else { return Result(card: nil, diagnostics: reader.diagnostics) }
        reader.checkKeys(of: top, allowed: keys, required: keys.filter { $0 != "documents" }, in: "the dataset card")
        let name = reader.string(top, "name")
        let version = reader.string(top, "version")
        if let version, !isSemanticVersion(version) {
            reader.error("'version' must be a version such as \"0.1.0\", not '\(version)'", at: top.value(for: "version")!.location)
        }
        let language = reader.string(top, "language")
        var annotationsLicence: String?
        var textsLicence: String?
        if let node = top.value(for: "licence"), let licence = reader.mapping(node, in: "'licence'") {
            reader.checkKeys(of: licence, allowed: ["annotations", "texts"], required: ["annotations", "texts"], in: "'licence'")
            annotationsLicence = reader.string(licence, "annotations")
            textsLicence = reader.string(licence, "texts")
        }
        let description = reader.string(top, "description")
        let documents = reader.integer(top, "documents")
        let documentsLocation = top.value(for: "documents")?.location
        func labels(_ key: String, expected: [String]) -> [String: String] {
            guard let node = top.value(for: key), let mapping = reader.mapping(node, in: "'\(key)'") else { return [:] }
            reader.checkKeys(of: mapping, allowed: expected, required: expected, in: "'\(key)'")
            var result: [String: String] = [:]
            for entry in mapping.entries where expected.contains(entry.key.string) {
                result[entry.key.string] = reader.string(entry.value, named: "'\(key).\(entry.key.string)'")
            }
            return result
        }
        let entityTypes = labels("entity_types", expected: EntityType.allCases.map(\.rawValue))
        let regionLabels = labels("region_labels", expected: RegionLabel.allCases.map(\.rawValue))
        let categories = labels("boilerplate_categories", expected: BoilerplateCategory.allCases.map(\.rawValue))
        let guidelines = reader.string(top, "guidelines")
        let citation = reader.string(top, "citation")
        guard let name, let version, let language, let annotationsLicence, let textsLicence, let description,
              let guidelines, let citation else { return Result(card: nil, diagnostics: reader.diagnostics) }
        let card = DatasetCard(
            name: name, version: version, language: language, annotationsLicence: annotationsLicence,
            textsLicence: textsLicence, description: description, documents: documents, entityTypes: entityTypes,
            regionLabels: regionLabels, boilerplateCategories: categories, guidelines: guidelines, citation: citation)
        return Result(card: card, diagnostics: reader.diagnostics, documentsLocation: documentsLocation)
    }

    package static func isSemanticVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
