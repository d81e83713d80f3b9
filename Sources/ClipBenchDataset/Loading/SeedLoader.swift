import Foundation
import ClipBenchCore

/// Reads a seed (`seeds/<id>.txt`): UTF-8 text, byte for byte, nothing normalised.
///
/// ```swift
/// switch SeedLoader.load(contentsOf: layout.seedURL(for: id), path: "seeds/\(id).txt") {
/// case .success(let text): text.count
/// case .failure(let problem): DiagnosticPrinter.print([problem.diagnostic])
/// }
/// ```
public enum SeedLoader {
    /// Why a seed could not be read.
    public struct Failure: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    public static func load(contentsOf url: URL, path: String) -> Result<SeedText, Failure> {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .failure(Failure(diagnostic: Diagnostic(.error, "the seed is missing", at: SourceLocation(path: path))))
        }
        let data: Data
        do { data = try BoundedFileReader.read(url, limit: InputLimits.clippingBytes) } catch {
            let message = error.exceedsLimit
                ? "the seed \(error.message) for a clipping (InputLimits.clippingBytes; no option raises it)"
                : "the seed cannot be read (it \(error.message))"
            return .failure(Failure(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: path))))
        }
        return load(data: data, path: path)
    }

    /// The seed text of bytes the caller has read (once, for the fingerprint too).
    public static func load(data: Data, path: String) -> Result<SeedText, Failure> {
        guard let string = String(validating: data, as: UTF8.self) else {
            let (line, column) = YAMLReader.positionOfFirstInvalidUTF8(in: data)
            return .failure(Failure(diagnostic: Diagnostic(.error, "the seed is not valid UTF-8", at: SourceLocation(path: path, line: line, column: column))))
        }
        return .success(SeedText(string))
    }
}
