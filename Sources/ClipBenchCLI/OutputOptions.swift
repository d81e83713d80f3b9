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
    /// gathered first (the atomic writer takes the whole text).
    func write(_ produce: (_ write: (String) throws -> Void) throws -> Void) throws {
        guard path != nil else {
            try produce { piece in try CommandOutput.write(piece) }
            return
        }
        var text = ""
        try produce { piece in text += piece }
        try write(text)
    }

    func write(_ text: String) throws {
        guard let path, path != "-" else {
            try CommandOutput.write(text)
            return
        }
        do {
            try ReportOutput.write(text, to: URL(fileURLWithPath: path), force: force)
        } catch {
            DiagnosticPrinter.print([error.diagnostic])
            throw ExitCode(1)
        }
    }
}
