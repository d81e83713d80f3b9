import Foundation

/// Where the files of a dataset live (SPEC section 1): `seeds/`, `Annotations/`, `Schemas/`,
/// `Evaluation/` under one root folder.
///
/// ```swift
/// let layout = DatasetLayout(root: URL(fileURLWithPath: "."))
/// layout.seedURL(for: "000_fafa66e8a14f78c9")   // ./seeds/000_fafa66e8a14f78c9.txt
/// ```
public struct DatasetLayout: Sendable, Hashable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var seedsFolder: URL { root.appendingPathComponent("seeds", isDirectory: true) }
    public var annotationsFolder: URL { root.appendingPathComponent("Annotations", isDirectory: true) }
    public var schemasFolder: URL { root.appendingPathComponent("Schemas", isDirectory: true) }
    public var evaluationFolder: URL { root.appendingPathComponent("Evaluation", isDirectory: true) }
    /// The entity registry shared by all annotations.
    public var registryURL: URL { annotationsFolder.appendingPathComponent("entities.yaml") }
    /// The dataset card: name, version, licence, label sets, citation.
    public var cardURL: URL { annotationsFolder.appendingPathComponent("dataset.yaml") }

    public func seedURL(for id: String) -> URL { seedsFolder.appendingPathComponent("\(id).txt") }
    public func annotationURL(for id: String) -> URL { annotationsFolder.appendingPathComponent("\(id).yaml") }

    /// The ids of every seed, sorted; empty when the folder is missing.
    public func seedIDs() -> [String] {
        ids(in: seedsFolder, extension: "txt")
    }

    /// The ids of every annotation file (dataset-wide files such as the registry excluded), sorted.
    public func annotationIDs() -> [String] {
        let datasetWide: Set<String> = ["entities", "dataset"]
        return ids(in: annotationsFolder, extension: "yaml").filter { !datasetWide.contains($0) }
    }

    private func ids(in folder: URL, extension fileExtension: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".\(fileExtension)") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(fileExtension.count + 1)) }
            .sorted()
    }
}

/// The rule for clipping ids: safe as a file name on every system.
public enum ClippingID {
    /// At most this many characters.
    public static let maximumLength = 128

    /// Why `id` is not a safe clipping id, or nil when it is: 1 to 128 characters of ASCII
    /// letters, digits, `_`, `-` and `.`, starting with a letter or digit (so never `..` or `../x`).
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "the id is empty" }
        if id.unicodeScalars.count > maximumLength { return "the id is longer than \(maximumLength) characters" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.".unicodeScalars)
        guard id.unicodeScalars.allSatisfy({ allowed.contains($0) }) else {
            return "the id '\(id)' may hold only ASCII letters, digits, '_', '-' and '.'"
        }
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            return "the id '\(id)' must start with a letter or a digit"
        }
        return nil
    }

    /// A hint naming the known ids that `id` abbreviates (`002` → `002_545d3a95fd3ea7b3`), or
    /// nil when none does; a user who types the short number gets the full id to copy.
    ///
    /// ```swift
    /// ClippingID.hint(for: "002", among: ["001_77", "002_54"])   // "did you mean 002_54?"
    /// ```
    ///
    /// - Complexity: O(*n*) in the number of known ids.
    public static func hint(for id: String, among known: [String]) -> String? {
        // An empty id would "abbreviate" every id: no hint is better than the whole list.
        guard !id.isEmpty else { return nil }
        let matches = known.filter { $0.hasPrefix(id) && $0 != id }.sorted()
        guard !matches.isEmpty else { return nil }
        let shown = matches.prefix(3).joined(separator: ", ")
        return "did you mean \(shown)\(matches.count > 3 ? ", … (\(matches.count) in all)" : "")?"
    }
}
