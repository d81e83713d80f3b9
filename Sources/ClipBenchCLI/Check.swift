import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench check --gate FILE`: the regression gate.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a run against a regression gate, or re-pin the gate.",
            discussion: """
                The gate file pins, per metric, a floor and a tolerance, and the SHA-256 of the gold and seeds it was \
                pinned on. check exits 1 when a metric falls below floor - tolerance (saying which and by how much) or \
                when the gold or seeds changed since pinning (saying which files). PREDICTIONS are scored as by \
                `clipbench score` (or PREDICTIONS may be a saved JSON report); without them the built-in baseline is checked.

                --update re-pins every floor from this run and records the current fingerprint, writing the gate file \
                atomically (creating it, with the main figures of every attempted task, when it does not exist). It \
                refuses to lower any floor unless --allow-regression is given.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The predictions to check (as for score), or a saved JSON report.", valueName: "PREDICTIONS"), completion: .file())
        var predictions: String?

        @Option(name: .long, help: ArgumentHelp("The gate file (YAML), such as Evaluation/gates/baseline.yaml.", valueName: "FILE"), completion: .file())
        var gate: String

        @Flag(name: .long, help: "Re-pin the gate's floors and fingerprint from this run.")
        var update = false

        @Flag(name: .long, help: "With --update, allow floors to go down.")
        var allowRegression = false

        @Option(name: .long, help: "The form of the verdict: text or junit.")
        var format: VerdictFormat = .text

        @OptionGroup var outputOptions: OutputOptions

        @OptionGroup var bootstrap: BootstrapOptions

        @OptionGroup var cacheOptions: CacheOptions

        @Option(name: .long, help: "The extractor's name in the report (default: the predictions' file name, or the baseline's name).")
        var name: String?

        @Flag(name: .long, help: "Report invalid predictions as warnings and score their clippings as missing, instead of failing.")
        var allowInvalid = false

        func validate() throws {
            if allowRegression && !update { throw ValidationError("--allow-regression only goes with --update.") }
        }

        func run() throws {
            let layout = try options.existingLayout()
            let gateURL = URL(fileURLWithPath: gate)
            let gateExists = FileManager.default.fileExists(atPath: gateURL.path)
            if !gateExists && !update {
                DiagnosticPrinter.print([Diagnostic(.error, "the gate file does not exist; pass --update to pin a new gate from this run", at: SourceLocation(path: gate))])
                throw ExitCode(1)
            }
            let pinned: RegressionGate?
            if gateExists {
                switch RegressionGate.load(contentsOf: gateURL) {
                case .success(let value): pinned = value
                case .failure(let error):
                    DiagnosticPrinter.print(error.diagnostics)
                    throw ExitCode(1)
                }
            } else {
                pinned = nil
            }

            // The run: a saved report, or predictions (or the baseline) scored now.
            let report: ScoreReport
            let current: GateFingerprint
            if let predictions, let saved = ScoreReport.savedReport(atPath: predictions) {
                let currentDataset = GateFingerprint(DatasetFingerprint(layout: layout))
                switch saved {
                case .success(let value): report = value
                case .failure(let error):
                    DiagnosticPrinter.print([error.diagnostic])
                    throw ExitCode(1)
                }
                // A saved report carries only the combined hash of the gold it was scored on.
                current = report.fingerprint == currentDataset.sha256 ? currentDataset : GateFingerprint(sha256: report.fingerprint ?? "")
            } else {
                // Predictions or the baseline: the gold is read once, and the fingerprint with its
                // file list is hashed from that read.
                // The verdict needs the figures only, never the rows: memory stays flat in the clippings.
                let run = try ScoredRun.make(predictions: predictions, name: name, layout: layout, listsFingerprintFiles: true,
                                             bootstrap: bootstrap, allowInvalid: allowInvalid, keepsDetails: false, keepsDocuments: false,
                                             goldCache: cacheOptions.cache)
                report = try run.report()
                current = GateFingerprint(run.outcome.fingerprint ?? DatasetFingerprint(layout: layout))
            }

            if update {
                let schema = RegressionGate.relativePath(to: layout.schemasFolder.appendingPathComponent("gate.schema.json"), from: gateURL)
                let repinned: RegressionGate
                if let pinned {
                    do {
                        repinned = try pinned.repinned(values: report.figures, fingerprint: current, allowingRegression: allowRegression)
                    } catch {
                        DiagnosticPrinter.print([Diagnostic(.error, error.description, at: SourceLocation(path: gate))])
                        throw ExitCode(1)
                    }
                } else {
                    repinned = RegressionGate.pinning(RegressionGate.defaultMetricNames(in: report), values: report.figures,
                                                      extractor: report.extractor, fingerprint: current)
                }
                do {
                    if !gateExists { try Self.createFolder(of: gateURL) }
                    try ReportOutput.write(repinned.yamlText(schemaReference: schema), to: gateURL, force: true)
                } catch {
                    DiagnosticPrinter.print([error.diagnostic])
                    throw ExitCode(1)
                }
                try CommandOutput.write(Self.describeUpdate(from: pinned, to: repinned, path: gate) + "\n")
                return
            }

            guard let pinned else { throw ExitCode(1) }
            let verdict = pinned.verdict(values: report.figures, fingerprint: current)
            let destination = outputOptions.destination
            switch format {
            case .text: try destination.write(verdict.report() + "\n")
            case .junit: try destination.write(ScorecardJUnitRenderer().render(report, verdict: verdict))
            }
            if !verdict.passed {
                if format != .text || outputOptions.output != nil {
                    try? StandardStream.error.write("clipbench: the gate \(gate) failed\n")
                }
                throw ExitCode(1)
            }
        }

        /// Creates the folder a new gate goes into (`--update --gate gates/mine.yaml` in a fresh
        /// checkout): pinning a new gate is asked for explicitly, its folder is part of the request.
        private static func createFolder(of gate: URL) throws(ReportOutput.Failure) {
            let folder = gate.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ReportOutput.Failure(path: DisplayPath.of(folder), message: "cannot create the folder for the new gate")
            }
        }

        /// What `--update` changed, one line per metric.
        static func describeUpdate(from old: RegressionGate?, to new: RegressionGate, path: String) -> String {
            var lines: [String] = []
            let before = Dictionary((old?.metrics ?? []).map { ($0.name, $0.floor) }, uniquingKeysWith: { first, _ in first })
            for metric in new.metrics {
                let floor = GateVerdict.format(metric.floor)
                if let previous = before[metric.name] {
                    lines.append(previous == metric.floor ? "  \(metric.name) \(floor) (unchanged)" : "  \(metric.name) \(GateVerdict.format(previous)) → \(floor)")
                } else {
                    lines.append("  \(metric.name) \(floor) (new)")
                }
            }
            if let old, old.fingerprint.sha256 != new.fingerprint.sha256 {
                lines.append("  dataset fingerprint re-pinned: " + old.fingerprint.changes(to: new.fingerprint).map(\.description).joined(separator: "; "))
            }
            return "\(old == nil ? "pinned" : "updated") \(path) (\(new.metrics.count) metric\(new.metrics.count == 1 ? "" : "s")):\n" + lines.joined(separator: "\n")
        }
    }
}

/// The forms of `check`'s verdict.
enum VerdictFormat: String, CaseIterable, ExpressibleByArgument {
    case text, junit
}
