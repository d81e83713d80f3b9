import Foundation
import ClipBenchCore
import ClipBenchModel

/// Reads the entity registry (`Annotations/entities.yaml`) into an ``EntityRegistry``.
///
/// Structure only (keys, types); uniqueness of ids and aliases is ``RegistryValidator``'s.
///
/// ```swift
/// let loaded = EntityRegistryLoader.load(contentsOf: layout.registryURL, path: "Annotations/entities.yaml")
/// loaded.registry.entry(id: "istanbul")
/// ```
public enum EntityRegistryLoader {
    public static let topLevelKeys = ["entities"]
    public static let entryKeys = ["id", "type", "name", "aliases", "wikidata", "description"]
    public static let nameKeys = ["ar", "en"]

    /// What loading gave: the registry (possibly empty) and every diagnostic.
    public struct Result: Sendable {
        public var registry: EntityRegistry
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public static func load(contentsOf url: URL, path: String) -> Result {
        switch YAMLReader.read(contentsOf: url, path: path) {
        case .failure(let failure): return Result(registry: .empty, diagnostics: failure.diagnostics)
        case .success(let root): return load(root)
        }
    }

    public static func load(yaml: String, path: String) -> Result {
        switch YAMLReader.read(yaml, path: path) {
        case .failure(let failure): return Result(registry: .empty, diagnostics: failure.diagnostics)
        case .success(let root): return load(root)
        }
    }

    public static func load(_ root: YAMLNode) -> Result {
        var reader = YAMLFieldReader()
        var entries: [RegistryEntry] = []
        if let top = reader.mapping(root, in: "the entity registry") {
            reader.checkKeys(of: top, allowed: topLevelKeys, required: topLevelKeys, in: "the entity registry")
            let items = top.value(for: "entities").flatMap { reader.sequence($0, in: "'entities'")?.items } ?? []
            for (index, item) in items.enumerated() {
                let context = "registry entry \(index + 1)"
                guard let mapping = reader.mapping(item, in: context) else { continue }
                let before = reader.diagnostics.count
                reader.checkKeys(of: mapping, allowed: entryKeys, required: ["id", "type", "name"], in: context)
                let id = reader.string(mapping, "id")
                let type = reader.enumeration(EntityType.self, mapping, "type")
                var arabic: String?
                var english: String?
                if let nameNode = mapping.value(for: "name"), let names = reader.mapping(nameNode, in: "'name'") {
                    reader.checkKeys(of: names, allowed: nameKeys, required: nameKeys, in: "'name' of \(context)")
                    arabic = reader.string(names, "ar")
                    english = reader.string(names, "en")
                }
                var aliases: [String] = []
                var aliasLocations: [SourceLocation] = []
                if let aliasNode = mapping.value(for: "aliases"), let list = reader.sequence(aliasNode, in: "'aliases'") {
                    for alias in list.items {
                        if let text = reader.string(alias, named: "an alias") {
                            aliases.append(text)
                            aliasLocations.append(alias.location)
                        }
                    }
                }
                let wikidata = reader.optionalString(mapping, "wikidata") ?? nil
                let description = reader.optionalString(mapping, "description") ?? nil
                guard reader.diagnostics.count == before, let id, let type, let arabic, let english else { continue }
                entries.append(RegistryEntry(
                    id: id, type: type, arabicName: arabic, englishName: english, aliases: aliases,
                    wikidata: wikidata, description: description, location: mapping.location,
                    idLocation: mapping.value(for: "id")?.location, aliasLocations: aliasLocations))
            }
        }
        return Result(registry: EntityRegistry(entries: entries), diagnostics: reader.diagnostics)
    }
}
