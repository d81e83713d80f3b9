import Foundation
import ClipBenchCore
import ClipBenchModel

/// Validates a dataset: its entity registry, dataset card and annotation files (all of
/// `Annotations/`, or the files and folders given), as `clipbench validate` does.
///
/// ```swift
/// let outcome = DatasetValidator(layout: layout).validate()
/// DiagnosticPrinter.print(outcome.diagnostics)
/// print(outcome.summary(strict: false))
/// ```
public struct DatasetValidator: Sendable {
    /// What a validation run found.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// How many files were checked.
        public var fileCount: Int

        /// Whether the run fails: any error, or any warning when `strict`.
        public func failed(strict: Bool) -> Bool {
            diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        }

        /// `5 files checked: 0 errors, 2 warnings`.
        public var summary: String {
            var collector = DiagnosticsCollector()
            collector.append(contentsOf: diagnostics)
            return collector.summary(files: fileCount)
        }
    }

    public let layout: DatasetLayout
    /// Where every dataset clipping that validates without an error is stored for scoring
    /// (``GoldCache``), or nil: `clipbench validate` refreshes the cache this way.
    public let cache: GoldCache?

    public init(layout: DatasetLayout, cache: GoldCache? = nil) {
        self.layout = layout
        self.cache = cache
    }

    /// Validates `paths` (annotation files, registries, cards, or folders holding them); with
    /// none, the registry, the card and every annotation of the dataset. An annotation is checked
    /// against the registry in its own folder, else the dataset's.
    public func validate(paths: [URL] = []) -> Outcome {
        var diagnostics: [Diagnostic] = []
        var annotationURLs: [URL] = []
        var registryURLs: [URL] = []
        var cardURLs: [URL] = []
        let manager = FileManager.default
        if paths.isEmpty {
            annotationURLs = layout.annotationIDs().map(layout.annotationURL(for:))
            let annotated = Set(layout.annotationIDs())
            for id in layout.seedIDs() where !annotated.contains(id) {
                diagnostics.append(Diagnostic(.warning, "the seed has no annotation (Annotations/\(id).yaml)", at: SourceLocation(path: DisplayPath.of(layout.seedURL(for: id)))))
            }
            if annotationURLs.isEmpty {
                diagnostics.append(Diagnostic(.warning, "no annotation files found", at: SourceLocation(path: DisplayPath.of(layout.annotationsFolder))))
            }
            if manager.fileExists(atPath: layout.registryURL.path) {
                registryURLs = [layout.registryURL]
            } else {
                diagnostics.append(Diagnostic(.warning, "the entity registry is missing; entity ids cannot be checked", at: SourceLocation(path: DisplayPath.of(layout.registryURL))))
            }
            if manager.fileExists(atPath: layout.cardURL.path) {
                cardURLs = [layout.cardURL]
            } else {
                diagnostics.append(Diagnostic(.warning, "the dataset card is missing", at: SourceLocation(path: DisplayPath.of(layout.cardURL))))
            }
        }
        func classify(_ url: URL) {
            switch url.lastPathComponent {
            case "entities.yaml": if !registryURLs.contains(url) { registryURLs.append(url) }
            case "dataset.yaml": if !cardURLs.contains(url) { cardURLs.append(url) }
            default: if !annotationURLs.contains(url) { annotationURLs.append(url) }
            }
        }
        for path in paths {
            let url = path.standardizedFileURL
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, "no such file or folder", at: SourceLocation(path: DisplayPath.of(url))))
                continue
            }
            if isDirectory.boolValue {
                let names = ((try? manager.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
                    .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }
                if names.isEmpty {
                    // `validate seeds/` checks nothing: say so rather than report success quietly.
                    diagnostics.append(Diagnostic(.warning, "the folder holds no .yaml file; nothing was checked", at: SourceLocation(path: DisplayPath.of(url))))
                }
                for name in names {
                    classify(url.appendingPathComponent(name))
                }
            } else {
                classify(url)
            }
        }

        var registries: [URL: EntityRegistryLoader.Result] = [:]
        func registry(at url: URL) -> EntityRegistryLoader.Result {
            if let loaded = registries[url] { return loaded }
            let loaded = EntityRegistryLoader.load(contentsOf: url, path: DisplayPath.of(url))
            registries[url] = loaded
            return loaded
        }
        for url in registryURLs {
            let loaded = registry(at: url)
            diagnostics += loaded.diagnostics
            diagnostics += RegistryValidator.diagnostics(for: loaded.registry)
        }
        for url in cardURLs {
            let loaded = DatasetCardLoader.load(contentsOf: url, path: DisplayPath.of(url))
            diagnostics += loaded.diagnostics
            // The card's count is checked against the clippings it describes: added clippings
            // would otherwise leave it stale without anyone noticing. A warning (an error under
            // --strict, as in CI): a clipping set back to draft is work in progress, not broken data.
            if url.standardizedFileURL == layout.cardURL.standardizedFileURL, let documents = loaded.card?.documents {
                let scored = GoldLoader(layout: layout).scoredIDs().count
                if documents != scored {
                    diagnostics.append(Diagnostic(.warning, "documents: \(documents), but the dataset has \(scored) clipping\(scored == 1 ? "" : "s") with status done; update the count (or remove the key: stats counts them)",
                                                  at: loaded.documentsLocation ?? SourceLocation(path: DisplayPath.of(url))))
                }
            }
        }
        for url in annotationURLs {
            let beside = url.deletingLastPathComponent().appendingPathComponent("entities.yaml")
            let registryURL = manager.fileExists(atPath: beside.path) ? beside
                : (manager.fileExists(atPath: layout.registryURL.path) ? layout.registryURL : nil)
            diagnostics += validateAnnotation(at: url, registry: registryURL.map { registry(at: $0).registry }, registryExists: registryURL != nil)
        }
        return Outcome(diagnostics: diagnostics, fileCount: annotationURLs.count + registryURLs.count + cardURLs.count)
    }

    /// The diagnostics of one annotation file, its seed found beside the dataset's `seeds/`.
    ///
    /// With a ``cache``, a clipping of this dataset with no error is stored, keyed by the very
    /// bytes that were validated: its gold is what ``GoldLoader`` would load from them, since the
    /// loader's checks are these without the registry's.
    public func validateAnnotation(at url: URL, registry: EntityRegistry?, registryExists: Bool = true) -> [Diagnostic] {
        let path = DisplayPath.of(url)
        let annotationData: Data
        switch YAMLReader.readBytes(contentsOf: url, path: path) {
        case .failure(let failure):
            return validateAnnotation(AnnotationLoader.Result(document: nil, diagnostics: failure.diagnostics, text: nil),
                                      at: url, registry: registry, registryExists: registryExists)
        case .success(let data): annotationData = data
        }
        let loaded = AnnotationLoader.load(data: annotationData, path: path)
        var seedRead: (text: SeedText, bytes: Data)?
        let diagnostics = validateAnnotation(loaded, at: url, registry: registry, registryExists: registryExists) { seedRead = $0 }
        if let cache, let document = loaded.document, let seedRead, !diagnostics.contains(where: { $0.severity == .error }),
           url.standardizedFileURL.path == layout.annotationURL(for: document.id).standardizedFileURL.path,
           let clipping = GoldLoader.clipping(document: document, seed: seedRead.text) {
            cache.store(clipping, for: cache.key(id: document.id, annotation: annotationData, seed: seedRead.bytes))
        }
        return diagnostics
    }

    /// The diagnostics of an annotation already loaded (from the file at `url`, or from an
    /// editor's unsaved text meant for it), exactly as `clipbench validate` gives them.
    public func validateAnnotation(_ loaded: AnnotationLoader.Result, at url: URL, registry: EntityRegistry?, registryExists: Bool = true) -> [Diagnostic] {
        validateAnnotation(loaded, at: url, registry: registry, registryExists: registryExists) { _ in }
    }

    /// As the public form; `onSeed` receives the seed text and the exact bytes it was read from
    /// when it was read from the dataset's own `seeds/` folder.
    private func validateAnnotation(_ loaded: AnnotationLoader.Result, at url: URL, registry: EntityRegistry?, registryExists: Bool,
                                    onSeed: ((text: SeedText, bytes: Data)) -> Void) -> [Diagnostic] {
        let path = DisplayPath.of(url)
        let expectedID = String(url.lastPathComponent.dropLast(url.pathExtension.isEmpty ? 0 : url.pathExtension.count + 1))
        var diagnostics: [Diagnostic] = []
        if let problem = ClippingID.problem(with: expectedID) {
            diagnostics.append(Diagnostic(.error, "unsafe file name: \(problem)", at: SourceLocation(path: path)))
        }
        diagnostics += loaded.diagnostics
        guard let document = loaded.document else { return diagnostics }
        // The seed sits in the dataset's seeds/ folder: the annotation's folder's sibling.
        let seedsFolder = url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds", isDirectory: true)
        let seedID = ClippingID.problem(with: document.id) == nil ? document.id : expectedID
        var seed: SeedText? = nil
        if ClippingID.problem(with: seedID) == nil {
            var seedURL = seedsFolder.appendingPathComponent("\(seedID).txt")
            if !FileManager.default.fileExists(atPath: seedURL.path) {
                let fallback = layout.seedURL(for: seedID)
                if FileManager.default.fileExists(atPath: fallback.path) { seedURL = fallback }
            }
            let read = SeedLoader.loadWithBytes(contentsOf: seedURL, path: DisplayPath.of(seedURL))
            switch read.text {
            case .success(let text):
                seed = text
                if let bytes = read.bytes, seedURL.standardizedFileURL.path == layout.seedURL(for: seedID).standardizedFileURL.path {
                    onSeed((text, bytes))
                }
            case .failure(let failure):
                var diagnostic = failure.diagnostic
                if diagnostic.message == "the seed is missing" {
                    diagnostic = Diagnostic(.error, "the seed of '\(seedID)' is missing (expected \(DisplayPath.of(seedURL)))", at: document.idLocation)
                }
                diagnostics.append(diagnostic)
            }
        }
        if registry == nil, !registryExists, let first = document.entities.first(where: { $0.registryID != nil }) {
            diagnostics.append(Diagnostic(.error, "\(first.span.label) names a registry id, but the entity registry is missing", at: first.registryIDLocation ?? first.span.location))
        }
        diagnostics += AnnotationValidator(registry: registry)
            .diagnostics(for: document, expectedID: expectedID, seed: seed, isComplete: !loaded.hasErrors)
        return diagnostics
    }
}
