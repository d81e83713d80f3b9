import Foundation
import ClipBenchCore
import ClipBenchDataset

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
        // Only a regular file can be a saved report: a device such as /dev/zero would be read for ever.
        var status = stat()
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // The first non-blank line decides, so a large JSON Lines file is never read whole.
        var lines = PredictionReader.LineReader(handle: handle, maximumLineLength: InputLimits.reportBytes)
        var firstLine: String?
        while let line = lines.next() {
            guard case .text(let text) = line.content else { return nil }
            if !text.allSatisfy(\.isWhitespace) { firstLine = text; break }
        }
        guard let firstLine, Self.firstKey(in: firstLine).map({ $0 != "id" }) ?? (firstLine.trimmingCharacters(in: .whitespaces) == "{") else { return nil }
        let json: JSONValue
        if let complete = try? JSONValue(parsing: firstLine) {
            json = complete   // a report written on one line
        } else {
            // A pretty-printed object: one report (or one prediction), read whole, within the limit.
            let data: Data
            do { data = try BoundedFileReader.read(URL(fileURLWithPath: path), limit: InputLimits.reportBytes) } catch {
                guard error.exceedsLimit else { return nil }
                return .failure(DiagnosticError(diagnostic: Diagnostic(
                    .error, "the JSON object \(error.message) for a saved report (InputLimits.reportBytes) and is no prediction either"
                        + " (InputLimits.predictionDocumentBytes, \(InputLimits.describe(InputLimits.predictionDocumentBytes))); no option raises them",
                    at: SourceLocation(path: path, line: 1, column: 1))))
            }
            guard let text = String(validating: data, as: UTF8.self), let parsed = try? JSONValue(parsing: text) else { return nil }
            json = parsed
        }
        guard json.member("metrics") != nil else { return nil }
        do {
            return .success(try ScoreReport(json: json))
        } catch {
            return .failure(DiagnosticError(diagnostic: Diagnostic(.error, error.message, at: SourceLocation(path: path))))
        }
    }

    /// The first key of the JSON object a text starts with, if it starts with one.
    package static func firstKey(in text: String) -> String? {
        var scalars = Substring(text).unicodeScalars.drop { [" ", "\n", "\r", "\t", "\u{FEFF}"].contains($0) }
        guard scalars.first == "{" else { return nil }
        scalars = scalars.dropFirst().drop { [" ", "\n", "\r", "\t"].contains($0) }
        guard scalars.first == "\"" else { return nil }
        scalars = scalars.dropFirst()
        guard let end = scalars.firstIndex(of: "\"") else { return nil }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}

