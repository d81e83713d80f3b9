import Foundation
import ClipBenchCore
import ClipBenchExtraction

/// How long an extractor took under `clipbench run`: the wall time of each clipping, summarised.
///
/// Read from the run log `clipbench run -o FILE` writes beside its predictions (`FILE.run.jsonl`,
/// one ``ClippingRunResult/runRecord`` a line), so a leaderboard can show a time column.
///
/// ```swift
/// let timing = try RunTiming.read(forPredictions: "runs/mine.jsonl")   // nil: no run log
/// timing?.medianSeconds   // 0.021
/// ```
///
/// - Complexity: O(clippings) time and memory while the log is read (the median needs every
///   time); the summary kept is O(1).
public struct RunTiming: Sendable, Hashable {
    /// The clippings the log lists, failed ones included.
    public var clippings: Int
    /// The clippings whose extractor failed (timeout, crash, non-zero exit, no valid prediction).
    public var failed: Int
    /// The median wall time of one clipping, failed ones included.
    public var medianSeconds: Double
    /// The wall time of every clipping added up (with several jobs the run itself took less).
    public var totalSeconds: Double

    /// Summarises each clipping's wall time; nil without any.
    public init?(seconds: [Double], failed: Int) {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        clippings = sorted.count
        self.failed = failed
        medianSeconds = BootstrapSummary.percentile(sorted, 0.5)
        totalSeconds = sorted.reduce(0, +)
    }

    /// The run log beside a predictions file: `FILE` → `FILE.run.jsonl`.
    public static func logPath(forPredictions path: String) -> String { path + ClippingRunResult.runLogSuffix }

    /// The timing of a predictions file made by `clipbench run -o FILE`, or nil when it has no run
    /// log beside it (standard input, a folder, predictions from elsewhere).
    ///
    /// - Throws: ``DiagnosticError`` naming the line of a log that cannot be read.
    public static func read(forPredictions path: String) throws(DiagnosticError) -> RunTiming? {
        guard path != "-" else { return nil }
        let logPath = logPath(forPredictions: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: logPath, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        guard let handle = FileHandle(forReadingAtPath: logPath) else {
            throw DiagnosticError(diagnostic: Diagnostic(.error, "the run log cannot be read", at: SourceLocation(path: logPath)))
        }
        defer { try? handle.close() }
        var lines = PredictionReader.LineReader(handle: handle, maximumLineLength: 1 << 20)
        var seconds: [Double] = []
        var failed = 0
        while let line = lines.next() {
            func problem(_ message: String) -> DiagnosticError {
                DiagnosticError(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: logPath, line: line.number, column: 1)))
            }
            guard case .text(let text) = line.content else { throw problem("not a line of UTF-8 text of at most 1 MiB") }
            if text.allSatisfy(\.isWhitespace) { continue }
            guard let record = try? JSONParser.parse(text), record.member("id")?.asString != nil else {
                throw problem("not a run-log record (a JSON object with \"id\", \"seconds\" and \"status\")")
            }
            guard let time = record.member("seconds")?.asDouble, time.isFinite, time >= 0 else {
                throw problem("\"seconds\" must be a number of seconds, 0 or more")
            }
            guard let status = record.member("status")?.asString else { throw problem("\"status\" must be a string") }
            seconds.append(time)
            if status != ClippingRunResult.doneStatus { failed += 1 }
        }
        if let failure = lines.readFailure {
            throw DiagnosticError(diagnostic: Diagnostic(.error, failure, at: SourceLocation(path: logPath)))
        }
        return RunTiming(seconds: seconds, failed: failed)
    }
}
