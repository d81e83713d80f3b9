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
/// Each row is rendered from the report model (``DocumentReport/init(score:)``) as it arrives: its
/// id and its formatted figure in every per-clipping column, one line of the spool. When the run
/// ends, the scorecard's metrics are rendered from its ``ScoreReport``, then the per-clipping
/// table's header and each spooled row with the columns the run attempted. The text is exactly
/// what the renderer gives for the scorecard with all its rows.
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
    /// Separates a spooled row's fields: clipping ids and formatted figures never hold a tab.
    private static let separator: Character = "\t"

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
        let document = DocumentReport(score: score)
        let fields = [document.id, document.isMissing ? "missing" : ""] + ScorecardMarkdownRenderer.documentCells(of: document)
        spool.append(fields.joined(separator: String(Self.separator)) + "\n")
    }

    /// Writes the whole report, in pieces, to `output`.
    ///
    /// - Parameters:
    ///   - scorecard: the run's scorecard, made without rows.
    ///   - output: receives the report's text piece by piece, in order.
    public func write(scorecard: Scorecard, to output: (String) throws -> Void) throws {
        let report = ScoreReport(scorecard: scorecard)
        try output(renderer.renderMetrics(report))
        let columns = ScorecardMarkdownRenderer.documentColumnIndices(for: report)
        // No per-clipping column was attempted: the renderer shows no table.
        guard !columns.isEmpty else { return }
        var wroteHeader = false
        try spool.forEachLine { line in
            let fields = line.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2 + ScorecardMarkdownRenderer.documentColumns.count else {
                throw StreamedJSONReport.Failure(description: "\(spool.url.path): a spooled row does not read back")
            }
            if !wroteHeader {
                try output(ScorecardMarkdownRenderer.documentTableHeader(columns))
                wroteHeader = true
            }
            try output(ScorecardMarkdownRenderer.documentRow(id: fields[0], isMissing: fields[1] == "missing",
                                                            cells: Array(fields.dropFirst(2)), columns: columns))
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
