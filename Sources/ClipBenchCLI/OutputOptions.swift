import ArgumentParser
import ClipBench
import Foundation

/// The `-o FILE` and `--force` options of the commands that write a report (score, check, compare).
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write the result to this file (atomically) instead of standard output; - is standard output.", valueName: "FILE"),
        completion: .file())
    var output: String?

    @Flag(name: .long, help: "Overwrite the file given with -o if it exists.")
    var force = false

    /// Where the result goes.
    var destination: ReportDestination { ReportDestination(path: output, force: force) }
}

/// Where a report goes: standard output, or a file written atomically that is not overwritten without --force.
struct ReportDestination {
    var path: String?
    var force: Bool

    /// Whether the report goes to standard output (no `-o`, or `-o -`).
    var isTerminal: Bool { path == nil || path == "-" }

    /// Writes a report produced in pieces: straight to standard output piece by piece; to a file,
    /// streamed into a temporary file beside it that is renamed once complete, so the report's
    /// text is never held whole (see ``AtomicFileWriter/write(to:replacing:_:)``).
    func write(_ produce: (_ write: (String) throws -> Void) throws -> Void) throws {
        guard let path, path != "-" else {
            try produce { piece in try CommandOutput.write(piece) }
            return
        }
        do {
            try ReportOutput.write(to: URL(fileURLWithPath: path), force: force) { file in
                try produce { piece in try file.write(piece) }
            }
        } catch let failure as ReportOutput.Failure {
            DiagnosticPrinter.print([failure.diagnostic])
            throw ExitCode(1)
        }
    }

    /// Writes a report rendered whole, through the same writer.
    func write(_ text: String) throws {
        try write { write in try write(text) }
    }
}
