import Foundation
import ClipBenchCore
import ClipBenchModel

/// Loads the gold of a dataset: one clipping on demand (for streaming scorers) or all of them.
///
/// A clipping loads only when its annotation is well-formed, anchored, its seed readable and
/// every span's text equal to the seed at its offsets; otherwise the diagnostics say why.
/// Drafts load too (``GoldClipping/isDraft``) so callers decide whether to leave them out.
///
/// ```swift
/// let gold = GoldLoader(layout: DatasetLayout(root: URL(fileURLWithPath: ".")))
/// for id in gold.ids() {
///     switch gold.clipping(id: id) {
///     case .success(let clipping) where !clipping.isDraft: score(clipping)
///     case .success: continue
///     case .failure(let failure): DiagnosticPrinter.print(failure.diagnostics)
///     }
/// }
/// ```
public struct GoldLoader: Sendable {
    public let layout: DatasetLayout
    /// Where clippings that loaded and validated are kept for the next run, or nil to load every
    /// clipping in full. A clipping read back from it is equal to one loaded in full.
    public let cache: GoldCache?

    public init(layout: DatasetLayout, cache: GoldCache? = nil) {
        self.layout = layout
        self.cache = cache
    }

    /// The ids of every annotation file, sorted (registry and card excluded).
    public func ids() -> [String] { layout.annotationIDs() }

    /// Loads the clipping `id` (annotation and seed).
    ///
    /// - Complexity: O(size of the annotation + size of the seed).
    public func clipping(id: String) -> Result<GoldClipping, DiagnosticError> {
        guard cache != nil, ClippingID.problem(with: id) == nil else { return clipping(id: id, annotationData: nil, seedData: nil) }
        // The cache is keyed by the bytes, so they are read first (a file that does not read is
        // read again by the loader, only to say why).
        return clipping(id: id, annotationData: BoundedFileReader.contents(of: layout.annotationURL(for: id), limit: InputLimits.yamlFileBytes),
                        seedData: try? ClippingReader.readBytes(layout.seedURL(for: id), path: ""))
    }

    /// Loads the clipping `id` from the bytes of its annotation and seed when the caller has read
    /// them already (``GoldScan`` does, to hash them too), else from the files. With a ``cache``
    /// and both byte buffers, a stored entry is used when there is one, and a clipping that loads
    /// in full is stored.
    ///
    /// - Complexity: O(size of the annotation + size of the seed); each file is read at most once.
    public func clipping(id: String, annotationData: Data?, seedData: Data?) -> Result<GoldClipping, DiagnosticError> {
        clipping(id: id, annotationData: annotationData, seedData: seedData, looksUp: true)
    }

    /// As ``clipping(id:annotationData:seedData:)``; `looksUp` false when the caller has just
    /// missed in the cache (the entry is still written).
    func clipping(id: String, annotationData: Data?, seedData: Data?, looksUp: Bool) -> Result<GoldClipping, DiagnosticError> {
        guard let cache, let annotationData, let seedData, ClippingID.problem(with: id) == nil else {
            return loadedClipping(id: id, annotationData: annotationData, seedData: seedData)
        }
        let key = cache.key(id: id, annotation: annotationData, seed: seedData)
        if looksUp, let stored = cache.clipping(for: key, id: id, seed: seedData) { return .success(stored) }
        let loaded = loadedClipping(id: id, annotationData: annotationData, seedData: seedData)
        if case .success(let clipping) = loaded { cache.store(clipping, for: key) }
        return loaded
    }

    /// The clipping `id` stored in the ``cache`` for exactly these bytes, or nil (no cache, no
    /// usable entry): for a caller that decides what to do on a miss (``GoldScan`` reads the
    /// status first).
    ///
    /// - Complexity: O(size of the annotation + size of the seed).
    public func cachedClipping(id: String, annotationData: Data, seedData: Data) -> GoldClipping? {
        guard let cache, ClippingID.problem(with: id) == nil else { return nil }
        return cache.clipping(for: cache.key(id: id, annotation: annotationData, seed: seedData), id: id, seed: seedData)
    }

    /// The clipping as the annotation's document and seed give it, once both have passed every
    /// check: the one place a ``GoldClipping`` is made from a file, so ``DatasetValidator`` (which
    /// stores what it validates) and this loader store the same thing.
    public static func clipping(document: AnnotationDocument, seed: SeedText) -> GoldClipping? {
        document.annotation.map { GoldClipping(annotation: $0, notes: document.notes, seed: seed) }
    }

    /// Loads in full: parses, validates against the seed, never looks in the cache.
    private func loadedClipping(id: String, annotationData: Data?, seedData: Data?) -> Result<GoldClipping, DiagnosticError> {
        if let problem = ClippingID.problem(with: id) {
            return .failure(DiagnosticError(diagnostics: [Diagnostic(.error, "unsafe clipping id: \(problem)", at: SourceLocation(path: id))]))
        }
        let url = layout.annotationURL(for: id)
        let path = DisplayPath.of(url)
        guard annotationData != nil || FileManager.default.fileExists(atPath: url.path) else {
            return .failure(DiagnosticError(diagnostics: [Diagnostic(.error, "no annotation for the clipping '\(id)'", at: SourceLocation(path: path))]))
        }
        let loaded = annotationData.map { AnnotationLoader.load(data: $0, path: path) } ?? AnnotationLoader.load(contentsOf: url, path: path)
        var diagnostics = loaded.diagnostics.filter { $0.severity == .error }
        let seedURL = layout.seedURL(for: id)
        let seed: SeedText?
        let seedPath = DisplayPath.of(seedURL)
        switch seedData.map({ SeedLoader.load(data: $0, path: seedPath) }) ?? SeedLoader.load(contentsOf: seedURL, path: seedPath) {
        case .success(let text): seed = text
        case .failure(let failure):
            seed = nil
            diagnostics.append(failure.diagnostic)
        }
        guard let document = loaded.document, let seed, diagnostics.isEmpty else {
            return .failure(DiagnosticError(diagnostics: diagnostics))
        }
        let problems = AnnotationValidator(registry: nil)
            .diagnostics(for: document, expectedID: id, seed: seed, isComplete: true)
            .filter { $0.severity == .error }
        guard problems.isEmpty, let clipping = Self.clipping(document: document, seed: seed) else {
            return .failure(DiagnosticError(diagnostics: problems))
        }
        return .success(clipping)
    }

    /// Loads every clipping, drafts included unless `includingDrafts` is false; the diagnostics
    /// of those that failed are returned beside the rest.
    public func allClippings(includingDrafts: Bool = true) -> (clippings: [GoldClipping], diagnostics: [Diagnostic]) {
        var clippings: [GoldClipping] = []
        var diagnostics: [Diagnostic] = []
        for id in ids() {
            switch clipping(id: id) {
            case .success(let clipping):
                if includingDrafts || !clipping.isDraft { clippings.append(clipping) }
            case .failure(let failure):
                diagnostics += failure.diagnostics
            }
        }
        return (clippings, diagnostics)
    }

    /// The ids of the clippings that are scored: annotation files whose status is not `draft`.
    public func scoredIDs() -> [String] {
        ids().filter { isScored(id: $0) }
    }

    /// Whether the clipping `id` is scored: its annotation's status is not `draft`. A file that does
    /// not load (a status other than `draft` or `done` included) counts as scored, so the scorer
    /// reports its problems instead of leaving it out in silence.
    ///
    /// A file whose top-level `status: done` is plainly written is answered from its text; any
    /// other file is parsed in full, so the answer is always the full loader's.
    ///
    /// - Parameter annotationData: the annotation file's bytes when the caller has read them already.
    /// - Complexity: O(size of the annotation file).
    public func isScored(id: String, annotationData: Data? = nil) -> Bool {
        let url = layout.annotationURL(for: id)
        let data = annotationData ?? BoundedFileReader.contents(of: url, limit: InputLimits.yamlFileBytes)
        if let data, let text = String(data: data, encoding: .utf8), YAMLTopLevelScanner.simpleValue(of: "status", in: text) == "done" {
            return true
        }
        let loaded = data.map { AnnotationLoader.load(data: $0, path: DisplayPath.of(url)) } ?? AnnotationLoader.load(contentsOf: url, path: DisplayPath.of(url))
        return loaded.document.map { !$0.isDraft } ?? true
    }

    /// Loads the entity registry; an empty registry (and no diagnostic) when the file does not exist.
    public func registry() -> EntityRegistryLoader.Result {
        guard FileManager.default.fileExists(atPath: layout.registryURL.path) else {
            return EntityRegistryLoader.Result(registry: .empty, diagnostics: [])
        }
        return EntityRegistryLoader.load(contentsOf: layout.registryURL, path: DisplayPath.of(layout.registryURL))
    }

    /// Loads the dataset card, or nil (and no diagnostic) when the file does not exist.
    public func card() -> DatasetCardLoader.Result {
        guard FileManager.default.fileExists(atPath: layout.cardURL.path) else {
            return DatasetCardLoader.Result(card: nil, diagnostics: [])
        }
        return DatasetCardLoader.load(contentsOf: layout.cardURL, path: DisplayPath.of(layout.cardURL))
    }
}
