import Foundation

/// Whether two registry entries, perhaps from two annotators' registries, denote one entity.
///
/// Two annotators who add the same new entity often invent different ids (`al-bayan` and
/// `albayan-newspaper`), so ids alone never agree across registries. The rule (issue 13, item 2):
/// 1. when both entries carry a Wikidata id, they are one entity exactly when the ids are equal
///    (compared without case): a QID settles the question either way;
/// 2. otherwise they must have the same type, and then either the same id, or the same Arabic
///    name, or the same English name once both go through ``ArabicNormalizer`` (so harakat,
///    hamza forms, case and punctuation do not matter). Aliases are not compared: one alias
///    («بوتين») may be shared by two entities.
///
/// ```swift
/// let a = RegistryEntry(id: "al-bayan", type: .organisation, arabicName: "البيان", englishName: "Al Bayan")
/// let b = RegistryEntry(id: "albayan-newspaper", type: .organisation, arabicName: "البَيان", englishName: "Al-Bayan newspaper")
/// EntityIdentity.denoteSameEntity(a, b)                  // true: the Arabic names agree once normalised
/// EntityIdentity.entry(in: registry, sameAs: b)?.id      // the id `registry` uses for it, if any
/// ```
///
/// - Complexity: `denoteSameEntity` is O(length of the names); `entry(in:sameAs:)` O(entries × name length).
public enum EntityIdentity {
    /// Whether `first` and `second` denote the same entity.
    public static func denoteSameEntity(_ first: RegistryEntry, _ second: RegistryEntry) -> Bool {
        if let firstWikidata = wikidataKey(first), let secondWikidata = wikidataKey(second) {
            return firstWikidata == secondWikidata
        }
        guard first.type == second.type else { return false }
        if first.id == second.id { return true }
        return sameName(first.arabicName, second.arabicName) || sameName(first.englishName, second.englishName)
    }

    /// The entry of `registry` that denotes the same entity as `entry`: the one with the same id
    /// when that holds, else the first in registry order; nil when none does.
    public static func entry(in registry: EntityRegistry, sameAs entry: RegistryEntry) -> RegistryEntry? {
        if let sameID = registry.entry(id: entry.id), denoteSameEntity(sameID, entry) { return sameID }
        return registry.entries.first { denoteSameEntity($0, entry) }
    }

    /// The Wikidata id without surrounding space, upper-cased (`q85` and `Q85` are one item).
    private static func wikidataKey(_ entry: RegistryEntry) -> String? {
        guard let wikidata = entry.wikidata?.trimmingCharacters(in: .whitespaces), !wikidata.isEmpty else { return nil }
        return wikidata.uppercased()
    }

    /// Equal once normalised, and not empty (two names made only of punctuation say nothing).
    private static func sameName(_ first: String, _ second: String) -> Bool {
        let key = ArabicNormalizer.normalize(first)
        return !key.isEmpty && key == ArabicNormalizer.normalize(second)
    }
}
