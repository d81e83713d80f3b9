import Foundation
import ClipBenchCore
import ClipBenchDataset
import ClipBenchExtraction
import ClipBenchEvaluation
import ClipBenchReports

/// Writes the Markdown scorecard (``ScorecardMarkdownRenderer``) of a run whose per-clipping rows
/// were streamed to a temporary file as they were scored, so that memory does not grow with the
/// number of clippings.
///
/// Each row is kept as one line of compact JSON. When the run ends, the scorecard is rendered
/// without rows, then each row is read back and rendered alone, and only its line of the
/// per-clipping table is written (the table's header once). The text is exactly what the renderer
/// gives for the scorecard with all its rows.
///
/// ```swift
/// let report = try StreamedMarkdownReport()
/// let outcome = pipeline.score(reader, onDocument: report.append)   // options.keepsDocuments = false
/// try report.write(scorecard: outcome.scorecard!) { chunk in try output.write(chunk) }
/// ```
///
/// - Complexity: O(rows × metric groups) time; memory O(one row + the write buffer).
public final class StreamedMarkdownReport {
    private let spool: RowSpool
    public var renderer: ScorecardMarkdownRenderer

    /// Creates an empty spool file in `folder`.
    ///
    /// - Throws: ``StreamedJSONReport/Failure`` when the file cannot be created.
    public init(renderer: ScorecardMarkdownRenderer = ScorecardMarkdownRenderer(),
                folder: URL = FileManager.default.temporaryDirectory) throws(StreamedJSONReport.Failure) {
        spool = try RowSpool(folder: folder)
        self.renderer = renderer
    }

    /// Appends one clipping's row.
    public func append(_ score: DocumentScore) {
        spool.append(score.jsonValue.serialized() + "\n")
    }

    /// Writes the whole report, in pieces, to `output`.
    ///
    /// - Parameters:
    ///   - scorecard: the run's scorecard, made without rows.
    ///   - output: receives the report's text piece by piece, in order.
    public func write(scorecard: Scorecard, to output: (String) throws -> Void) throws {
        let aggregate = try ScoreReport(json: scorecard.jsonValue)
        let base = renderer.render(aggregate)
        try output(base)
        var wroteHeader = false
        try spool.forEachLine { line in
            guard let row = try? JSONValue(parsing: line),
                  let document = try? ScoreReport(json: .object([("metrics", .object([])), ("documents", .array([row]))])).documents.first
            else {
                throw StreamedJSONReport.Failure(description: "\(spool.url.path): a spooled row does not read back")
            }
            var single = aggregate
            single.documents = [document]
            let rendered = renderer.render(single)
            guard rendered.hasPrefix(base) else {
                throw StreamedJSONReport.Failure(description: "the Markdown renderer changed its text before the per-clipping table")
            }
            let table = rendered.dropFirst(base.count)
            // No per-clipping column was attempted: the renderer shows no table.
            if table.isEmpty { return }
            if wroteHeader {
                // Only the row: the table's last line.
                let body = table.dropLast()
                let start = body.lastIndex(of: "\n").map(body.index(after:)) ?? body.startIndex
                try output(String(table[start...]))
            } else {
                try output(String(table))
                wroteHeader = true
            }
        }
    }
}

/// A temporary file of text appended piece by piece and read back line by line.
package final class RowSpool {
    package let url: URL
    private let handle: FileHandle
    private var buffer = Data()
    private var failure: StreamedJSONReport.Failure?

    package static let chunkSize = 1 << 20

    package init(folder: URL) throws(StreamedJSONReport.Failure) {
        url = folder.appendingPathComponent("clipbench-rows-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url) else {
            throw StreamedJSONReport.Failure(description: "\(url.path): cannot create a temporary file for the report's rows")
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    package func append(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkSize { flush() }
    }

    package func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = StreamedJSONReport.Failure(description: "\(url.path): cannot write the report's rows (\(error.localizedDescription))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with each line written (without its line break), in order.
    package func forEachLine(_ body: (String) throws -> Void) throws {
        flush()
        if let failure { throw failure }
        let reader: FileHandle
        do {
            reader = try FileHandle(forReadingFrom: url)
        } catch {
            throw StreamedJSONReport.Failure(description: "\(url.path): cannot read the report's rows back (\(error.localizedDescription))")
        }
        defer { try? reader.close() }
        var pending = Data()
        while let chunk = try reader.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                try body(String(decoding: pending[start..<newline], as: UTF8.self))
                start = newline + 1
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { try body(String(decoding: pending, as: UTF8.self)) }
    }
}
