import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench anchor FILE…`: fills in offsets from quoted text, in place.
    struct Anchor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill in the offsets of quoted spans, editing annotation files in place.",
            discussion: """
                A span written as {text: "…", …} (with line: N and/or occurrence: K when the quote is not \
                unique) gets start and end inserted before its text key; comments, order and formatting are \
                kept. Quotes match whole words only, unless the span says partial: true. A span whose offsets \
                no longer match its (corrected) quote is anchored again, and a note names its old and new offsets. The seed is <id>.txt in the seeds/ folder next to the file's folder, else in the --dataset folder's seeds/. A quote \
                that is missing or ambiguous, or offsets whose text differs from the seed, are errors: the \
                file is then left unchanged. A file with nothing to anchor is not rewritten. Writes are atomic.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The annotation files to anchor.", valueName: "FILE"), completion: .file(extensions: ["yaml"]))
        var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                let url = URL(fileURLWithPath: file).standardizedFileURL
                let path = DisplayPath.of(url)
                let diagnostics = anchor(url, path: path)
                DiagnosticPrinter.print(diagnostics)
                if diagnostics.contains(where: { $0.severity == .error }) { failed = true }
            }
            if failed { throw ExitCode(1) }
        }

        private func anchor(_ url: URL, path: String) -> [Diagnostic] {
            guard FileManager.default.fileExists(atPath: url.path) else {
                return [Diagnostic(.error, "no such file", at: SourceLocation(path: path))]
            }
            let data: Data
            switch YAMLReader.readBytes(contentsOf: url, path: path) {
            case .failure(let failure): return failure.diagnostics
            case .success(let bytes): data = bytes
            }
            let text: String
            switch YAMLReader.read(data, path: path) {
            case .failure(let failure): return failure.diagnostics
            case .success:
                guard let decoded = String(data: data, encoding: .utf8) else { return [] }
                text = decoded
            }
            let loaded = AnnotationLoader.load(yaml: text, path: path)
            guard let document = loaded.document, !loaded.hasErrors else { return loaded.diagnostics }
            let fileID = url.deletingPathExtension().lastPathComponent
            let id = ClippingID.problem(with: document.id) == nil ? document.id : fileID
            if let problem = ClippingID.problem(with: id) {
                return [Diagnostic(.error, "unsafe clipping id: \(problem)", at: document.idLocation)]
            }
            var seedURL = url.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("seeds", isDirectory: true).appendingPathComponent("\(id).txt")
            if !FileManager.default.fileExists(atPath: seedURL.path) { seedURL = options.layout.seedURL(for: id) }
            let seed: SeedText
            switch SeedLoader.load(contentsOf: seedURL, path: DisplayPath.of(seedURL)) {
            case .success(let loadedSeed): seed = loadedSeed
            case .failure(let failure): return [failure.diagnostic]
            }
            let outcome = Anchorer.anchor(yaml: text, path: path, seed: seed)
            guard !outcome.hasErrors, let edited = outcome.text else { return outcome.diagnostics }
            guard outcome.anchoredCount > 0 else {
                return [Diagnostic(.note, "already anchored; left unchanged", at: SourceLocation(path: path))]
            }
            // An edit saved while the seed was matched must not be lost: the file is read again
            // just before the rename and left alone when it changed.
            guard BoundedFileReader.contents(of: url, limit: YAMLReader.maximumByteCount) == data else {
                return [Diagnostic(.error, "the file changed while it was being anchored; left as it is now (run anchor again)",
                                   at: SourceLocation(path: path))]
            }
            do {
                try AtomicFileWriter.write(Data(edited.utf8), to: url, replacing: true)
            } catch {
                return [Diagnostic(.error, error.description, at: SourceLocation(path: path))]
            }
            return outcome.diagnostics + [Diagnostic(.note, "anchored \(outcome.anchoredCount) span\(outcome.anchoredCount == 1 ? "" : "s")", at: SourceLocation(path: path))]
        }
    }
}
