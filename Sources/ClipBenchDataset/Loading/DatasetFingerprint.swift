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

    private init(hexadecimal: String, files: [File], ids: [String]) {
        self.hexadecimal = hexadecimal
        self.files = files
        self.ids = ids
    }

    private init(layout: DatasetLayout, listsFiles: Bool) {
        var accumulator = Accumulator(listsFiles: listsFiles)
        let gold = GoldLoader(layout: layout)
        // Each annotation is read once: its bytes tell whether it is scored (cheaply, see
        // GoldLoader.isScored) and are hashed.
        for id in Accumulator.order(gold.ids()) {
            let annotation = BoundedFileReader.contents(of: layout.annotationURL(for: id), limit: InputLimits.yamlFileBytes)
            guard gold.isScored(id: id, annotationData: annotation) else { continue }
            accumulator.addClipping(id: id, seed: BoundedFileReader.contents(of: layout.seedURL(for: id), limit: InputLimits.clippingBytes), annotation: annotation, layout: layout)
        }
        self = accumulator.finish(registry: BoundedFileReader.contents(of: layout.registryURL, limit: InputLimits.yamlFileBytes), layout: layout)
    }

    /// The fingerprint built clipping by clipping from bytes the caller has read, so a command
    /// that reads the gold anyway (``GoldScan``) hashes it without opening a file twice.
    /// Clippings must be added in ``order(_:)``, scored ones only.
    public struct Accumulator: Sendable {
        private var hasher = SHA256Hasher()
        private let listsFiles: Bool
        private var files: [File] = []
        private var ids: [String] = []

        public init(listsFiles: Bool) {
            self.listsFiles = listsFiles
            hasher.update("clipbench-gold-fingerprint-v1\n")
        }

        /// The order clippings are hashed in: by the UTF-8 bytes of their ids.
        public static func order(_ ids: [String]) -> [String] {
            ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }

        /// Adds one scored clipping: its seed's and annotation's bytes (nil when a file could not be
        /// read: hashed as empty, and left out of the file list when it does not exist).
        public mutating func addClipping(id: String, seed: Data?, annotation: Data?, layout: DatasetLayout) {
            if listsFiles { ids.append(id) }
            hasher.update("clipping\n\(id)\n")
            addFile(seed, url: layout.seedURL(for: id), relativePath: "seeds/\(id).txt")
            addFile(annotation, url: layout.annotationURL(for: id), relativePath: "Annotations/\(id).yaml")
        }

        /// Adds the registry and gives the fingerprint.
        public consuming func finish(registry: Data?, layout: DatasetLayout) -> DatasetFingerprint {
            hasher.update("registry\n")
            addFile(registry, url: layout.registryURL, relativePath: "Annotations/entities.yaml")
            return DatasetFingerprint(hexadecimal: hasher.finalize().hexadecimal, files: files, ids: ids)
        }

        private mutating func addFile(_ data: Data?, url: URL, relativePath: String) {
            let data = data ?? Data()
            hasher.update("\(data.count)\n")
            // Hashed from a contiguous buffer: iterating `Data` byte by byte is several times slower.
            data.withUnsafeBytes { bytes in hasher.update(bytes) }
            hasher.update("\n")
            if listsFiles, FileManager.default.fileExists(atPath: url.path) {
                files.append(File(path: relativePath, sha256: data.withUnsafeBytes { SHA256Hasher.hash($0) }.hexadecimal))
            }
        }
    }
    /// The fingerprint of clippings read in any order (a predictions file's), from the bytes the
    /// reader already has: each clipping is hashed when its turn in ``Accumulator/order(_:)``
    /// comes, so a file is opened once however the predictions are ordered.
    ///
    /// Clippings read before their turn wait with their bytes (up to ``heldByteLimit``; beyond it,
    /// their files are read again at the end). Predictions sorted by id (as `clipbench run` and
    /// `clipbench gold` write them) never wait.
    ///
    /// ```swift
    /// var fingerprint = DatasetFingerprint.InAnyOrder(ids: gold.ids(), listsFiles: false)
    /// fingerprint.add(id: "b", seed: seedB, annotation: annotationB, isScored: true)
    /// fingerprint.add(id: "a", seed: seedA, annotation: annotationA, isScored: true)
    /// fingerprint.finish(layout: layout, gold: gold).hexadecimal   // as DatasetFingerprint(layout:)
    /// ```
    ///
    /// - Complexity: O(total bytes added); memory O(bytes waiting), at most ``heldByteLimit``.
    public struct InAnyOrder: Sendable {
        /// The most bytes kept for clippings read before their turn: 64 MiB.
        public static let heldByteLimit = 64 << 20

        private enum Waiting: Sendable {
            case bytes(seed: Data?, annotation: Data?)
            case draft
            case readAgain
        }

        private var accumulator: Accumulator
        private let order: [String]
        private var position = 0
        private var waiting: [String: Waiting] = [:]
        private var heldBytes = 0

        /// - Parameters:
        ///   - ids: every annotation file's id (``GoldLoader/ids()``).
        ///   - listsFiles: whether the fingerprint keeps each file's digest (a gate's list).
        public init(ids: [String], listsFiles: Bool) {
            accumulator = Accumulator(listsFiles: listsFiles)
            order = Accumulator.order(ids)
        }

        /// Adds the clipping `id` as read: its bytes (nil for a file that could not be read) and
        /// whether it is scored (not a draft); each id once.
        public mutating func add(id: String, seed: Data?, annotation: Data?, isScored: Bool, layout: DatasetLayout) {
            guard position < order.count, order[position] == id else {
                if !isScored {
                    waiting[id] = .draft
                } else if heldBytes + (seed?.count ?? 0) + (annotation?.count ?? 0) <= Self.heldByteLimit {
                    heldBytes += (seed?.count ?? 0) + (annotation?.count ?? 0)
                    waiting[id] = .bytes(seed: seed, annotation: annotation)
                } else {
                    waiting[id] = .readAgain
                }
                return
            }
            if isScored { accumulator.addClipping(id: id, seed: seed, annotation: annotation, layout: layout) }
            position += 1
            hashWaiting(layout: layout)
        }

        /// Hashes the clippings that waited for the ones just added.
        private mutating func hashWaiting(layout: DatasetLayout) {
            while position < order.count, let entry = waiting.removeValue(forKey: order[position]) {
                let id = order[position]
                switch entry {
                case .bytes(let seed, let annotation):
                    heldBytes -= (seed?.count ?? 0) + (annotation?.count ?? 0)
                    accumulator.addClipping(id: id, seed: seed, annotation: annotation, layout: layout)
                case .draft:
                    break
                case .readAgain:
                    Self.addFromDisk(id: id, to: &accumulator, layout: layout, gold: GoldLoader(layout: layout))
                }
                position += 1
            }
        }

        private static func addFromDisk(id: String, to accumulator: inout Accumulator, layout: DatasetLayout, gold: GoldLoader) {
            let annotation = try? Data(contentsOf: layout.annotationURL(for: id))
            guard gold.isScored(id: id, annotationData: annotation) else { return }
            accumulator.addClipping(id: id, seed: try? Data(contentsOf: layout.seedURL(for: id)), annotation: annotation, layout: layout)
        }

        /// The fingerprint; clippings never added are read from disk now, then the registry.
        ///
        /// - Parameter registry: the registry's bytes when the caller has read them, else read here.
        public consuming func finish(layout: DatasetLayout, registry: Data? = nil) -> DatasetFingerprint {
            let gold = GoldLoader(layout: layout)
            while position < order.count {
                let id = order[position]
                if waiting[id] == nil {
                    Self.addFromDisk(id: id, to: &accumulator, layout: layout, gold: gold)
                    position += 1
                }
                hashWaiting(layout: layout)
            }
            return accumulator.finish(registry: registry ?? (try? Data(contentsOf: layout.registryURL)), layout: layout)
        }
    }
}
