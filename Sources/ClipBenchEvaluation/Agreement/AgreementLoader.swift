import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import ClipBenchExtraction

/// Loads what `clipbench agree` and `clipbench adjudicate` compare: one annotation file per
/// annotator of one clipping, or one folder per annotator whose files are paired by name, each
/// clipping with its seed and each annotator with their entity registry.
///
/// An annotator's registry is the `entities.yaml` beside their files when there is one, else the
/// dataset's (as `clipbench validate` chooses). A registry that cannot be read gives one error
/// naming its first problem, not one line per key.
///
/// ```swift
/// let loaded = AgreementLoader(layout: layout).load([URL(fileURLWithPath: "a/"), URL(fileURLWithPath: "b/")])
/// loaded.clippings.count          // clippings annotated in every folder
/// loaded.annotators[1].registry   // b/entities.yaml, or the dataset's
/// ```
///
/// - Complexity: O(total size of the files read).
public struct AgreementLoader: Sendable {
    public var layout: DatasetLayout

    public init(layout: DatasetLayout) {
        self.layout = layout
    }

    /// One annotator: the path given for them and the registry their ids refer to.
    public struct Annotator: Sendable {
        public var name: String
        public var registry: EntityRegistry?
        /// The registry file used, nil when there is none.
        public var registryURL: URL?
    }

    /// One clipping annotated by every annotator, in annotator order, with its text and files.
    public struct Clipping: Sendable {
        public var id: String
        public var text: SeedText
        public var annotations: [Annotation]
        /// Each annotation's free-text `notes`, nil where it has none.
        public var notes: [String?]
        public var files: [URL]
    }

    /// What was loaded and every problem met (errors for unusable files, warnings for clippings
    /// some annotator lacks, which are left out).
    public struct Outcome: Sendable {
        public var annotators: [Annotator] = []
        public var clippings: [Clipping] = []
        public var diagnostics: [Diagnostic] = []
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads the annotations of `paths`: all files or all folders, one per annotator.
    public func load(_ paths: [URL]) -> Outcome {
        var outcome = Outcome()
        let folders = paths.map(Self.isFolder)
        if let mixed = paths.indices.first(where: { folders[$0] != folders[0] }) {
            outcome.diagnostics.append(Diagnostic(.error, "compare files with files or folders with folders, not a file with a folder", at: SourceLocation(path: DisplayPath.of(paths[mixed]))))
            return outcome
        }
        var registries: [URL: EntityRegistry?] = [:]
        for path in paths {
            let folder = folders[0] ? path : path.deletingLastPathComponent()
            let url = registryURL(beside: folder)
            var registry: EntityRegistry?
            if let url {
                if let cached = registries[url] {
                    registry = cached
                } else {
                    registry = loadRegistry(url, into: &outcome.diagnostics)
                    registries[url] = registry
                }
            }
            outcome.annotators.append(Annotator(name: DisplayPath.of(path), registry: registry, registryURL: url))
        }
        guard folders[0] else {
            if let clipping = clipping(paths, into: &outcome.diagnostics) { outcome.clippings.append(clipping) }
            return outcome
        }
        let names = paths.map(Self.annotationNames(in:))
        for name in names.reduce(Set<String>(), { $0.union($1) }).sorted() {
            let missing = paths.indices.filter { !names[$0].contains(name) }
            guard missing.isEmpty else {
                let holder = paths.indices.first { names[$0].contains(name) }!
                let lacking = missing.map { DisplayPath.of(paths[$0]) }.joined(separator: ", ")
                outcome.diagnostics.append(Diagnostic(.warning, "no annotation of the same name in \(lacking); left out", at: SourceLocation(path: DisplayPath.of(paths[holder].appendingPathComponent(name)))))
                continue
            }
            if let clipping = clipping(paths.map { $0.appendingPathComponent(name) }, into: &outcome.diagnostics) {
                outcome.clippings.append(clipping)
            }
        }
        return outcome
    }

    /// The registry beside `folder`'s files, else the dataset's, else nil.
    public func registryURL(beside folder: URL) -> URL? {
        let beside = folder.appendingPathComponent("entities.yaml")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return FileManager.default.fileExists(atPath: layout.registryURL.path) ? layout.registryURL : nil
    }

    /// The registry at `url`, or nil after one error when it cannot be read.
    public func loadRegistry(_ url: URL, into diagnostics: inout [Diagnostic]) -> EntityRegistry? {
        let path = DisplayPath.of(url)
        let loaded = EntityRegistryLoader.load(contentsOf: url, path: path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard let first = errors.first else { return loaded.registry }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more problem\(errors.count == 2 ? "" : "s"); clipbench validate \(path) lists them)" : ""
        diagnostics.append(Diagnostic(.error, "the entity registry cannot be read: \(first.message)\(more)", at: first.location))
        return nil
    }

    private func clipping(_ urls: [URL], into diagnostics: inout [Diagnostic]) -> Clipping? {
        var annotations: [Annotation] = []
        var notes: [String?] = []
        for url in urls {
            if let (annotation, note) = load(url, into: &diagnostics) {
                annotations.append(annotation)
                notes.append(note)
            }
        }
        guard annotations.count == urls.count, let id = annotations.first?.id else { return nil }
        for (annotation, url) in zip(annotations, urls) where annotation.id != id {
            diagnostics.append(Diagnostic(.error, "annotates '\(annotation.id)', but \(DisplayPath.of(urls[0])) annotates '\(id)'", at: SourceLocation(path: DisplayPath.of(url))))
            return nil
        }
        let text: SeedText
        do { text = try ClippingReader.read(layout.seedURL(for: id)) } catch {
            diagnostics.append(error.diagnostic)
            return nil
        }
        for (annotation, url) in zip(annotations, urls) {
            if let problem = Self.spanProblem(in: annotation, text: text) {
                diagnostics.append(Diagnostic(.error, "\(problem); run clipbench validate", at: SourceLocation(path: DisplayPath.of(url))))
                return nil
            }
        }
        return Clipping(id: id, text: text, annotations: annotations, notes: notes, files: urls)
    }

    private func load(_ url: URL, into diagnostics: inout [Diagnostic]) -> (Annotation, String?)? {
        let path = DisplayPath.of(url)
        let result = AnnotationLoader.load(contentsOf: url, path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        diagnostics += errors
        guard errors.isEmpty, let document = result.document else {
            if errors.isEmpty { diagnostics.append(Diagnostic(.error, "cannot be read as an annotation", at: SourceLocation(path: path))) }
            return nil
        }
        guard let annotation = document.annotation else {
            diagnostics.append(Diagnostic(.error, "some spans have no offsets yet; run clipbench anchor first", at: SourceLocation(path: path)))
            return nil
        }
        return (annotation, document.notes)
    }

    /// The first span whose offsets leave the text or whose text differs from the seed's.
    package static func spanProblem(in annotation: Annotation, text: SeedText) -> String? {
        var spans = annotation.regions.map { ($0.span.start, $0.span.end, $0.span.text) }
        spans += annotation.entities.map { ($0.start ?? -1, $0.end ?? -1, $0.text) }
        spans += annotation.dates.map { ($0.start ?? -1, $0.end ?? -1, $0.text) }
        if let evidence = annotation.published.evidence { spans.append((evidence.start, evidence.end, evidence.text)) }
        for (start, end, quoted) in spans {
            guard start >= 0, start <= end, end <= text.count else { return "the span \(AnnotationAgreement.interval(start, end)) is outside the clipping" }
            guard text.hasScalars(of: quoted, in: start..<end) else { return "the span \(AnnotationAgreement.interval(start, end)) does not hold «\(quoted)»" }
        }
        return nil
    }

    public static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }

    /// The names of annotation files in a folder (the registry and dataset card left out).
    package static func annotationNames(in folder: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") && $0 != "entities.yaml" && $0 != "dataset.yaml" })
    }
}
