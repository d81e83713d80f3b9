import ClipBenchCore
import ClipBenchModel

/// Checks the entity registry beyond its structure: ids unique and well-formed slugs, Wikidata ids
/// well-formed, names non-empty. A name or alias may be shared by several entries.
///
/// ```swift
/// let problems = RegistryValidator.diagnostics(for: registry)
/// ```
public enum RegistryValidator {
    /// Whether `id` is a lowercase ASCII slug: letters and digits in words joined by single `-`.
    public static func isWellFormedID(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// Whether `id` is a Wikidata item id such as `Q1398497`.
    public static func isWellFormedWikidataID(_ id: String) -> Bool {
        let digits = id.unicodeScalars.dropFirst()
        return id.hasPrefix("Q") && !digits.isEmpty && digits.first != "0" && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    /// Every problem of `registry`.
    ///
    /// - Complexity: O(total names).
    public static func diagnostics(for registry: EntityRegistry) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByID: [String: RegistryEntry] = [:]
        for entry in registry.entries {
            if !isWellFormedID(entry.id) {
                diagnostics.append(Diagnostic(.error, "registry id '\(entry.id)' must be a lowercase ASCII slug such as 'dmitry-peskov' (letters and digits, words joined by '-')", at: entry.idLocation))
            }
            if let first = firstByID[entry.id] {
                diagnostics.append(Diagnostic(.error, "registry id '\(entry.id)' is used twice (first at line \(first.idLocation.line ?? 0))", at: entry.idLocation))
                continue
            }
            firstByID[entry.id] = entry
            if entry.arabicName.isEmpty || entry.englishName.isEmpty {
                diagnostics.append(Diagnostic(.error, "registry entry '\(entry.id)' has an empty name", at: entry.location))
            }
            if let wikidata = entry.wikidata, !isWellFormedWikidataID(wikidata) {
                diagnostics.append(Diagnostic(.error, "registry entry '\(entry.id)' has the Wikidata id '\(wikidata)'; it must look like Q1398497", at: entry.location))
            }
            var ownNames: Set<String> = []
            for (index, name) in entry.names.enumerated() {
                let location = index >= 2 && index - 2 < entry.aliasLocations.count ? entry.aliasLocations[index - 2] : entry.location
                if index >= 2, name.isEmpty {
                    diagnostics.append(Diagnostic(.error, "registry entry '\(entry.id)' has an empty alias", at: location))
                }
                // A name may belong to several entries (GUIDELINES §5.5: «تونس» is the city and the
                // country); a mention with that text must then carry its id (AnnotationValidator).
                guard !name.isEmpty, ownNames.insert(name).inserted else { continue }
            }
        }
        return diagnostics
    }
}
