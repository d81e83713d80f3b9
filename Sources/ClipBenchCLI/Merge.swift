import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench merge`: combines partial scores (`score --partial`) into one report.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge partial scores of shards into the report of the whole.",
            discussion: """
                Each SHARD is a file written by clipbench score SHARD_PREDICTIONS --partial -o FILE (with --shard-index K to \
                fix its place). The report is byte for byte the one clipbench score would print for all the shards' \
                predictions at once: the sums are exact, the bootstrap weights depend only on the seed and each \
                clipping's id, and the clippings that no shard has a prediction for are scored here as missing, so merge \
                reads the dataset (--dataset) and checks that its fingerprint is the one the shards were scored against.

                Shards must share the extractor name (give every shard the same --name), the gold fingerprint, and \
                --bootstrap and --seed, and no clipping may be in two shards; otherwise merge says which and exits 1. \
                The rows follow the shards' --shard-index (all shards have one, or none: then they follow the order \
                given), each shard's rows in its own order. The HTML report needs every clipping's prediction, which \
                shards do not keep: score the whole predictions file for it.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The partial score files.", valueName: "SHARD"), completion: .file())
        var shards: [String] = []

        @Option(name: .long, help: "The form of the report: table, json, markdown or junit.")
        var format: ReportFormat = .table

        @OptionGroup var outputOptions: OutputOptions

        @OptionGroup var cacheOptions: CacheOptions

        func validate() throws {
            if shards.isEmpty { throw ValidationError("Name at least one SHARD (a file written by clipbench score --partial).") }
            if format == .html { throw ValidationError("merge makes no HTML report: it needs each clipping's prediction; score the whole predictions file with --format html.") }
        }

        func run() throws {
            let layout = try options.existingLayout()
            let ordered = try ShardSet.check(shards, fingerprint: DatasetFingerprint.hexadecimal(of: layout))
            let configuration = ordered.configuration
            let pipeline = ScoringPipeline(layout: layout, options: ScoringPipeline.Options(
                extractor: configuration.extractor, bootstrapReplicates: configuration.bootstrapReplicates,
                seed: configuration.seed, goldFingerprint: configuration.goldFingerprint, keepsDocuments: false,
                goldCache: cacheOptions.cache))
            let spool = try Score.makeSpool(for: format)
            // Rows stream from the shards into the spool for json and markdown; table and junit show none.
            let outcome = pipeline.merge(ordered.paths, onDocument: spool?.append)
            DiagnosticPrinter.print(outcome.diagnostics)
            guard !outcome.failed, let scorecard = outcome.scorecard else {
                try? StandardStream.error.write("clipbench: not merged\n")
                throw ExitCode(1)
            }
            let destination = outputOptions.destination
            if let spool {
                try spool.writeReport(scorecard, to: destination)
                return
            }
            try destination.write(format.render(ScoreReport(scorecard: scorecard), details: [],
                                                colour: destination.isTerminal && ColourPolicy.standardOutput))
        }
    }
}

/// The shards `merge` reads, checked against each other and the dataset by their header lines.
enum ShardSet {
    /// Reads every shard's header, checks that they can merge, and orders them; prints why not and
    /// exits 1. Rows are read later, one at a time (``ScoringPipeline/merge(_:onDocument:)``), which
    /// finds a clipping in two shards.
    static func check(_ paths: [String], fingerprint: String) throws -> (paths: [String], configuration: PartialScoreFile.Configuration) {
        var headers: [PartialScoreFile.Header] = []
        var problems: [Diagnostic] = []
        for path in paths {
            do {
                headers.append(try PartialScoreFile.Reader(path: path).header)
            } catch {
                problems.append(error.diagnostic)
            }
        }
        if !problems.isEmpty {
            DiagnosticPrinter.print(problems)
            throw ExitCode(1)
        }
        let first = headers[0].configuration
        for (path, header) in zip(paths, headers) {
            let other = header.configuration
            var differences: [String] = []
            if other.extractor != first.extractor { differences.append("extractor '\(other.extractor)', not '\(first.extractor)' (give every shard the same --name)") }
            if other.bootstrapReplicates != first.bootstrapReplicates || other.seed != first.seed {
                differences.append("--bootstrap \(other.bootstrapReplicates) --seed \(other.seed), not --bootstrap \(first.bootstrapReplicates) --seed \(first.seed)")
            }
            if other.goldFingerprint != fingerprint {
                differences.append("scored against other gold (fingerprint \(other.goldFingerprint.prefix(12))…, the dataset's is \(fingerprint.prefix(12))…)")
            }
            if !differences.isEmpty {
                problems.append(Diagnostic(.error, "cannot merge with \(paths[0]): " + differences.joined(separator: "; "), at: SourceLocation(path: path, line: 1, column: 1)))
            }
        }
        let indices = headers.compactMap(\.shardIndex)
        if !indices.isEmpty, indices.count != headers.count {
            problems.append(Diagnostic(.error, "some shards have a --shard-index and some not: give every shard one, or none",
                                       at: SourceLocation(path: zip(paths, headers).first { $0.1.shardIndex == nil }?.0 ?? paths[0], line: 1, column: 1)))
        }
        for (path, header) in zip(paths, headers) {
            guard let index = header.shardIndex, let earlier = zip(paths, headers).first(where: { $0.1.shardIndex == index })?.0, earlier != path else { continue }
            problems.append(Diagnostic(.error, "shard index \(index) is \(earlier)'s too", at: SourceLocation(path: path, line: 1, column: 1)))
        }
        if !problems.isEmpty {
            DiagnosticPrinter.print(problems)
            throw ExitCode(1)
        }
        // Sorted by index (a stable sort, so without indices the order given stays).
        let order = headers.indices.sorted { (headers[$0].shardIndex ?? $0, $0) < (headers[$1].shardIndex ?? $1, $1) }
        return (order.map { paths[$0] }, first)
    }
}

extension ClipBench.Score.RowSpool {
    /// Writes the report of `scorecard` with the spooled rows to `destination`; a spool that
    /// cannot be read back is an error (exit 1).
    func writeReport(_ scorecard: Scorecard, to destination: ReportDestination) throws {
        try destination.write { output in
            do {
                try write(scorecard, output)
            } catch let failure as StreamedJSONReport.Failure {
                try? StandardStream.error.write("clipbench: error: \(failure.description)\n")
                throw ExitCode(1)
            }
        }
    }
}

extension ClipBench.Score {
    /// Checks the options of `--partial`.
    func validatePartial() throws {
        if shardIndex != nil, !partial { throw ValidationError("--shard-index places a shard written with --partial.") }
        if let shardIndex, shardIndex < 0 { throw ValidationError("--shard-index must be 0 or more.") }
        guard partial else { return }
        if scrapinghub != nil { throw ValidationError("--partial scores ClipBench predictions, not --scrapinghub output.") }
        if format != .table { throw ValidationError("--partial writes its own JSON (a partial score); clipbench merge then renders any --format.") }
    }

    /// `score --partial`: scores the shard and writes its partial score file, its rows streamed
    /// through a temporary file (``PartialScoreFile/Writer``) so memory does not grow with them.
    func writePartial(layout: DatasetLayout, to destination: ReportDestination) throws {
        let writer: PartialScoreFile.Writer
        do { writer = try PartialScoreFile.Writer() } catch {
            try? StandardStream.error.write("clipbench: error: \(error.description)\n")
            throw ExitCode(1)
        }
        let run = try ScoredRun.make(predictions: predictions, defaultID: id, name: name, layout: layout, bootstrap: bootstrap,
                                     allowInvalid: allowInvalid, keepsDetails: false, keepsDocuments: false,
                                     predictionRegistry: try Self.loadRegistry(registry), isPartial: true, jobs: jobs,
                                     goldCache: cacheOptions.cache, onDocument: writer.append)
        guard let scorecard = run.outcome.scorecard, let score = run.outcome.partialScore else { throw ExitCode(1) }
        let configuration = PartialScoreFile.Configuration(
            extractor: scorecard.configuration.extractor, goldFingerprint: scorecard.configuration.goldFingerprint,
            bootstrapReplicates: bootstrap.bootstrap, seed: bootstrap.seed)
        try destination.write { output in
            do {
                // A partial run scores the invalid predictions' clippings last, one row each.
                try writer.write(configuration: configuration, shardIndex: shardIndex, score: score,
                                 invalidCount: run.outcome.invalidIDs.count, to: output)
            } catch let failure as StreamedJSONReport.Failure {
                try? StandardStream.error.write("clipbench: error: \(failure.description)\n")
                throw ExitCode(1)
            }
        }
    }
}
