import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench score`: scores predictions (or the built-in baseline) against the gold.
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score an extractor's predictions against the gold.",
            discussion: """
                PREDICTIONS is a JSON Lines file (one prediction per line), a file holding one JSON object, a folder of \
                <id>.json files, or - for standard input. Without PREDICTIONS the built-in baseline extractor is run over \
                the seeds and scored.

                Every prediction is checked: an unknown or duplicated id, a wrong type, an offset outside the text or a \
                text that differs from the seed is an error printed as path:line:col, and the run fails (exit 1) without a \
                report. With --allow-invalid those predictions are reported as warnings and their clippings scored as \
                missing. Clippings without a prediction are always scored as missing (found nothing) and listed in a warning.

                With --scrapinghub GROUND_TRUTH, PREDICTIONS is an output file of the ScrapingHub article extraction \
                benchmark (either of its shapes), and its body metrics are printed.

                With two or more PREDICTIONS (or ScrapingHub outputs), one leaderboard is printed instead: every \
                extractor's main figures with their bootstrap intervals and ranks, and which are significantly below \
                the best of their column (paired bootstrap, Holm-Bonferroni over the comparisons made). Each file is \
                named by its file name, or by one --name per file in order; predictions written by clipbench run -o \
                FILE add a time column from FILE.run.jsonl.

                A prediction without "id" (one object printed by an extractor that does not know the clipping) is \
                scored with --id ID, for example: python3 mine.py seeds/002_545d3a95fd3ea7b3.txt | clipbench score - \
                --id 002_545d3a95fd3ea7b3. clipbench run fills the ids in itself.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The predictions: a JSON Lines file, a JSON file, a folder of <id>.json files, or - for standard input; two or more for a leaderboard.", valueName: "PREDICTIONS"),
                  completion: .file())
        var predictionFiles: [String] = []

        /// The one prediction set of a single run (the first, when a leaderboard has several).
        var predictions: String? { predictionFiles.first }

        @Option(name: .long, help: "The form of the report: table, json, markdown, junit or html.")
        var format: ReportFormat = .table

        @OptionGroup var outputOptions: OutputOptions

        @OptionGroup var bootstrap: BootstrapOptions

        @OptionGroup var cacheOptions: CacheOptions

        @Option(name: .customLong("name"), help: "The extractor's name in the report (default: the predictions' file name, or the baseline's name); for a leaderboard, once per PREDICTIONS, in order.")
        var names: [String] = []

        /// The name of a single run.
        var name: String? { names.first }

        @Flag(name: .long, help: "Report invalid predictions as warnings and score their clippings as missing, instead of failing.")
        var allowInvalid = false

        @Option(name: .long, help: ArgumentHelp("The clipping id of a prediction that has no \"id\" key, such as one object piped from an extractor (clipbench run fills ids in itself).", valueName: "ID"))
        var id: String?

        @Option(name: .long, help: ArgumentHelp("Score a ScrapingHub article-extraction-benchmark output (PREDICTIONS) against this ground-truth file.", valueName: "GROUND_TRUTH"),
                completion: .file())
        var scrapinghub: String?

        @Option(name: .long, help: ArgumentHelp("The entity registry the predictions' ids come from, when it is not the gold's (such as another annotator's entities.yaml): an id counts as the gold entry that names the same entity (the same Wikidata id, or the same type and name).", valueName: "REGISTRY"),
                completion: .file())
        var registry: String?

        @Flag(name: .long, help: "Write a partial score (a shard's sums, bootstrap sums and rows, in clipbench's partial-score JSON Lines) for clipbench merge, instead of a report. Clippings without a prediction are left to merge.")
        var partial = false

        @Option(name: .long, help: ArgumentHelp("With --partial, the shard's place among the others (0, 1, …): clipbench merge puts the rows of the shards in this order, whatever order they are given in.", valueName: "K"))
        var shardIndex: Int?

        @Option(name: .long, help: ArgumentHelp("Score clippings on N threads (default: every core); the report is the same, byte for byte, for any N.", valueName: "N"))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            if predictionFiles.count > 1 { try validateLeaderboard() }
            if predictionFiles.count <= 1, names.count > 1 { throw ValidationError("--name is given once for one prediction set.") }
            guard (1...1024).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 1024.") }
            try validatePartial()
            if scrapinghub != nil, predictions == nil {
                throw ValidationError("--scrapinghub GROUND_TRUTH needs the output file to score as PREDICTIONS.")
            }
            if let id {
                if predictions == nil { throw ValidationError("--id names the clipping of a prediction given as PREDICTIONS (or - for standard input).") }
                if let problem = ClippingID.problem(with: id) { throw ValidationError("--id: \(problem).") }
            }
            if scrapinghub != nil, predictionFiles.count == 1, ![.table, .json].contains(format) {
                throw ValidationError("--scrapinghub prints its body metrics as a table or json only.")
            }
        }

        func run() throws {
            if predictionFiles.count > 1 {
                try runLeaderboard()
                return
            }
            if let scrapinghub, let predictions {
                let text = try ScrapingHubCommand.report(groundTruth: scrapinghub, output: predictions, bootstrap: bootstrap, format: format)
                try outputOptions.destination.write(text)
                return
            }
            let layout = try options.existingLayout()
            let destination = outputOptions.destination
            if partial {
                try writePartial(layout: layout, to: destination)
                return
            }
            // Per-clipping rows stay in memory only for html (its per-clipping pages); json and
            // markdown stream them through a temporary file; table and junit show none. So memory
            // stays flat in the number of clippings for every format but html.
            let spool = try Self.makeSpool(for: format)
            let run = try ScoredRun.make(predictions: predictions, defaultID: id, name: name, layout: layout, bootstrap: bootstrap,
                                         allowInvalid: allowInvalid, keepsDetails: format == .html,
                                         keepsDocuments: format == .html, predictionRegistry: try Self.loadRegistry(registry),
                                         jobs: jobs, goldCache: cacheOptions.cache, onDocument: spool?.append)
            if let spool, let scorecard = run.outcome.scorecard {
                try spool.writeReport(scorecard, to: destination)
                return
            }
            let report = try run.report()
            try destination.write(format.render(report, details: run.outcome.details,
                                                colour: destination.isTerminal && ColourPolicy.standardOutput))
        }
    }
}

extension ClipBench.Score {
    /// The registry `--registry` names, or nil; its errors are printed and exit 1.
    static func loadRegistry(_ path: String?) throws -> EntityRegistry? {
        guard let path else { return nil }
        let loaded = EntityRegistryLoader.load(contentsOf: URL(fileURLWithPath: path), path: path)
        if loaded.hasErrors {
            DiagnosticPrinter.print(loaded.diagnostics)
            throw ExitCode(1)
        }
        return loaded.registry
    }

    /// Where a streamed report's rows wait until the report is written.
    struct RowSpool {
        /// Takes each clipping's row as it is scored.
        var append: (DocumentScore) -> Void
        /// Writes the report for the run's scorecard, piece by piece.
        var write: (Scorecard, (String) throws -> Void) throws -> Void
    }

    /// The spool for a format that streams its rows (json, markdown), or nil.
    static func makeSpool(for format: ReportFormat) throws -> RowSpool? {
        do {
            switch format {
            case .json:
                let report = try StreamedJSONReport()
                return RowSpool(append: report.append) { scorecard, output in try report.write(scorecard: scorecard, to: output) }
            case .markdown:
                let report = try StreamedMarkdownReport()
                return RowSpool(append: report.append) { scorecard, output in try report.write(scorecard: scorecard, to: output) }
            case .table, .junit, .html:
                return nil
            }
        } catch {
            try? StandardStream.error.write("clipbench: error: \(error.description)\n")
            throw ExitCode(1)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// `--bootstrap N --seed S`, shared by score, compare and check.
struct BootstrapOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The number of bootstrap resamples of the clippings (0 turns the bootstrap off).", valueName: "N"))
    var bootstrap: Int = 1000

    @Option(name: .long, help: ArgumentHelp("The bootstrap's seed: the same inputs and seed give the same report, byte for byte.", valueName: "S"))
    var seed: UInt64 = 0

    func validate() throws {
        guard (0...1_000_000).contains(bootstrap) else { throw ValidationError("--bootstrap must be from 0 to 1000000.") }
    }
}


/// One scored run of the CLI: predictions from a file or the built-in baseline, diagnostics printed.
struct ScoredRun {
    var outcome: ScoringPipeline.Outcome
    var extractor: String

    /// Scores `predictions` (or the baseline when nil), printing diagnostics; exits 1 when the run failed.
    ///
    /// - Parameters:
    ///   - keepsDocuments: whether the scorecard keeps every clipping's row (markdown, html, compare).
    ///   - goldCache: where the gold of earlier runs is kept (``CacheOptions``), or nil.
    ///   - onDocument: receives each clipping's row as it is scored.
    ///   - listsFingerprintFiles: whether the outcome's fingerprint keeps each file's digest (`check`
    ///     pins them). Either way the fingerprint is hashed from the same single read of the gold
    ///     that is scored.
    static func make(predictions: String?, defaultID: String? = nil, name: String?, layout: DatasetLayout,
                     listsFingerprintFiles: Bool = false, bootstrap: BootstrapOptions,
                     allowInvalid: Bool, keepsDetails: Bool, keepsDocuments: Bool = true,
                     predictionRegistry: EntityRegistry? = nil, isPartial: Bool = false, jobs: Int = 1,
                     goldCache: GoldCache? = nil, onDocument: ((DocumentScore) -> Void)? = nil) throws -> ScoredRun {
        let extractor = name ?? predictions.map(Self.name(ofPredictions:)) ?? BuiltInPredictions.defaultName
        let pipeline = ScoringPipeline(layout: layout, options: ScoringPipeline.Options(
            extractor: extractor, bootstrapReplicates: bootstrap.bootstrap, seed: bootstrap.seed,
            invalidPredictions: allowInvalid ? .scoreAsMissing : .failRun,
            keepsDetails: keepsDetails, keepsDocuments: keepsDocuments,
            predictionRegistry: predictionRegistry, isPartial: isPartial, jobs: jobs, goldCache: goldCache))
        var outcome: ScoringPipeline.Outcome
        if let predictions {
            var reader = PredictionReader(path: predictions)
            reader.defaultID = defaultID
            outcome = pipeline.score(reader, listsFiles: listsFingerprintFiles, onDocument: onDocument)
        } else {
            // Each clipping read once, run through the baseline and scored, so memory stays flat
            // here too; a clipping that cannot be read fails the run, like an invalid prediction.
            outcome = pipeline.scoreBuiltIn(source: "<\(extractor)>", listsFiles: listsFingerprintFiles, onDocument: onDocument)
        }
        DiagnosticPrinter.print(outcome.diagnostics)
        guard !outcome.failed, outcome.scorecard != nil else {
            let errors = outcome.diagnostics.count { $0.severity == .error }
            let hint = allowInvalid ? "" : " (pass --allow-invalid to score invalid predictions as missing)"
            try? StandardStream.error.write("clipbench: not scored: \(errors) error\(errors == 1 ? "" : "s")\(hint)\n")
            throw ExitCode(1)
        }
        // A dataset with no scored clipping (an empty folder, drafts only) gives no number worth a 0 exit.
        if outcome.scorecard?.documentCount == 0 {
            DiagnosticPrinter.print([Diagnostic(.error, "no clipping to score: no annotation with status: done", at: SourceLocation(path: DisplayPath.of(layout.annotationsFolder)))])
            throw ExitCode(1)
        }
        return ScoredRun(outcome: outcome, extractor: extractor)
    }

    /// The run's report, built from its scorecard.
    func report() throws -> ScoreReport {
        guard let scorecard = outcome.scorecard else { throw ExitCode(1) }
        return ScoreReport(scorecard: scorecard)
    }

    /// `runs/mine.jsonl` → `mine`; `-` → `stdin`.
    static func name(ofPredictions path: String) -> String {
        if path == "-" { return "stdin" }
        let url = URL(fileURLWithPath: path)
        let base = url.lastPathComponent
        return url.pathExtension.isEmpty ? base : String(base.dropLast(url.pathExtension.count + 1))
    }
}

/// `score --scrapinghub`: the ScrapingHub benchmark's body metrics for one output file.
enum ScrapingHubCommand {
    /// The article bodies of a ground-truth or output file; its problem is printed and exits 1.
    static func bodies(_ path: String) throws -> [String: String] {
        let data: Data
        do { data = try BoundedFileReader.read(URL(fileURLWithPath: path), limit: InputLimits.scrapingHubFileBytes) } catch {
            let message = error.exceedsLimit
                ? "the file \(error.message) for a ScrapingHub file (InputLimits.scrapingHubFileBytes; no option raises it)"
                : error.message == "does not exist" ? "the file does not exist or cannot be read" : "the file \(error.message)"
            DiagnosticPrinter.print([Diagnostic(.error, message, at: SourceLocation(path: path))])
            throw ExitCode(1)
        }
        do {
            return try ScrapingHubScorer.articleBodies(jsonData: data)
        } catch {
            DiagnosticPrinter.print([Diagnostic(.error, error.description, at: SourceLocation(path: path))])
            throw ExitCode(1)
        }
    }

    static func report(groundTruth: String, output: String, bootstrap: BootstrapOptions, format: ReportFormat) throws -> String {
        let result = ScrapingHubScorer.score(groundTruth: try bodies(groundTruth), output: try bodies(output),
                                             replicates: bootstrap.bootstrap, seed: bootstrap.seed)
        if !result.missing.isEmpty {
            DiagnosticPrinter.print([Diagnostic(.warning, "\(result.missing.count) ground-truth ids have no output and are scored as empty", at: SourceLocation(path: output))])
        }
        if !result.unknown.isEmpty {
            DiagnosticPrinter.print([Diagnostic(.warning, "\(result.unknown.count) output ids are not in the ground truth and are ignored", at: SourceLocation(path: output))])
        }
        let measures = [result.precision, result.recall, result.f1, result.accuracy]
        // Six decimals, as in ClipBench's own reports, so the JSON is stable across platforms.
        func number(_ value: Double) -> JSONValue { .number((value * 1_000_000).rounded() / 1_000_000) }
        switch format {
        case .json:
            var members: [(String, JSONValue)] = [("ground_truth", .string(groundTruth)), ("output", .string(output))]
            for measure in measures {
                members.append((measure.name, measure.value.map(number) ?? .null))
            }
            members.append(("std", .object(measures.map { ($0.name, $0.summary.map { number($0.standardDeviation) } ?? .null) })))
            members.append(("interval", .object(measures.map { ($0.name, $0.summary.map { JSONValue.array([number($0.low), number($0.high)]) } ?? .null) })))
            members.append(("missing", .integer(result.missing.count)))
            members.append(("bootstrap", .object([("replicates", .integer(bootstrap.bootstrap)), ("seed", .string(String(bootstrap.seed)))])))
            return JSONValue.object(members).serialized(pretty: true) + "\n"
        default:
            var lines = ["ScrapingHub body metrics: \(output)", ""]
            lines.append("measure    value      ±  95% interval")
            for measure in measures {
                let value = measure.value.map { String(format: "%.3f", $0) } ?? "—"
                let spread = measure.summary.map { String(format: "%.3f  [%.3f, %.3f]", $0.standardDeviation, $0.low, $0.high) } ?? ""
                lines.append(measure.name.padding(toLength: 9, withPad: " ", startingAt: 0) + "  " + value + "  " + spread)
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
