/// Resolves an entity's name to its id in the dataset's entity registry, through its aliases.
///
/// The evaluator does not load the registry itself; the caller passes the lookup:
///
/// ```swift
/// let resolver = EntityNameResolver { name in registry.id(matching: name) }
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

    /// A resolver built from a table of names to ids; names are compared after ``ArabicNormalizer``,
    /// and a name that matches names of several ids resolves to none (as ``EntityRegistry/id(matching:)``).
    public init(aliases: [String: String]) {
        let index = NormalizedNameIndex(aliases.map { (name: $0.key, value: $0.value) })
        self.init { name in
            let ids = index.values(matching: name)
            return ids.count == 1 ? ids[0] : nil
        }
    }
}
