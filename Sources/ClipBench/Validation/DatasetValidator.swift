import Foundation

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

    public init(layout: DatasetLayout) {
        self.layout = layout
    }

    /// Validates `paths` (annotation files, the registry, the card, or folders holding them);
    /// with none, the registry, the card and every annotation of the dataset.
    public func validate(paths: [URL] = []) -> Outcome {
        var diagnostics: [Diagnostic] = []
        var files = 0
        let registryResult = GoldLoader(layout: layout).registry()
        let registryExists = FileManager.default.fileExists(atPath: layout.registryURL.path)

        var annotationURLs: [URL] = []
        var checkRegistry = paths.isEmpty
        var checkCard = paths.isEmpty
        if paths.isEmpty {
            annotationURLs = layout.annotationIDs().map(layout.annotationURL(for:))
            if annotationURLs.isEmpty {
                diagnostics.append(Diagnostic(.warning, "no annotation files found", at: SourceLocation(path: DatasetLayout.displayPath(layout.annotationsFolder))))
            }
        }
        for path in paths {
            let url = path.standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, "no such file or folder", at: SourceLocation(path: DatasetLayout.displayPath(url))))
                continue
            }
            if isDirectory.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
                for name in names where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
                    classify(url.appendingPathComponent(name), annotations: &annotationURLs, registry: &checkRegistry, card: &checkCard)
                }
            } else {
                classify(url, annotations: &annotationURLs, registry: &checkRegistry, card: &checkCard)
            }
        }

        if checkRegistry {
            if registryExists {
                files += 1
                diagnostics += registryResult.diagnostics
                diagnostics += RegistryValidator.diagnostics(for: registryResult.registry)
            } else {
                diagnostics.append(Diagnostic(.warning, "the entity registry is missing; entity ids cannot be checked", at: SourceLocation(path: DatasetLayout.displayPath(layout.registryURL))))
            }
        }
        if checkCard {
            if FileManager.default.fileExists(atPath: layout.cardURL.path) {
                files += 1
                diagnostics += GoldLoader(layout: layout).card().diagnostics
            } else {
                diagnostics.append(Diagnostic(.warning, "the dataset card is missing", at: SourceLocation(path: DatasetLayout.displayPath(layout.cardURL))))
            }
        }
        let registry: EntityRegistry? = registryExists ? registryResult.registry : nil
        for url in annotationURLs {
            files += 1
            diagnostics += validateAnnotation(at: url, registry: registry, registryExists: registryExists)
        }
        return Outcome(diagnostics: diagnostics, fileCount: files)
    }

    private func classify(_ url: URL, annotations: inout [URL], registry: inout Bool, card: inout Bool) {
        switch url.lastPathComponent {
        case "entities.yaml": registry = true
        case "dataset.yaml": card = true
        default: if !annotations.contains(url) { annotations.append(url) }
        }
    }

    /// The diagnostics of one annotation file, its seed found beside the dataset's `seeds/`.
    public func validateAnnotation(at url: URL, registry: EntityRegistry?, registryExists: Bool = true) -> [Diagnostic] {
        let path = DatasetLayout.displayPath(url)
        let expectedID = String(url.lastPathComponent.dropLast(url.pathExtension.isEmpty ? 0 : url.pathExtension.count + 1))
        var diagnostics: [Diagnostic] = []
        if let problem = ClippingID.problem(with: expectedID) {
            diagnostics.append(Diagnostic(.error, "unsafe file name: \(problem)", at: SourceLocation(path: path)))
        }
        let loaded = AnnotationLoader.load(contentsOf: url, path: path)
        diagnostics += loaded.diagnostics
        guard let document = loaded.document else { return diagnostics }
        // The seed sits in the dataset's seeds/ folder: the annotation's folder's sibling.
        let seedsFolder = url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds", isDirectory: true)
        let seedID = ClippingID.problem(with: document.id) == nil ? document.id : expectedID
        var seed: SeedText? = nil
        if ClippingID.problem(with: seedID) == nil {
            let seedURL = seedsFolder.appendingPathComponent("\(seedID).txt")
            switch SeedLoader.load(contentsOf: seedURL, path: DatasetLayout.displayPath(seedURL)) {
            case .success(let text): seed = text
            case .failure(let failure):
                var diagnostic = failure.diagnostic
                if diagnostic.message == "the seed is missing" {
                    diagnostic = Diagnostic(.error, "the seed of '\(seedID)' is missing (expected \(DatasetLayout.displayPath(seedURL)))", at: document.idLocation)
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
