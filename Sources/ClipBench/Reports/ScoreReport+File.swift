import Foundation

extension ScoreReport {
    /// Reads a file as a saved JSON report (`clipbench score --format json -o FILE`), or tells
    /// that it is something else (predictions), so `compare` and `check` take either.
    ///
    /// Only the start of the file is looked at first: a report is one JSON object whose first
    /// key is not `id` (every prediction line starts with `id`) and that has a `metrics` object.
    ///
    /// - Returns: nil when the file is not a report (a folder, standard input, JSON Lines of
    ///   predictions); the report, or the diagnostic of a report that cannot be read.
    public static func savedReport(atPath path: String) -> Result<ScoreReport, DiagnosticError>? {
        guard path != "-" else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let start = (try? handle.read(upToCount: 4096)) ?? nil
        try? handle.close()
        // Lossy decoding is fine here: only the first key matters, and a cut character is replaced.
        guard let start, Self.firstKey(in: String(decoding: start, as: UTF8.self)).map({ $0 != "id" }) == true
        else { return nil }
        let location = SourceLocation(path: path)
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else { return nil }
        let json: JSONValue
        do {
            json = try JSONValue(parsing: text)
        } catch {
            return nil
        }
        guard json.member("metrics") != nil else { return nil }
        do {
            return .success(try ScoreReport(json: json))
        } catch {
            return .failure(DiagnosticError(diagnostic: Diagnostic(.error, error.message, at: location)))
        }
    }

    /// The first key of the JSON object a text starts with, if it starts with one.
    static func firstKey(in text: String) -> String? {
        var scalars = Substring(text).unicodeScalars.drop { [" ", "\n", "\r", "\t", "\u{FEFF}"].contains($0) }
        guard scalars.first == "{" else { return nil }
        scalars = scalars.dropFirst().drop { [" ", "\n", "\r", "\t"].contains($0) }
        guard scalars.first == "\"" else { return nil }
        scalars = scalars.dropFirst()
        guard let end = scalars.firstIndex(of: "\"") else { return nil }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}

/// An error that is one diagnostic.
public struct DiagnosticError: Error, Sendable {
    public var diagnostic: Diagnostic

    public init(diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
