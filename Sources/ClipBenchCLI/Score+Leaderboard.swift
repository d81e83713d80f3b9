import ArgumentParser
import ClipBench
import Foundation

extension ClipBench.Score {
    /// The usage rules of `score A B C…` (and `score --scrapinghub GT OUT1 OUT2…`).
    func validateLeaderboard() throws {
        if format == .junit { throw ValidationError("A leaderboard (two or more PREDICTIONS) prints as table, json, markdown or html.") }
        if id != nil { throw ValidationError("--id names the clipping of one prediction; it does not apply to a leaderboard.") }
        if !names.isEmpty, names.count != predictionFiles.count {
            throw ValidationError("--name is given once per PREDICTIONS, in order: \(predictionFiles.count) files but \(names.count) names.")
        }
        if predictionFiles.count(where: { $0 == "-" }) > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    /// `score A B C…`: scores each prediction set in turn (each read once, streamed, its rows not
    /// kept), then prints one leaderboard. Only each extractor's summed statistics and bootstrap
    /// sums stay in memory, whatever the number of clippings.
    func runLeaderboard() throws {
        let inputs = Self.leaderboardInputs(predictionFiles, names: names)
        var entries: [Leaderboard.Entry] = []
        let metrics: [LeaderboardMetric]
        if let scrapinghub {
            metrics = LeaderboardMetric.scrapingHub
            // Split into words once for every output.
            let truth = ScrapingHubScorer.GroundTruth(try ScrapingHubCommand.bodies(scrapinghub))
            for input in inputs {
                let scored = ScrapingHubScorer.scorecard(groundTruth: truth, output: try ScrapingHubCommand.bodies(input.path),
                                                         replicates: bootstrap.bootstrap, seed: bootstrap.seed, name: input.name)
                if !scored.missing.isEmpty {
                    DiagnosticPrinter.print([Diagnostic(.warning, "\(scored.missing.count) ground-truth ids have no output and are scored as empty", at: SourceLocation(path: input.path))])
                }
                if !scored.unknown.isEmpty {
                    DiagnosticPrinter.print([Diagnostic(.warning, "\(scored.unknown.count) output ids are not in the ground truth and are ignored", at: SourceLocation(path: input.path))])
                }
                entries.append(Leaderboard.Entry(name: input.name, scorecard: scored.scorecard))
            }
        } else {
            metrics = LeaderboardMetric.main
            let layout = try options.existingLayout()
            let predictionRegistry = try Self.loadRegistry(registry)
            let cache = cacheOptions.cache
            for input in inputs {
                let run = try ScoredRun.make(predictions: input.path, name: input.name, layout: layout,
                                             bootstrap: bootstrap, allowInvalid: allowInvalid, keepsDetails: false, keepsDocuments: false,
                                             predictionRegistry: predictionRegistry, goldCache: cache)
                guard let scorecard = run.outcome.scorecard else { throw ExitCode(1) }
                let timing: RunTiming?
                do {
                    timing = try RunTiming.read(forPredictions: input.path)
                } catch {
                    DiagnosticPrinter.print([error.diagnostic])
                    throw ExitCode(1)
                }
                entries.append(Leaderboard.Entry(name: input.name, scorecard: scorecard, timing: timing))
            }
        }
        let board: Leaderboard
        do {
            board = try Leaderboard(entries: entries, metrics: metrics)
        } catch {
            try? StandardStream.error.write("clipbench: error: \(error.description)\n")
            throw ExitCode(1)
        }
        let destination = outputOptions.destination
        let renderer = LeaderboardRenderer(colour: destination.isTerminal && ColourPolicy.standardOutput)
        switch format {
        case .json: try destination.write(renderer.json(board))
        case .markdown: try destination.write(renderer.markdown(board))
        case .html: try destination.write(LeaderboardHTMLPage.render(board))
        case .table, .junit: try destination.write(renderer.table(board))
        }
    }

    /// The prediction sets of a leaderboard with their names.
    ///
    /// A run's side files given with their predictions (`runs/*.jsonl` also matches `mine.jsonl.run.jsonl`
    /// and `mine.jsonl.failures.jsonl`) are left out with a note. Names are `--name`'s, in order, or the
    /// file names; two files with one name are told apart by their paths.
    static func leaderboardInputs(_ paths: [String], names: [String]) -> [(path: String, name: String)] {
        var inputs: [(path: String, name: String)] = []
        let given = Set(paths)
        for (index, path) in paths.enumerated() {
            if let suffix = [ClippingRunResult.runLogSuffix, ".failures.jsonl"].first(where: { path.hasSuffix($0) }),
               given.contains(String(path.dropLast(suffix.count))) {
                DiagnosticPrinter.print([Diagnostic(.note, "a side file of clipbench run for \(path.dropLast(suffix.count)); left out of the leaderboard", at: SourceLocation(path: path))])
                continue
            }
            inputs.append((path, index < names.count ? names[index] : ScoredRun.name(ofPredictions: path)))
        }
        guard names.isEmpty else { return inputs }
        let counts = Dictionary(inputs.map { ($0.name, 1) }, uniquingKeysWith: +)
        return inputs.map { input in
            guard counts[input.name, default: 0] > 1 else { return input }
            let url = URL(fileURLWithPath: input.path)
            return (input.path, url.pathExtension.isEmpty ? input.path : String(input.path.dropLast(url.pathExtension.count + 1)))
        }
    }
}
