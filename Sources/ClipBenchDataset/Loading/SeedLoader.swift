import Foundation
import ClipBenchCore

/// Reads a seed (`seeds/<id>.txt`) under the rules of ``ClippingReader`` (a file of at most
/// 16 MiB, no NUL byte, UTF-8, nothing normalised), with each problem as a located diagnostic.
///
/// ```swift
/// switch SeedLoader.load(contentsOf: layout.seedURL(for: id), path: "seeds/\(id).txt") {
/// case .success(let text): text.count
/// case .failure(let problem): DiagnosticPrinter.print([problem.diagnostic])
/// }
/// ```
///
/// - Complexity: O(n) in the size of the seed.
public enum SeedLoader {
    public static func load(contentsOf url: URL, path: String) -> Result<SeedText, DiagnosticError> {
        loadWithBytes(contentsOf: url, path: path).text
    }

    /// The seed text and the bytes it was read from (nil when the file could not be read), for a
    /// caller that keys something by the exact bytes (``DatasetValidator`` writing the gold cache).
    public static func loadWithBytes(contentsOf url: URL, path: String) -> (text: Result<SeedText, DiagnosticError>, bytes: Data?) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (.failure(DiagnosticError(diagnostic: Diagnostic(.error, "the seed is missing", at: SourceLocation(path: path)))), nil)
        }
        let data: Data
        do {
            data = try ClippingReader.readBytes(url, path: path)
        } catch {
            return (.failure(DiagnosticError(diagnostic: Diagnostic(.error, "the seed cannot be read: it \(error.message)", at: SourceLocation(path: path)))), nil)
        }
        return (load(data: data, path: path), data)
    }

    /// The seed text of bytes the caller has read (once, for the fingerprint too).
    public static func load(data: Data, path: String) -> Result<SeedText, DiagnosticError> {
        switch ClippingReader.text(of: data) {
        case .success(let text):
            return .success(text)
        case .failure(.nulByte(let offset)):
            return .failure(DiagnosticError(diagnostic: Diagnostic(.error, "the seed is a binary file, not text (a NUL byte at byte \(offset))", at: SourceLocation(path: path))))
        case .failure(.invalidUTF8):
            let (line, column) = YAMLReader.positionOfFirstInvalidUTF8(in: data)
            return .failure(DiagnosticError(diagnostic: Diagnostic(.error, "the seed is not valid UTF-8", at: SourceLocation(path: path, line: line, column: column))))
        }
    }
}
