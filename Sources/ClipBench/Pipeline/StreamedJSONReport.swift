import Foundation
import ClipBenchCore
import ClipBenchDataset
import ClipBenchExtraction
import ClipBenchEvaluation
import ClipBenchReports

/// Writes the JSON report (SPEC section 6) of a run whose per-clipping rows were streamed to a
/// temporary file as they were scored, so that memory does not grow with the number of clippings.
///
/// Each row is rendered from the report model (``DocumentReport/init(score:)``) and appended
/// already formatted as it appears inside the pretty-printed report's `documents` array; when the
/// run ends, the report is written as the scorecard's JSON up to `"documents": [`, then the spooled
/// rows, then the closing brackets. The bytes are exactly those of
/// ``ScorecardJSONRenderer/render(_:)`` for the report of a scorecard that kept its rows.
///
/// ```swift
/// let report = try StreamedJSONReport()
/// let outcome = pipeline.score(reader, onDocument: report.append)   // options.keepsDocuments = false
/// try report.write(scorecard: outcome.scorecard!) { chunk in try output.write(chunk) }
/// ```
///
/// - Complexity: O(rows) time and disk; memory O(one row + the write buffer).
public final class StreamedJSONReport {
    /// Why the rows could not be kept or read back.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The spool file (removed when the report is released).
    public let spoolURL: URL
    private let handle: FileHandle
    private var rowCount = 0
    private var buffer = Data()
    private var failure: Failure?

    /// How many bytes are gathered before each write to the spool, and read back at a time.
    package static let chunkSize = 1 << 20

    /// Creates an empty spool file in the temporary folder.
    ///
    /// - Throws: ``Failure`` when the file cannot be created.
    public init(folder: URL = FileManager.default.temporaryDirectory) throws(Failure) {
        spoolURL = folder.appendingPathComponent("clipbench-rows-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).json")
        guard FileManager.default.createFile(atPath: spoolURL.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: spoolURL) else {
            throw Failure(description: "\(spoolURL.path): cannot create a temporary file for the report's rows")
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: spoolURL)
    }

    /// The number of rows appended so far.
    public var count: Int { rowCount }

    /// Appends one clipping's row (a write failure is kept and thrown by ``write(scorecard:to:)``).
    public func append(_ score: DocumentScore) {
        guard failure == nil else { return }
        // Inside the report, a row is an item of `documents`, two levels deep: every line of its
        // own pretty form is indented by four more spaces (strings escape their newlines).
        let row = ScorecardJSONRenderer.jsonValue(of: DocumentReport(score: score))
        let text = row.serialized(pretty: true).replacingOccurrences(of: "\n", with: "\n    ")
        if rowCount > 0 { buffer.append(contentsOf: ",".utf8) }
        buffer.append(contentsOf: "\n    ".utf8)
        buffer.append(contentsOf: text.utf8)
        rowCount += 1
        if buffer.count >= Self.chunkSize { flush() }
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = Failure(description: "\(spoolURL.path): cannot write the report's rows (\(error.localizedDescription))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes the whole report, in pieces, to `output`.
    ///
    /// - Parameters:
    ///   - scorecard: the run's scorecard, made without rows (``Scorecard/documents`` empty).
    ///   - output: receives the report's text piece by piece, in order.
    /// - Throws: ``Failure`` when the spool could not be written or read back, or what `output` throws.
    public func write(scorecard: Scorecard, to output: (String) throws -> Void) throws {
        flush()
        if let failure { throw failure }
        let whole = ScorecardJSONRenderer.jsonValue(of: ScoreReport(scorecard: scorecard)).serialized(pretty: true)
        let emptyTail = "[]\n}"
        guard rowCount > 0 else {
            try output(whole + "\n")
            return
        }
        guard whole.hasSuffix(emptyTail), scorecard.documents.isEmpty else {
            throw Failure(description: "the scorecard already holds its rows; render its ScoreReport instead")
        }
        try output(String(whole.dropLast(emptyTail.count)) + "[")
        try handle.synchronize()
        let reader: FileHandle
        do {
            reader = try FileHandle(forReadingFrom: spoolURL)
        } catch {
            throw Failure(description: "\(spoolURL.path): cannot read the report's rows back (\(error.localizedDescription))")
        }
        defer { try? reader.close() }
        // Rows are split between chunks anywhere, so carry an incomplete UTF-8 sequence over.
        var carry = Data()
        while true {
            let chunk = try reader.read(upToCount: Self.chunkSize) ?? Data()
            if chunk.isEmpty { break }
            carry.append(chunk)
            let complete = Self.completeUTF8Prefix(of: carry)
            try output(String(decoding: carry.prefix(complete), as: UTF8.self))
            carry = Data(carry.dropFirst(complete))
        }
        if !carry.isEmpty { try output(String(decoding: carry, as: UTF8.self)) }
        try output("\n  ]\n}\n")
    }

    /// The length of the longest prefix of `data` that does not end inside a UTF-8 sequence.
    package static func completeUTF8Prefix(of data: Data) -> Int {
        var end = data.count
        // Step back over continuation bytes (10xxxxxx) to the last lead byte, at most three.
        var index = data.count - 1
        var continuation = 0
        while index >= 0, continuation < 3, data[data.startIndex + index] & 0xC0 == 0x80 {
            continuation += 1
            index -= 1
        }
        guard index >= 0 else { return end }
        let lead = data[data.startIndex + index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        if continuation + 1 < length { end = index }
        return end
    }
}
