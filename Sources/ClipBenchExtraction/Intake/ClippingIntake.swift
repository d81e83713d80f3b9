import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

/// Adds a new clipping to a dataset: derives its id, copies it into `seeds/` byte for byte and
/// writes its draft annotation, never overwriting anything.
///
/// Entity suggestions get the id of the registry entry their text names, where exactly one of the
/// same type does.
///
/// The derived id is the first 16 hexadecimal digits of the SHA-256 of the file's bytes: it
/// depends on the content only, so the same file gets the same id in every dataset and on every
/// machine, whatever else the dataset holds (a running number would differ between two
/// datasets). Pass an id of your own (`--id 005_mine`) to number clippings. A clipping whose
/// bytes equal an existing seed's is refused.
///
/// ```swift
/// let intake = ClippingIntake(layout: layout)
/// let added = try intake.add(fileAt: url, id: nil, extractor: BaselineExtractor())
/// added.id   // "3f1c0a9be2d4c771"
/// ```
public struct ClippingIntake: Sendable {
    public var layout: DatasetLayout
    /// The largest draft written: one over the YAML limit could never be read back, and would
    /// break `score`, `check`, `validate` and `stats` for the whole dataset.
    package var maximumDraftBytes = YAMLReader.maximumByteCount

    public init(layout: DatasetLayout) {
        self.layout = layout
    }

    /// What was added.
    public struct Added: Sendable {
        public var id: String
        public var seedURL: URL
        public var annotationURL: URL
        public var prediction: Prediction
    }

    /// Adds the clipping at `url` under `id` (derived when nil).
    ///
    /// - Throws: ``ClippingReadError`` naming the file when it cannot be read, is binary, not
    ///   UTF-8 or empty, when the id is not safe, when the clipping is already a seed, or when
    ///   the seed or annotation file already exists.
    public func add(fileAt url: URL, id requestedID: String?, extractor: BaselineExtractor) throws(ClippingReadError) -> Added {
        let path = DisplayPath.of(url)
        let data = try ClippingReader.readBytes(url, path: path)
        let text = try ClippingReader.decode(data, path: path)
        guard text.scalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw ClippingReadError(path: path, message: "is empty: there is nothing to annotate")
        }
        let existing = layout.seedIDs()
        for other in existing {
            let otherURL = layout.seedURL(for: other)
            let size = (try? FileManager.default.attributesOfItem(atPath: otherURL.path)[.size] as? Int) ?? -1
            if size == data.count, BoundedFileReader.contents(of: otherURL, limit: ClippingReader.maximumByteCount) == data {
                throw ClippingReadError(path: path, message: "is already in the dataset as \(other)")
            }
        }
        let id = requestedID ?? Self.contentID(of: data)
        if let problem = ClippingID.problem(with: id) { throw ClippingReadError(path: path, message: "cannot use the id: \(problem)") }
        let seedURL = layout.seedURL(for: id)
        let annotationURL = layout.annotationURL(for: id)
        for target in [seedURL, annotationURL] where FileManager.default.fileExists(atPath: target.path) {
            throw ClippingReadError(path: DisplayPath.of(target), message: "already exists; choose another id with --id")
        }
        try refuseCaseInsensitiveClash(with: [seedURL, annotationURL])
        let analysis = extractor.analyse(text, id: id)
        var prediction = analysis.prediction
        prediction.entities = suggestingRegistryIDs(for: prediction.entities)
        let yaml = DraftAnnotationWriter.yaml(for: prediction, text: text, publishedEvidence: analysis.publishedEvidence, publishedReason: analysis.publishedReason)
        guard yaml.utf8.count <= maximumDraftBytes else {
            throw ClippingReadError(path: path, message: "is too large to annotate: its draft would be \(yaml.utf8.count) bytes, over the limit of "
                + "\(maximumDraftBytes) bytes (\(InputLimits.describe(maximumDraftBytes))) for a YAML file (InputLimits.yamlFileBytes; no option raises it); split the clipping")
        }
        for folder in [layout.seedsFolder, layout.annotationsFolder] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw ClippingReadError(path: DisplayPath.of(folder), message: "is a file, not a folder")
                }
                continue
            }
            guard mkdir(folder.path, 0o777) == 0 || errno == EEXIST else {
                throw ClippingReadError(path: DisplayPath.of(folder), message: "cannot create the folder (\(String(cString: strerror(errno))))")
            }
        }
        do {
            try AtomicFileWriter.write(data, to: seedURL, replacing: false)
        } catch {
            throw ClippingReadError(path: error.path, message: error.message)
        }
        do {
            try AtomicFileWriter.write(Data(yaml.utf8), to: annotationURL, replacing: false)
        } catch {
            // Leave no seed without its annotation.
            try? FileManager.default.removeItem(at: seedURL)
            throw ClippingReadError(path: error.path, message: error.message)
        }
        return Added(id: id, seedURL: seedURL, annotationURL: annotationURL, prediction: prediction)
    }

    /// Refuses a name that differs from an existing file of its folder only in letter case
    /// (`Entities.yaml` beside `entities.yaml`): on a case-insensitive disk (macOS, Windows) the
    /// two are one file, so the new one would replace the registry or another clipping.
    private func refuseCaseInsensitiveClash(with targets: [URL]) throws(ClippingReadError) {
        for target in targets {
            let folder = target.deletingLastPathComponent()
            let name = target.lastPathComponent
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if let other = names.first(where: { $0 != name && $0.lowercased() == name.lowercased() }) {
                throw ClippingReadError(path: DisplayPath.of(target), message: "differs from the existing \(DisplayPath.of(folder.appendingPathComponent(other))) "
                    + "only in letter case, which a case-insensitive disk takes as the same file; choose another id with --id")
            }
        }
    }

    /// The mentions with the id of the registry entry their text names (through the SPEC's Arabic
    /// normalisation), where exactly one entry of the same type does. The baseline never reads the
    /// registry; this only helps the annotator, and each id is still a suggestion to check.
    package func suggestingRegistryIDs(for mentions: [EntityMention]) -> [EntityMention] {
        guard FileManager.default.fileExists(atPath: layout.registryURL.path) else { return mentions }
        let registry = EntityRegistryLoader.load(contentsOf: layout.registryURL, path: DisplayPath.of(layout.registryURL)).registry
        var cache: [String: String?] = [:]
        return mentions.map { mention in
            var mention = mention
            let key = "\(mention.type.rawValue) \(mention.text)"
            if cache[key] == nil {
                let found = registry.entries(matching: mention.text).filter { $0.type == mention.type }
                cache[key] = found.count == 1 ? found[0].id : nil
            }
            mention.registryID = cache[key] ?? nil
            return mention
        }
    }

    /// The id a clipping gets from its bytes alone: the first 16 hexadecimal digits of their SHA-256.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    public static func contentID(of data: Data) -> String {
        String(data.withUnsafeBytes { SHA256Hasher.hash($0) }.hexadecimal.prefix(16))
    }
}
