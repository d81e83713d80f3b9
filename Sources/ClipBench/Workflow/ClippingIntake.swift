import Foundation

/// Adds a new clipping to a dataset: derives its id, copies it into `seeds/` byte for byte and
/// writes its draft annotation, never overwriting anything.
///
/// Entity suggestions get the id of the registry entry their text names, where exactly one of the
/// same type does.
///
/// The derived id is `NNN_<16 hex>`, like the seeds': the next free three-digit number after the
/// highest `NNN_` id in `seeds/`, then the 64-bit FNV-1a hash of the file's bytes in hexadecimal
/// (a content hash: the same clipping always gets the same suffix). A clipping whose bytes equal
/// an existing seed's is refused.
///
/// ```swift
/// let intake = ClippingIntake(layout: layout)
/// let added = try intake.add(fileAt: url, id: nil, extractor: BaselineExtractor())
/// added.id   // "005_3f1c…"
/// ```
public struct ClippingIntake: Sendable {
    public var layout: DatasetLayout

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
        let path = DatasetLayout.displayPath(url)
        let data = try ClippingReader.readBytes(url, path: path)
        let text = try ClippingReader.decode(data, path: path)
        guard text.scalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw ClippingReadError(path: path, message: "is empty: there is nothing to annotate")
        }
        let hash = Self.contentHash(data)
        let existing = layout.seedIDs()
        for other in existing {
            let otherURL = layout.seedURL(for: other)
            let size = (try? FileManager.default.attributesOfItem(atPath: otherURL.path)[.size] as? Int) ?? -1
            if size == data.count, (try? Data(contentsOf: otherURL)) == data {
                throw ClippingReadError(path: path, message: "is already in the dataset as \(other)")
            }
        }
        let id = requestedID ?? Self.nextID(hash: hash, existing: existing)
        if let problem = ClippingID.problem(with: id) { throw ClippingReadError(path: path, message: "cannot use the id: \(problem)") }
        let seedURL = layout.seedURL(for: id)
        let annotationURL = layout.annotationURL(for: id)
        for target in [seedURL, annotationURL] where FileManager.default.fileExists(atPath: target.path) {
            throw ClippingReadError(path: DatasetLayout.displayPath(target), message: "already exists; choose another id with --id")
        }
        let analysis = extractor.analyse(text, id: id)
        var prediction = analysis.prediction
        prediction.entities = suggestingRegistryIDs(for: prediction.entities)
        let yaml = DraftAnnotationWriter.yaml(for: prediction, text: text, publishedEvidence: analysis.publishedEvidence, publishedReason: analysis.publishedReason)
        for folder in [layout.seedsFolder, layout.annotationsFolder] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw ClippingReadError(path: DatasetLayout.displayPath(folder), message: "is a file, not a folder")
                }
                continue
            }
            guard mkdir(folder.path, 0o777) == 0 || errno == EEXIST else {
                throw ClippingReadError(path: DatasetLayout.displayPath(folder), message: "cannot create the folder (\(String(cString: strerror(errno))))")
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

    /// The mentions with the id of the registry entry their text names (through the SPEC's Arabic
    /// normalisation), where exactly one entry of the same type does. The baseline never reads the
    /// registry; this only helps the annotator, and each id is still a suggestion to check.
    func suggestingRegistryIDs(for mentions: [EntityMention]) -> [EntityMention] {
        guard FileManager.default.fileExists(atPath: layout.registryURL.path) else { return mentions }
        let registry = EntityRegistryLoader.load(contentsOf: layout.registryURL, path: DatasetLayout.displayPath(layout.registryURL)).registry
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

    /// The next `NNN_<hash>` id after the highest numbered one in `existing`.
    public static func nextID(hash: String, existing: [String]) -> String {
        let numbers = existing.compactMap { id -> Int? in
            guard let underscore = id.firstIndex(of: "_") else { return nil }
            return Int(id[..<underscore])
        }
        let next = (numbers.max() ?? -1) + 1
        let digits = String(next)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits + "_" + hash
    }

    /// The 64-bit FNV-1a hash of `data`, as 16 lowercase hexadecimal digits.
    public static func contentHash(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
