import Foundation
import ClipBenchCore
import ClipBenchModel

/// Loads the pairs of annotations `clipbench agree` compares: two files of one clipping, or two
/// folders whose files are paired by name, each with its clipping's seed.
///
/// ```swift
/// let pairs = AgreementLoader(layout: layout).pairs(URL(fileURLWithPath: "a/"), URL(fileURLWithPath: "b/"))
/// pairs.pairs.count   // clippings annotated in both folders
/// ```
public struct AgreementLoader: Sendable {
    public var layout: DatasetLayout

    public init(layout: DatasetLayout) {
        self.layout = layout
    }

    /// Two annotations of one clipping and its text.
    public struct Pair: Sendable {
        public var id: String
        public var first: Annotation
        public var second: Annotation
        public var text: SeedText
    }

    /// The loaded pairs and every problem met (errors for unusable files, warnings for unpaired ones).
    public struct Outcome: Sendable {
        public var pairs: [Pair] = []
        public var diagnostics: [Diagnostic] = []
    }

    public func pairs(_ first: URL, _ second: URL) -> Outcome {
        var outcome = Outcome()
        let firstIsFolder = Self.isFolder(first)
        guard firstIsFolder == Self.isFolder(second) else {
            outcome.diagnostics.append(Diagnostic(.error, "compare two files or two folders, not a file with a folder", at: SourceLocation(path: DisplayPath.of(second))))
            return outcome
        }
        guard firstIsFolder else {
            if let pair = pair(first, second, into: &outcome.diagnostics) { outcome.pairs.append(pair) }
            return outcome
        }
        let firstNames = Self.annotationNames(in: first)
        let secondNames = Self.annotationNames(in: second)
        for name in firstNames.sorted() {
            guard secondNames.contains(name) else {
                outcome.diagnostics.append(Diagnostic(.warning, "no annotation of the same name in \(DisplayPath.of(second)); left out", at: SourceLocation(path: DisplayPath.of(first.appendingPathComponent(name)))))
                continue
            }
            if let pair = pair(first.appendingPathComponent(name), second.appendingPathComponent(name), into: &outcome.diagnostics) {
                outcome.pairs.append(pair)
            }
        }
        for name in secondNames.subtracting(firstNames).sorted() {
            outcome.diagnostics.append(Diagnostic(.warning, "no annotation of the same name in \(DisplayPath.of(first)); left out", at: SourceLocation(path: DisplayPath.of(second.appendingPathComponent(name)))))
        }
        return outcome
    }

    private func pair(_ first: URL, _ second: URL, into diagnostics: inout [Diagnostic]) -> Pair? {
        let a = load(first, into: &diagnostics)
        let b = load(second, into: &diagnostics)
        guard let a, let b else { return nil }
        guard a.id == b.id else {
            diagnostics.append(Diagnostic(.error, "annotates '\(b.id)', but \(DisplayPath.of(first)) annotates '\(a.id)'", at: SourceLocation(path: DisplayPath.of(second))))
            return nil
        }
        let seedURL = layout.seedURL(for: a.id)
        let text: SeedText
        do { text = try ClippingReader.read(seedURL) } catch {
            diagnostics.append(error.diagnostic)
            return nil
        }
        for (annotation, url) in [(a, first), (b, second)] {
            if let problem = Self.spanProblem(in: annotation, text: text) {
                diagnostics.append(Diagnostic(.error, "\(problem); run clipbench validate", at: SourceLocation(path: DisplayPath.of(url))))
                return nil
            }
        }
        return Pair(id: a.id, first: a, second: b, text: text)
    }

    private func load(_ url: URL, into diagnostics: inout [Diagnostic]) -> Annotation? {
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
        return annotation
    }

    /// The first span whose offsets leave the text or whose text differs from the seed's.
    package static func spanProblem(in annotation: Annotation, text: SeedText) -> String? {
        var spans = annotation.regions.map { ($0.span.start, $0.span.end, $0.span.text) }
        spans += annotation.entities.map { ($0.start ?? -1, $0.end ?? -1, $0.text) }
        spans += annotation.dates.map { ($0.start ?? -1, $0.end ?? -1, $0.text) }
        for (start, end, quoted) in spans {
            guard start >= 0, start <= end, end <= text.count else { return "the span \(start)..<\(end) is outside the clipping" }
            guard text[start..<end] == quoted else { return "the span \(start)..<\(end) does not hold «\(quoted)»" }
        }
        return nil
    }

    package static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }

    /// The names of annotation files in a folder (the registry and dataset card left out).
    package static func annotationNames(in folder: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") && $0 != "entities.yaml" && $0 != "dataset.yaml" })
    }
}
