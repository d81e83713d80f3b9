import ArgumentParser
import ClipBench

/// Standard output for the commands: a write that fails is reported once and ends the run,
/// never a trap.
///
/// A closed pipe (`clipbench gold | head -1` when SIGPIPE is ignored) ends the run quietly with
/// the status a shell shows for a command stopped by SIGPIPE (141); any other failure (a full
/// disk) prints `<stdout>: error: cannot write: …` and exits 1.
///
/// ```swift
/// try CommandOutput.write(prediction.jsonLine + "\n")
/// ```
enum CommandOutput {
    /// The exit status of a command whose reader closed the pipe: 128 + SIGPIPE, as a shell reports it.
    static let brokenPipeStatus: Int32 = 141

    /// Writes `text` to standard output.
    ///
    /// - Throws: `ExitCode` when the write fails, after saying why on standard error.
    static func write(_ text: String) throws {
        do {
            try StandardStream.output.write(text)
        } catch {
            if error.isBrokenPipe { throw ExitCode(brokenPipeStatus) }
            DiagnosticPrinter.print([Diagnostic(.error, "cannot write: \(error.reason)", at: SourceLocation(path: "<stdout>"))])
            throw ExitCode(1)
        }
    }
}
