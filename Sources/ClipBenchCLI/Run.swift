import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench run`: runs any extractor over the clippings and collects its predictions.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run an external extractor over the clippings and collects its predictions as JSON Lines.",
            discussion: """
                The extractor is run once per clipping. {file} in the command is replaced by the \
                clipping's path; with --stdin the clipping's text is its standard input instead. The \
                environment variable CLIPBENCH_ID holds the clipping's id. The command is split into \
                words like a shell would but runs without one, unless --shell is given.

                The extractor must print one JSON object in the prediction format. It may leave out \
                "id" (ClipBench fills it in); when it prints one, it must be the clipping's id.

                A clipping whose extractor runs past the timeout, crashes, exits non-zero, prints more \
                than --max-output bytes or prints no valid prediction is recorded as failed, with its \
                standard error, and the run goes on. Failed clippings are left out of the results; \
                with -o FILE they are listed in FILE.failures.jsonl, written only when some clipping failed (one JSON object per failure: id, \
                path, reason, message, seconds, stderr). With -o FILE, FILE.run.jsonl records every clipping's wall time \
                and how its extractor ended (id, seconds, status, exit_code, signal), which score's leaderboard shows \
                as a time column. Results are sorted by id whatever --jobs is. Exit status 1 when any clipping failed.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("Seed ids or clipping files; every seed when none is given.", valueName: "ID|FILE"))
        var clippings: [String] = []

        @Option(name: .long, help: ArgumentHelp("The extractor's command line, with {file} for the clipping's path.", valueName: "CMD"))
        var command: String

        @Flag(name: .long, help: "Runs the command with /bin/sh -c, so pipes, redirections and variables work.")
        var shell = false

        @Flag(name: .long, help: "Sends the clipping's text to the extractor's standard input.")
        var stdin = false

        @Option(name: .long, help: ArgumentHelp("Seconds each clipping may take before its extractor is killed.", valueName: "SECONDS"))
        var timeout: Double = 60

        @Option(name: .long, help: ArgumentHelp("How many clippings run at the same time; by default as many as there are processors.", valueName: "N"))
        var jobs: Int?

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Writes the predictions to FILE (atomically) instead of standard output, each clipping's time and exit to FILE.run.jsonl, and the failures to FILE.failures.jsonl.", valueName: "FILE"))
        var output: String?

        @Flag(name: .long, help: "Replaces the -o file, its .run.jsonl and its .failures.jsonl when they already exist.")
        var force = false

        @Option(name: .customLong("max-output"), help: ArgumentHelp("Bytes an extractor may print for one clipping before it is killed.", valueName: "BYTES"))
        var maxOutput: Int = 16 << 20

        func validate() throws {
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds.") }
            guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1.") }
            guard maxOutput >= 1 else { throw ValidationError("--max-output must be at least 1 byte.") }
            if force && output == nil { throw ValidationError("--force only applies with -o FILE.") }
            do {
                let parsed = try ExtractorCommand(template: command, usesShell: shell)
                if !parsed.mentionsFile && !stdin {
                    throw ValidationError("The command has no {file}: add {file} where the clipping's path goes, or pass --stdin to send its text on standard input.")
                }
            } catch let problem as ExtractorCommand.Problem {
                throw ValidationError("--command: \(problem.description).")
            }
        }

        func run() throws {
            let layout = options.layout
            var diagnostics: [Diagnostic] = []
            var sources: [ClippingSource] = clippings.isEmpty ? ClippingSource.allSeeds(in: layout) : []
            for argument in clippings {
                do { sources.append(try ClippingSource.resolve(argument, in: layout)) } catch { diagnostics.append(error.diagnostic) }
            }
            sources.sort { $0.id < $1.id }
            // Two files with one name would give two predictions with one id: keep the first.
            var seen: Set<String> = []
            sources = sources.filter { source in
                guard seen.insert(source.id).inserted else {
                    diagnostics.append(Diagnostic(.error, "another clipping already has the id '\(source.id)'; left out", at: SourceLocation(path: DisplayPath.of(source.url))))
                    return false
                }
                return true
            }
            try checkOutputFiles()
            let interruptions = Self.killExtractorsOnInterrupt()
            defer { interruptions.forEach { $0.cancel() } }
            let runner = ExtractorRunner(
                command: try ExtractorCommand(template: command, usesShell: shell), feedsStandardInput: stdin,
                timeout: timeout, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, maximumOutput: maxOutput)
            let showsProgress = isatty(STDERR_FILENO) != 0
            let started = DispatchTime.now().uptimeNanoseconds
            // Each prediction goes to a spool on disk as it finishes (beside the -o file, on its
            // disk), and is copied out sorted by id at the end: memory stays flat in the outputs.
            let spool = try makeSpool(count: sources.count)
            let results = runner.run(sources, onResult: { index, result in
                if let prediction = result.prediction { spool.store(prediction.jsonLine + "\n", at: index) }
            }) { done, total in
                guard showsProgress else { return }
                FileHandle.standardError.write(Data(ProgressBar.line(done: done, total: total).utf8))
            }
            if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            // The extractors ended because a signal killed them: exit as the signal handler does,
            // never with the killed extractors reported as failures (the handler may not have
            // reached its own exit yet).
            if let signalNumber = ProcessGroupRegistry.shared.interruptingSignal { _exit(128 + signalNumber) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9

            let failures = results.filter { $0.failure != nil }
            for result in failures {
                let location = SourceLocation(path: DisplayPath.of(result.source.url))
                diagnostics.append(Diagnostic(.error, result.failure?.description ?? "failed", at: location))
                let lastLines = result.standardError.split(separator: "\n").suffix(3)
                for line in lastLines { diagnostics.append(Diagnostic(.note, "stderr: \(line)", at: location)) }
            }
            var written = ""
            if let output {
                let url = URL(fileURLWithPath: output)
                let failureLines = failures.compactMap(\.failureRecord).map { $0.serialized() + "\n" }.joined()
                let failuresURL = URL(fileURLWithPath: output + ".failures.jsonl")
                let runLog = results.map { $0.runRecord.serialized() + "\n" }.joined()
                do {
                    try AtomicFileWriter.write(to: url, replacing: force) { file in try spool.copyInOrder { try file.write($0) } }
                    try AtomicFileWriter.write(Data(runLog.utf8), to: URL(fileURLWithPath: output + ClippingRunResult.runLogSuffix), replacing: true)
                    // Only a run with failures leaves a failures file: an empty one would say
                    // nothing and block the next run's -o.
                    if failures.isEmpty {
                        if force { unlink(failuresURL.path) }  // a stale list from an earlier run would mislead
                        written = "; predictions in \(output)"
                    } else {
                        try AtomicFileWriter.write(Data(failureLines.utf8), to: failuresURL, replacing: force)
                        written = "; predictions in \(output), failures in \(output).failures.jsonl"
                    }
                } catch let error as AtomicFileWriter.Failure {
                    diagnostics.append(Diagnostic(.error, error.message, at: SourceLocation(path: error.path)))
                } catch let error as OrderedSpool.Failure {
                    diagnostics.append(Diagnostic(.error, error.message, at: SourceLocation(path: error.path)))
                }
            } else {
                do {
                    try spool.copyInOrder { try CommandOutput.write(String(decoding: $0, as: UTF8.self)) }
                } catch let error as OrderedSpool.Failure {
                    diagnostics.append(Diagnostic(.error, error.message, at: SourceLocation(path: error.path)))
                }
            }
            DiagnosticPrinter.print(diagnostics)
            let summary = "run: \(results.count) clipping\(results.count == 1 ? "" : "s"), \(results.count - failures.count) done, \(failures.count) failed in \(String(format: "%.2f", seconds)) s\(written)\n"
            FileHandle.standardError.write(Data(summary.utf8))
            if !diagnostics.filter({ $0.severity == .error }).isEmpty { throw ExitCode(1) }
        }

        /// The spool the predictions wait in: in the -o file's folder, or the temporary folder.
        private func makeSpool(count: Int) throws -> OrderedSpool {
            let folder = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() } ?? FileManager.default.temporaryDirectory
            do {
                return try OrderedSpool(count: count, in: folder)
            } catch {
                DiagnosticPrinter.print([Diagnostic(.error, error.message, at: SourceLocation(path: error.path))])
                throw ExitCode(1)
            }
        }

        /// On SIGINT, SIGTERM or SIGHUP, kills the running extractors' process groups (which the
        /// terminal's Ctrl-C does not reach) and exits with 128 + the signal, as the signal would.
        private static func killExtractorsOnInterrupt() -> [DispatchSourceSignal] {
            [SIGINT, SIGTERM, SIGHUP].map { signalNumber in
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler {
                    ProcessGroupRegistry.shared.interrupt(by: signalNumber)
                    _exit(128 + signalNumber)
                }
                source.resume()
                return source
            }
        }

        /// Refuses, before any extractor runs, an `-o` target whose folder is missing or that
        /// already exists without --force: a long run must not end in a failed or unwanted write.
        private func checkOutputFiles() throws {
            guard let output else { return }
            let url = URL(fileURLWithPath: output)
            var isFolder: ObjCBool = false
            let folder = url.deletingLastPathComponent()
            var problems: [Diagnostic] = []
            if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) || !isFolder.boolValue {
                problems.append(Diagnostic(.error, "cannot write: the folder \(DisplayPath.of(folder)) does not exist", at: SourceLocation(path: output)))
            } else if access(folder.path, W_OK) != 0 {
                // Found now, not after every extractor has run and its predictions would be lost.
                problems.append(Diagnostic(.error, "cannot write: the folder \(DisplayPath.of(folder)) is not writable", at: SourceLocation(path: output)))
            } else if !force {
                // The run log goes with its predictions: one left behind by predictions since removed is replaced,
                // so removing the output is enough to run again (as with the failures file, written only on failure).
                let runLog = FileManager.default.fileExists(atPath: output) ? [output + ClippingRunResult.runLogSuffix] : []
                for path in [output] + runLog + [output + ".failures.jsonl"] where FileManager.default.fileExists(atPath: path) {
                    problems.append(Diagnostic(.error, "already exists; not overwritten; pass --force to replace it", at: SourceLocation(path: path)))
                }
            }
            guard problems.isEmpty else {
                DiagnosticPrinter.print(problems)
                throw ExitCode(1)
            }
        }
    }
}
