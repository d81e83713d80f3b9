import Foundation
import ClipBenchCore

/// The dataset's entity registry: lookup by id and by any name or alias.
///
/// ```swift
/// let registry = EntityRegistry(entries: [peskov])
/// registry.entry(id: "dmitry-peskov")?.type        // .person
/// registry.entries(named: "بيسكوف").map(\.id)       // ["dmitry-peskov"]
/// registry.entries(matching: "بِيسكوف")   // after the SPEC's Arabic normalisation, by an index
/// ```
///
/// - Complexity: lookups are O(1) on average (names are normalised once, when the registry is built);
///   a lookup through another normaliser is O(total names).
public struct EntityRegistry: Sendable, Hashable {
    public let entries: [RegistryEntry]
    private let indexByID: [String: Int]
    private let indexesByName: [String: [Int]]
    private let indexesByNormalizedName: NormalizedNameIndex<Int>

    /// Builds the lookups; with duplicate ids the first entry wins (the validator reports the rest).
    public init(entries: [RegistryEntry]) {
        self.entries = entries
        var byID: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if byID[entry.id] == nil { byID[entry.id] = index }
            for name in Set(entry.names) { byName[name, default: []].append(index) }
        }
        indexByID = byID
        indexesByName = byName
        indexesByNormalizedName = NormalizedNameIndex(
            entries.enumerated().lazy.flatMap { index, entry in entry.names.lazy.map { (name: $0, value: index) } })
    }

    /// An empty registry.
    public static let empty = EntityRegistry(entries: [])

    /// The entry with `id`, or nil.
    public func entry(id: String) -> RegistryEntry? {
        indexByID[id].map { entries[$0] }
    }

    /// The entries whose Arabic name, English name or an alias is exactly `name`.
    public func entries(named name: String) -> [RegistryEntry] {
        (indexesByName[name] ?? []).map { entries[$0] }
    }

    /// The entries with a name or alias equal to `name` once both go through ``ArabicNormalizer``, in
    /// registry order, from an index built once.
    public func entries(matching name: String) -> [RegistryEntry] {
        indexesByNormalizedName.values(matching: name).map { entries[$0] }
    }

    /// The id of the one entry `name` resolves to through ``ArabicNormalizer``, or nil when none or several do.
    public func id(matching name: String) -> String? {
        let found = indexesByNormalizedName.values(matching: name)
        return found.count == 1 ? entries[found[0]].id : nil
    }

    /// The entries with a name or alias equal to `name` once both go through `normalize`
    /// (e.g. the SPEC's Arabic normalisation), in registry order.
    ///
    /// - Complexity: O(total names) per call.
    public func entries(named name: String, normalizedBy normalize: (String) -> String) -> [RegistryEntry] {
        let key = normalize(name)
        guard !key.isEmpty else { return [] }
        return entries.filter { entry in entry.names.contains { normalize($0) == key } }
    }

    /// The id of the one entry `name` resolves to through `normalize`, or nil when none or several do.
    public func id(forName name: String, normalizedBy normalize: (String) -> String) -> String? {
        let found = entries(named: name, normalizedBy: normalize)
        return found.count == 1 ? found[0].id : nil
    }
}
