import Foundation
import ClipBenchCore

/// One known entity of the dataset's registry (`Annotations/entities.yaml`).
public struct RegistryEntry: Sendable, Hashable {
    /// Lowercase ASCII slug of the English name, words joined by `-`, e.g. `dmitry-peskov`.
    public var id: String
    public var type: EntityType
    public var arabicName: String
    public var englishName: String
    /// Every other spelling met in the clippings, exactly as written.
    public var aliases: [String]
    /// The Wikidata item, e.g. `Q1398497`, only where known for certain.
    public var wikidata: String?
    public var description: String?
    /// Where the entry starts in the registry file.
    public var location: SourceLocation
    public var idLocation: SourceLocation
    /// The place of each alias, in the order of ``aliases``.
    public var aliasLocations: [SourceLocation]

    public init(
        id: String, type: EntityType, arabicName: String, englishName: String, aliases: [String] = [],
        wikidata: String? = nil, description: String? = nil, location: SourceLocation = SourceLocation(path: ""),
        idLocation: SourceLocation? = nil, aliasLocations: [SourceLocation] = []
    ) {
        self.id = id
        self.type = type
        self.arabicName = arabicName
        self.englishName = englishName
        self.aliases = aliases
        self.wikidata = wikidata
        self.description = description
        self.location = location
        self.idLocation = idLocation ?? location
        self.aliasLocations = aliasLocations
    }

    /// Every name the entry answers to: the Arabic and English names, then the aliases.
    public var names: [String] { [arabicName, englishName] + aliases }
}
