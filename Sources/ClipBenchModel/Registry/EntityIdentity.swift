import Foundation
import ClipBenchCore

/// The rule that says when two registry entries, typically from two annotators' registries, name the same
/// real-world entity, and the id convention that makes two annotators' new ids agree.
///
/// Two entries are the same entity when
/// 1. both give a Wikidata id: exactly when the ids are equal (`q42` = `Q42`); names do not matter then;
/// 2. otherwise, when their types are equal and their Arabic names, or their English names, are equal after
///    ``ArabicNormalizer`` (aliases do not count: they are spelling variants met in the clippings, and one
///    annotator's alias list is not the other's).
///
/// ```swift
/// let mine = RegistryEntry(id: "al-bayan", type: .organisation, arabicName: "البيان", englishName: "Al Bayan")
/// let theirs = RegistryEntry(id: "albayan-newspaper", type: .organisation, arabicName: "البيان", englishName: "Al-Bayan")
/// EntityIdentity(mine).isSameEntity(as: EntityIdentity(theirs))          // true: same type, same Arabic name
/// EntityIdentity.correspondence(from: theirRegistry, to: myRegistry)     // ["albayan-newspaper": "al-bayan", …]
/// EntityIdentity.slug(ofTitle: "Al Bayan (UAE newspaper)")               // "al-bayan-uae-newspaper"
/// ```
///
/// - Complexity: building an identity is O(length of the names); comparing two is O(1) on average.
public struct EntityIdentity: Sendable, Hashable {
    /// The registry id of the entry this identity was made from (not part of the rule).
    public let id: String
    /// The Wikidata id in upper case, or nil.
    public let wikidata: String?
    public let type: EntityType
    /// The Arabic and English names after ``ArabicNormalizer`` (an empty one never matches).
    public let normalizedArabicName: String
    public let normalizedEnglishName: String

    public init(_ entry: RegistryEntry) {
        id = entry.id
        wikidata = Self.normalizedWikidataID(entry.wikidata)
        type = entry.type
        normalizedArabicName = ArabicNormalizer.normalize(entry.arabicName)
        normalizedEnglishName = ArabicNormalizer.normalize(entry.englishName)
    }

    /// Whether the two entries name the same entity (the rule above).
    public func isSameEntity(as other: EntityIdentity) -> Bool {
        if let wikidata, let otherWikidata = other.wikidata { return wikidata == otherWikidata }
        guard type == other.type else { return false }
        return (!normalizedArabicName.isEmpty && normalizedArabicName == other.normalizedArabicName)
            || (!normalizedEnglishName.isEmpty && normalizedEnglishName == other.normalizedEnglishName)
    }

    /// Whether two entries name the same entity.
    public static func isSameEntity(_ first: RegistryEntry, _ second: RegistryEntry) -> Bool {
        EntityIdentity(first).isSameEntity(as: EntityIdentity(second))
    }

    /// The entries of `registry` that name the same entity as `entry`, in registry order. When some share
    /// `entry`'s Wikidata id, only those (a Wikidata match outranks a name match).
    ///
    /// - Complexity: O(entries of `registry`).
    public static func matches(of entry: RegistryEntry, in registry: EntityRegistry) -> [RegistryEntry] {
        let identity = EntityIdentity(entry)
        let found = registry.entries.filter { identity.isSameEntity(as: EntityIdentity($0)) }
        if let wikidata = identity.wikidata {
            let byWikidata = found.filter { normalizedWikidataID($0.wikidata) == wikidata }
            if !byWikidata.isEmpty { return byWikidata }
        }
        return found
    }

    /// The entry of `registry` that names the same entity as `entry`: the one with `entry`'s id when
    /// it does, else the first of ``matches(of:in:)``; nil when none does.
    ///
    /// - Complexity: O(entries of `registry`).
    public static func entry(in registry: EntityRegistry, sameAs entry: RegistryEntry) -> RegistryEntry? {
        if let sameID = registry.entry(id: entry.id), isSameEntity(sameID, entry) { return sameID }
        return matches(of: entry, in: registry).first
    }

    /// For every entry of `source` that names the same entity as exactly one entry of `target`, the pair
    /// (source id → target id). Entries matching none, or several, are left out: a caller treats their ids as
    /// naming no entity of `target`.
    ///
    /// - Complexity: O(entries of `source` × entries of `target`).
    public static func correspondence(from source: EntityRegistry, to target: EntityRegistry) -> [String: String] {
        var result: [String: String] = [:]
        for entry in source.entries where result[entry.id] == nil {
            let found = matches(of: entry, in: target)
            if found.count == 1 { result[entry.id] = found[0].id }
        }
        return result
    }

    /// `q1398497`, ` Q1398497 ` → `Q1398497`; anything that is not `Q` and digits → nil.
    public static func normalizedWikidataID(_ text: String?) -> String? {
        guard let text else { return nil }
        // Most ids (`putin`) start with an ASCII character that is neither whitespace nor `q`/`Q`:
        // trimming keeps it first and upper-casing cannot make it `Q`, so they are answered without
        // either (the scorer asks this of every predicted id).
        if let first = text.utf8.first, first < 0x80, first != 0x20, first != 0x09, first != 0x51, first != 0x71 { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard trimmed.count > 1, trimmed.first == "Q", trimmed.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return trimmed
    }

    // MARK: - The id convention

    /// The id the convention (GUIDELINES 6.1) gives a new entry: the slug of its English Wikipedia title when it
    /// has an article, else the slug of its English name; nil when neither gives one.
    ///
    /// ```swift
    /// EntityIdentity.conventionalID(wikipediaTitle: "Moscow Kremlin", englishName: "Kremlin")   // "moscow-kremlin"
    /// EntityIdentity.conventionalID(wikipediaTitle: nil, englishName: "Al-Bayan Podcast")       // "al-bayan-podcast"
    /// ```
    public static func conventionalID(wikipediaTitle: String?, englishName: String) -> String? {
        if let wikipediaTitle, let slug = slug(ofTitle: wikipediaTitle) { return slug }
        return slug(ofTitle: englishName)
    }

    /// The romanisation GUIDELINES 6.1 gives an Arabic name that has no Latin-script name of its own: one fixed
    /// string per letter (short vowels, which the text does not write, are not added), the article ال at the
    /// start of a word as `al-`, and every other character kept as it is (so Latin letters and digits stay).
    ///
    /// ```swift
    /// EntityIdentity.romanized("ريف دمشق")        // "ryf dmshq"
    /// EntityIdentity.romanized("بودكاست البيان")   // "bwdkast al-byan"
    /// ```
    ///
    /// - Complexity: O(length of the name).
    public static func romanized(_ arabicName: String) -> String {
        var words: [String] = []
        for word in ArabicNormalizer.normalize(arabicName).split(separator: " ") {
            var letters = Substring(word)
            var output = ""
            if letters.hasPrefix("ال"), letters.count > 2 {
                output = "al-"
                letters = letters.dropFirst(2)
            }
            for scalar in letters.unicodeScalars { output += romanization[scalar] ?? String(scalar) }
            words.append(output)
        }
        return words.joined(separator: " ")
    }

    /// One Latin string per Arabic letter, after ``ArabicNormalizer`` has folded the hamza seats of alif, alif
    /// maqsura and ta marbuta (so «أ», «ى», «ة» arrive as «ا», «ي», «ه»).
    package static let romanization: [Unicode.Scalar: String] = [
        "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
        "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
        "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "ئ": "", "ؤ": "",
        "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
    ]

    /// The id the convention gives a title: the English Wikipedia title (disambiguator included), or for an
    /// entity without an article the English name chosen by the rule in GUIDELINES 6.1.
    ///
    /// Letters lose their accents (`é` → `e`, `ß` → `ss`), apostrophes vanish (`People's` → `peoples`), `&`
    /// becomes `and`, every other run of characters that are not ASCII letters or digits becomes one `-`, and
    /// the result is lower case without a `-` at either end. Nil when nothing is left (a title in Arabic script).
    ///
    /// - Complexity: O(length of the title).
    public static func slug(ofTitle title: String) -> String? {
        let folded = title.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "&", with: " and ")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? nil : slug.lowercased()
    }
}

extension EntityRegistry {
    /// The entries `query` finds, best first: the entry whose id or Wikidata id it is, then entries with a name
    /// or alias equal to it after ``ArabicNormalizer``, then entries with a name or alias containing it.
    ///
    /// ```swift
    /// registry.search("بيسكوف").map(\.id)     // ["dmitry-peskov"]
    /// registry.search("Q1398497").map(\.id)   // ["dmitry-peskov"]
    /// ```
    ///
    /// - Complexity: O(total length of the names).
    public func search(_ query: String) -> [RegistryEntry] {
        let key = ArabicNormalizer.normalize(query)
        let wikidata = EntityIdentity.normalizedWikidataID(query)
        var exact: [RegistryEntry] = []
        var equal: [RegistryEntry] = []
        var containing: [RegistryEntry] = []
        for entry in entries {
            let names = entry.names.map(ArabicNormalizer.normalize)
            if entry.id == query || (wikidata != nil && EntityIdentity.normalizedWikidataID(entry.wikidata) == wikidata) {
                exact.append(entry)
            } else if !key.isEmpty, names.contains(key) {
                equal.append(entry)
            } else if !key.isEmpty, names.contains(where: { $0.contains(key) }) {
                containing.append(entry)
            }
        }
        return exact + equal + containing
    }
}
