import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

/// Resolves an entity's name to its id in the dataset's entity registry, through its aliases, and a predicted
/// registry id to the gold registry's id for the same entity.
///
/// The evaluator does not load the registry itself; the caller passes the lookups:
///
/// ```swift
/// let resolver = EntityNameResolver { name in registry.entityID(forName: name) }
/// resolver.registryID(for: "فلاديمير بوتين")   // "putin"
/// let across = EntityNameResolver(gold: goldRegistry, predictionRegistry: theirRegistry)
/// across.registryID(forPredictedID: "albayan-newspaper")   // "al-bayan": the same entity (EntityIdentity)
/// ```
public struct EntityNameResolver: Sendable {
    private let resolve: @Sendable (String) -> String?
    private let translate: @Sendable (String) -> String

    /// - Parameters:
    ///   - resolve: returns the registry id of the entity a name (as written) refers to, or nil.
    ///   - translateID: returns the gold registry id a predicted id stands for (by default the id itself).
    public init(_ resolve: @escaping @Sendable (String) -> String?,
                translateID: @escaping @Sendable (String) -> String = { $0 }) {
        self.resolve = resolve
        self.translate = translateID
    }

    /// The registry id the name resolves to, or nil when it names no known entity.
    public func registryID(for name: String) -> String? {
        resolve(name)
    }

    /// The gold registry id a predicted registry id stands for.
    public func registryID(forPredictedID id: String) -> String {
        translate(id)
    }

    /// A resolver against the gold registry. Names resolve through its names and aliases (after
    /// ``ArabicNormalizer``; a name several entries share resolves to none). A predicted id that is a Wikidata
    /// id (`Q159`) stands for the gold entry with that Wikidata id. With `predictionRegistry` (the registry the
    /// prediction's ids come from, such as a second annotator's `entities.yaml`), each of its ids stands for the
    /// gold entry that ``EntityIdentity`` finds to be the same entity, and an id it has with no such entry
    /// stands for no gold entity at all, even when the gold registry happens to use the same id for another one.
    ///
    /// - Complexity: O(p × g) once to match the two registries' entries; each lookup is O(1) on average.
    public init(gold: EntityRegistry, predictionRegistry: EntityRegistry? = nil) {
        var byWikidata: [String: String] = [:]
        for entry in gold.entries {
            if let wikidata = EntityIdentity.normalizedWikidataID(entry.wikidata), byWikidata[wikidata] == nil {
                byWikidata[wikidata] = entry.id
            }
        }
        var table: [String: String] = [:]
        if let predictionRegistry {
            let correspondence = EntityIdentity.correspondence(from: predictionRegistry, to: gold)
            // A control character no registry id can hold, so an unmatched id never equals a gold one.
            for entry in predictionRegistry.entries where table[entry.id] == nil {
                table[entry.id] = correspondence[entry.id] ?? "\u{1}unmatched:" + entry.id
            }
        }
        let ids = table
        let wikidataIDs = byWikidata
        self.init({ name in gold.id(forName: name, normalizedBy: ArabicNormalizer.normalize) }, translateID: { id in
            if let translated = ids[id] { return translated }
            if let wikidata = EntityIdentity.normalizedWikidataID(id), let found = wikidataIDs[wikidata] { return found }
            return id
        })
    }

    /// A resolver built from a table of names to ids; names are compared after ``ArabicNormalizer``.
    public init(aliases: [String: String]) {
        var table: [String: String] = [:]
        // Sorted, so two names that normalise alike resolve the same way on every run.
        for name in aliases.keys.sorted() { table[ArabicNormalizer.normalize(name)] = aliases[name] }
        let frozen = table
        self.init { name in frozen[ArabicNormalizer.normalize(name)] }
    }
}
