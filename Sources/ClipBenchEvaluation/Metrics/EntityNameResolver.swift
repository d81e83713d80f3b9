import ClipBenchCore

/// Resolves an entity's name to its id in the dataset's entity registry, through its aliases.
///
/// The evaluator does not load the registry itself; the caller passes the lookup:
///
/// ```swift
/// let resolver = EntityNameResolver { name in registry.entityID(forName: name) }
/// resolver.registryID(for: "فلاديمير بوتين")   // "putin"
/// ```
public struct EntityNameResolver: Sendable {
    private let resolve: @Sendable (String) -> String?

    /// - Parameter resolve: returns the registry id of the entity a name (as written) refers to, or nil.
    public init(_ resolve: @escaping @Sendable (String) -> String?) {
        self.resolve = resolve
    }

    /// The registry id the name resolves to, or nil when it names no known entity.
    public func registryID(for name: String) -> String? {
        resolve(name)
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
