import Foundation
import ClipBenchCore
import ClipBenchModel

/// A SHA-256 fingerprint of the scored gold: any change to a non-draft annotation, its seed or
/// the entity registry changes it; drafts, the card, guidelines and comments elsewhere do not.
///
/// The hashed bytes, exactly (all numbers in ASCII decimal, `\n` is byte 0x0A):
/// ```
/// "clipbench-gold-fingerprint-v1\n"
/// for each non-draft clipping, ids sorted by their UTF-8 bytes:
///     "clipping\n" id "\n"
///     byte-count(seed) "\n" seed-bytes "\n"
///     byte-count(annotation) "\n" annotation-bytes "\n"
/// "registry\n" byte-count(registry) "\n" registry-bytes "\n"     (count 0 and no bytes when absent)
/// ```
/// A clipping is a draft when its file reads and says `status: draft`; a file that does not read
/// counts as scored (so a broken file still changes the fingerprint). Byte counts make the layout
/// unambiguous. ``files`` also gives each hashed file's own SHA-256 so a gate can say what changed.
///
/// ```swift
/// let fingerprint = DatasetFingerprint(layout: layout)
/// fingerprint.hexadecimal                      // "3f0c…" (64 hex digits)
/// fingerprint.files.first?.path                // "Annotations/000_fafa66e8a14f78c9.yaml"
/// ```
public struct DatasetFingerprint: Sendable, Hashable {
    /// One hashed file: its path relative to the dataset root and its own SHA-256.
    public struct File: Sendable, Hashable {
        public var path: String
        public var sha256: String
    }

    /// The fingerprint: 64 lowercase hexadecimal digits.
    public var hexadecimal: String
    /// Every hashed file in hashing order (seed then annotation per clipping, then the registry if present).
    public var files: [File]
    /// The ids fingerprinted (non-draft), sorted.
    public var ids: [String]

    /// Computes the fingerprint of the dataset at `layout`.
    ///
    /// - Complexity: O(total bytes of the seeds, annotations and registry); each annotation is
    ///   parsed only when its `status` is not plainly `done` (see ``GoldLoader/isScored(id:annotationData:)``).
    public init(layout: DatasetLayout) {
        self.init(layout: layout, listsFiles: true)
    }

    /// The fingerprint alone (``hexadecimal``), without the per-file list or the ids, so memory
    /// does not grow with the number of clippings (`score` records only this).
    ///
    /// - Complexity: as ``init(layout:)``; memory O(one file).
    public static func hexadecimal(of layout: DatasetLayout) -> String {
        DatasetFingerprint(layout: layout, listsFiles: false).hexadecimal
    }

    private init(layout: DatasetLayout, listsFiles: Bool) {
        var hasher = SHA256Hasher()
        var files: [File] = []
        func add(_ text: String) { hasher.update(text) }
        func addFile(_ url: URL, relativePath: String, data knownData: Data? = nil) {
            let data = knownData ?? (try? Data(contentsOf: url)) ?? Data()
            add("\(data.count)\n")
            // Hashed from a contiguous buffer: iterating `Data` byte by byte is several times slower.
            data.withUnsafeBytes { bytes in hasher.update(bytes) }
            add("\n")
            if listsFiles, FileManager.default.fileExists(atPath: url.path) {
                files.append(File(path: relativePath, sha256: data.withUnsafeBytes { SHA256Hasher.hash($0) }.hexadecimal))
            }
        }
        add("clipbench-gold-fingerprint-v1\n")
        let gold = GoldLoader(layout: layout)
        var ids: [String] = []
        // Each annotation is read once: its bytes tell whether it is scored (cheaply, see
        // GoldLoader.isScored) and are hashed.
        for id in gold.ids().sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let annotationURL = layout.annotationURL(for: id)
            let annotation = try? Data(contentsOf: annotationURL)
            guard gold.isScored(id: id, annotationData: annotation) else { continue }
            if listsFiles { ids.append(id) }
            add("clipping\n\(id)\n")
            addFile(layout.seedURL(for: id), relativePath: "seeds/\(id).txt")
            addFile(annotationURL, relativePath: "Annotations/\(id).yaml", data: annotation)
        }
        add("registry\n")
        addFile(layout.registryURL, relativePath: "Annotations/entities.yaml")
        self.hexadecimal = hasher.finalize().hexadecimal
        self.files = files
        self.ids = ids
    }
}
