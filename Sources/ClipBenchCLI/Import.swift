import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench import --from labelstudio|brat|conll FILE… [-o DIR]`: another tool's annotations as ClipBench files.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read Label Studio, brat or CoNLL files back into ClipBench annotations or predictions.",
            discussion: """
                labelstudio reads Label Studio's JSON export of a project set up with clipbench export; brat reads \
                <id>.ann files with their <id>.txt beside them. Both write one annotation per clipping, <id>.yaml, \
                into -o DIR (default: the dataset's Annotations/), status draft unless --done; Label Studio's \
                annotator and lead time are kept in notes:. conll reads an NER system's CoNLL output (-DOCSTART- <id> \
                before each clipping, the token first, the entity tag last) and writes predictions as JSON Lines to -o \
                FILE or standard output, for clipbench score. Existing files are not overwritten without --force.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Option(name: .customLong("from"), help: ArgumentHelp("The format: labelstudio, brat or conll.", valueName: "FORMAT"))
        var format: InterchangeFormat

        @Argument(help: ArgumentHelp("The files to read: a Label Studio JSON export, brat .ann files, or CoNLL files.", valueName: "FILE"), completion: .file())
        var files: [String]

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write: a folder for labelstudio and brat, a file for conll (- is standard output).", valueName: "PATH"))
        var output: String?

        @Flag(name: .long, help: "Overwrite files that already exist.")
        var force = false

        @Flag(name: .long, help: "Give the imported annotations status: done instead of draft.")
        var done = false

        @Flag(name: .long, help: "Label Studio: write one folder per annotator (<DIR>/<annotator>/<id>.yaml), for clippings with several annotations.")
        var perAnnotator = false

        @Option(name: .long, help: ArgumentHelp("How the Label Studio export counts offsets: scalars (what Label Studio 1.23 saves) or utf16 (older versions, which saved JavaScript string lengths).", valueName: "UNIT"))
        var offsets: OffsetUnit = .scalars

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file to import.") }
            if format != .labelstudio, perAnnotator { throw ValidationError("--per-annotator is for --from labelstudio only.") }
            if format != .labelstudio, offsets != .scalars { throw ValidationError("--offsets is for --from labelstudio only; brat and CoNLL count code points.") }
            if format == .conll, done { throw ValidationError("--done is for annotations; --from conll writes predictions.") }
        }

        func run() throws {
            let layout = options.layout
            let seed: @Sendable (String) -> SeedText? = { id in
                guard ClippingID.problem(with: id) == nil, case .success(let text) = SeedLoader.load(contentsOf: layout.seedURL(for: id), path: id) else { return nil }
                return text
            }
            var diagnostics: [Diagnostic] = []
            var inputs: [(path: String, text: String)] = []
            for file in files {
                switch SeedLoader.load(contentsOf: URL(fileURLWithPath: file), path: file) {
                case .success(let text): inputs.append((file, text.string))
                case .failure(let failure):
                    var diagnostic = failure.diagnostic
                    diagnostic.message = diagnostic.message.replacingOccurrences(of: "the seed", with: "the file")
                    diagnostics.append(diagnostic)
                }
            }
            let status: Annotation.Status = done ? .done : .draft
            var annotations: [ImportedAnnotation] = []
            var predictions: [Prediction] = []
            for input in inputs {
                switch format {
                case .labelstudio:
                    let result = LabelStudioImporter(path: input.path, unit: offsets, status: status, seed: seed).annotations(fromJSON: input.text)
                    annotations += result.annotations
                    diagnostics += result.diagnostics
                case .brat:
                    let url = URL(fileURLWithPath: input.path)
                    let id = url.deletingPathExtension().lastPathComponent
                    if let problem = ClippingID.problem(with: id) {
                        diagnostics.append(Diagnostic(.error, "the file name is no clipping id: \(problem)", at: SourceLocation(path: input.path)))
                        continue
                    }
                    let textPath = url.deletingPathExtension().appendingPathExtension("txt").path
                    guard case .success(let text) = SeedLoader.load(contentsOf: URL(fileURLWithPath: textPath), path: textPath) else {
                        diagnostics.append(Diagnostic(.error, "the text file \(textPath) beside the .ann is missing or not UTF-8", at: SourceLocation(path: input.path)))
                        continue
                    }
                    if let known = seed(id), known != text {
                        diagnostics.append(Diagnostic(.error, "the text is not the text of seeds/\(id).txt", at: SourceLocation(path: textPath)))
                        continue
                    }
                    let result = BratFormat.annotation(ann: input.text, text: text, id: id, path: input.path, status: status)
                    annotations += result.annotation.map { [$0] } ?? []
                    diagnostics += result.diagnostics
                case .conll:
                    let result = CoNLLFormat.predictions(fromCoNLL: input.text, path: input.path, seed: seed)
                    predictions += result.predictions
                    diagnostics += result.diagnostics
                }
            }
            guard !diagnostics.contains(where: { $0.severity == .error }) else {
                DiagnosticPrinter.print(diagnostics)
                throw ExitCode(1)
            }
            DiagnosticPrinter.print(diagnostics)
            if format == .conll {
                try ReportDestination(path: output, force: force).write(predictions.map { $0.jsonLine + "\n" }.joined())
                return
            }
            let folder = output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? layout.annotationsFolder
            let written = ImportedAnnotationWriter.write(annotations, into: folder, perAnnotator: perAnnotator, force: force)
            if !written.diagnostics.isEmpty {
                DiagnosticPrinter.print(written.diagnostics)
                throw ExitCode(1)
            }
            try CommandOutput.write("imported \(written.written.count) annotation\(written.written.count == 1 ? "" : "s") (\(status.rawValue)) into \(DisplayPath.of(folder)); check them with clipbench validate\n")
        }
    }
}
