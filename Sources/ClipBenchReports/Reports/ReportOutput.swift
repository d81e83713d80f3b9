import Foundation
import ClipBenchCore
import ClipBenchDataset
import ClipBenchExtraction

/// Writes a report or page to the file a user named with `-o`, atomically, never replacing an
/// existing file unless `--force` was given.
///
/// ```swift
/// try ReportOutput.write("{…}\n", to: URL(fileURLWithPath: "report.json"), force: false)
/// ```
public enum ReportOutput {
    /// Why a report could not be written, worded for the command line.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The file, as diagnostics name it.
        public var path: String
        /// What went wrong, worded to follow the path: "already exists; not overwritten; …".
        public var message: String
        public var description: String { "\(path) \(message)" }
        /// The failure as one `path: error: message` line.
        public var diagnostic: Diagnostic { Diagnostic(.error, message, at: SourceLocation(path: path)) }

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    /// Writes `text` to `url` atomically (see ``AtomicFileWriter``).
    ///
    /// - Throws: ``Failure`` when the file exists and `force` is false, or when writing fails.
    public static func write(_ text: String, to url: URL, force: Bool) throws(Failure) {
        do {
            try AtomicFileWriter.write(text, to: url, replacing: force)
        } catch {
            throw failure(error, force: force)
        }
    }

    /// Streams what `produce` writes into a temporary file that is renamed to `url` once complete
    /// (see ``AtomicFileWriter/write(to:replacing:_:)``), so a long report is never held whole.
    ///
    /// ```swift
    /// try ReportOutput.write(to: url, force: false) { file in try file.write(header) }
    /// ```
    ///
    /// - Throws: ``Failure`` when the file exists and `force` is false, or when writing fails;
    ///   whatever `produce` throws otherwise (and then no file is left).
    public static func write(to url: URL, force: Bool, _ produce: (AtomicFileWriter.StreamedFile) throws -> Void) throws {
        do {
            try AtomicFileWriter.write(to: url, replacing: force, produce)
        } catch let error as AtomicFileWriter.Failure {
            throw failure(error, force: force)
        }
    }

    private static func failure(_ error: AtomicFileWriter.Failure, force: Bool) -> Failure {
        let hint = error.alreadyExists && !force ? "; pass --force to overwrite it" : ""
        return Failure(path: error.path, message: error.message + hint)
    }
}
