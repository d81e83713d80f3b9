import ArgumentParser
import ClipBench
import Foundation

extension InterchangeFormat: ExpressibleByArgument {}
extension OffsetUnit: ExpressibleByArgument {}

extension ClipBench {
    /// `clipbench export --to labelstudio|brat|conll [ID…] -o DIR`: the gold in another tool's format.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the gold in Label Studio, brat or CoNLL format.",
            discussion: """
                labelstudio writes tasks.json (each clipping's text, with pre-annotations from --predictions) and \
                config.xml (the labelling configuration to paste into the project's settings). brat writes <id>.txt, \
                <id>.ann, annotation.conf and visual.conf. conll writes clippings.conll: one token per line with its \
                date and entity tags (IOB2), a blank line after each line of the seed, -DOCSTART- <id> before each clipping. \
                With no ID, every clipping that is scored (drafts left out). Existing files are not overwritten without --force. \
                What each format cannot carry is listed in the README (Interchange).
                """
        )

        @OptionGroup var options: DatasetOptions

        @Option(name: .customLong("to"), help: ArgumentHelp("The format: labelstudio, brat or conll.", valueName: "FORMAT"))
        var format: InterchangeFormat

        @Argument(help: ArgumentHelp("The ids of the clippings to export; all scored clippings when none is given.", valueName: "ID"))
        var ids: [String] = []

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to write into (created if missing).", valueName: "DIR"), completion: .directory)
        var output: String

        @Flag(name: .long, help: "Overwrite files that already exist in the folder.")
        var force = false

        @Option(name: .long, help: ArgumentHelp("Label Studio's pre-annotations: baseline (the built-in extractor), gold (the whole gold annotation), none, or a file of predictions (JSON Lines).", valueName: "SOURCE"))
        var predictions = "baseline"

        @Option(name: .long, help: ArgumentHelp("How Label Studio counts offsets: scalars (what Label Studio 1.23 saves) or utf16 (older versions, which saved JavaScript string lengths).", valueName: "UNIT"))
        var offsets: OffsetUnit = .scalars

        @Flag(help: "With no ID, export draft annotations too.")
        var includeDrafts = false

        func validate() throws {
            for id in ids { if let problem = ClippingID.problem(with: id) { throw ValidationError("\(problem).") } }
            if format != .labelstudio, predictions != "baseline" { throw ValidationError("--predictions is for --to labelstudio only.") }
            if format != .labelstudio, offsets != .scalars { throw ValidationError("--offsets is for --to labelstudio only; brat and CoNLL count code points.") }
        }

        func run() throws {
            let loader = GoldLoader(layout: options.layout)
            var diagnostics: [Diagnostic] = []
            var clippings: [GoldClipping] = []
            let known = Set(loader.ids())
            for id in ids.isEmpty ? loader.ids() : ids {
                guard known.contains(id) else {
                    diagnostics.append(Diagnostic(.error, "no clipping with the id '\(id)' in \(DisplayPath.of(options.layout.annotationsFolder))", at: SourceLocation(path: id)))
                    continue
                }
                switch loader.clipping(id: id) {
                case .success(let clipping):
                    if ids.isEmpty, clipping.isDraft, !includeDrafts { continue }
                    clippings.append(clipping)
                case .failure(let failure):
                    diagnostics += failure.diagnostics
                }
            }
            let source = format == .labelstudio ? predictionSource(for: clippings, diagnostics: &diagnostics) : .none
            guard diagnostics.isEmpty else {
                DiagnosticPrinter.print(diagnostics)
                throw ExitCode(1)
            }
            let export = InterchangeExport.files(format: format, clippings: clippings, predictions: source, unit: offsets)
            DiagnosticPrinter.print(export.warnings)
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            let targets = export.files.map { folder.appendingPathComponent($0.name) }
            if !force {
                let existing = targets.filter { FileManager.default.fileExists(atPath: $0.path) }
                if !existing.isEmpty {
                    DiagnosticPrinter.print(existing.map { Diagnostic(.error, "already exists; not overwritten; pass --force to overwrite it", at: SourceLocation(path: DisplayPath.of($0))) })
                    throw ExitCode(1)
                }
            }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                DiagnosticPrinter.print([Diagnostic(.error, "cannot create the folder: \(error.localizedDescription)", at: SourceLocation(path: output))])
                throw ExitCode(1)
            }
            for (file, target) in zip(export.files, targets) {
                do {
                    try ReportOutput.write(file.contents, to: target, force: force)
                } catch {
                    DiagnosticPrinter.print([error.diagnostic])
                    throw ExitCode(1)
                }
            }
            try CommandOutput.write("exported \(clippings.count) clipping\(clippings.count == 1 ? "" : "s") as \(format.rawValue) into \(output)\n")
        }

        /// The pre-annotations --predictions names.
        private func predictionSource(for clippings: [GoldClipping], diagnostics: inout [Diagnostic]) -> InterchangeExport.PredictionSource {
            switch predictions {
            case "none": return .none
            case "gold": return .gold
            case "baseline":
                let extractor = BaselineExtractor()
                let byID = Dictionary(uniqueKeysWithValues: clippings.map { ($0.id, extractor.extract($0.seed, id: $0.id)) })
                return .predictions(byID, modelVersion: BaselineExtractor.name)
            default:
                let reader = PredictionReader(path: predictions)
                var byID: [String: Prediction] = [:]
                reader.forEachPrediction({ record in byID[record.prediction.id] = record.prediction }, onProblem: { diagnostics.append($0) })
                diagnostics.removeAll { $0.severity != .error }
                return .predictions(byID, modelVersion: URL(fileURLWithPath: predictions).deletingPathExtension().lastPathComponent)
            }
        }
    }
}
