import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

/// Reads an extractor's predictions one at a time, from JSON Lines, a single JSON object, a
/// folder of `<id>.json` files, or standard input.
///
/// Nothing is loaded whole: a JSON Lines file is read line by line, so a file of any size
/// needs only the memory of its longest line. A single object, pretty-printed over several
/// lines, is recognised when its first line is not JSON on its own and starts with `{`.
/// Every problem becomes a ``Diagnostic`` naming the file, line and column; the reader never
/// throws on bad input and goes on with the next line.
///
/// ```swift
/// let reader = PredictionReader(path: "predictions.jsonl")
/// reader.forEachPrediction { record in
///     print(record.prediction.id, record.location)      // 000_fafa66e8a14f78c9 predictions.jsonl:1
/// } onProblem: { diagnostic in
///     print(diagnostic)                                // predictions.jsonl:7:1: error: not valid JSON …
/// }
/// ```
///
/// - Complexity: O(n) in the size of the input; memory O(longest line).
public struct PredictionReader: Sendable {
    /// Where predictions come from.
    public enum Input: Sendable, Hashable {
        /// Standard input (`-` on the command line).
        case standardInput
        /// A file of JSON Lines, or holding one JSON object.
        case file(URL)
        /// A folder of `<id>.json` files, one prediction in each.
        case folder(URL)
    }

    public var input: Input
    /// Lines longer than this many bytes are reported and skipped, so one runaway line cannot
    /// exhaust memory.
    public var maximumLineLength: Int = InputLimits.predictionLineBytes
    /// The largest single pretty-printed object read whole.
    public var maximumDocumentLength: Int = InputLimits.predictionDocumentBytes
    /// The id given to a prediction that has none (`score - --id ID` for one prediction piped
    /// from an extractor); nil requires every prediction to name its clipping.
    public var defaultID: String?

    public init(input: Input) {
        self.input = input
    }

    /// A reader for a command-line argument: `-` is standard input, a folder is a folder of
    /// `<id>.json` files, anything else a file.
    public init(path: String) {
        if path == "-" {
            self.init(input: .standardInput)
            return
        }
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            self.init(input: .folder(url))
        } else {
            self.init(input: .file(url))
        }
    }

    /// The name diagnostics use for the input.
    public var displayName: String {
        switch input {
        case .standardInput: "<stdin>"
        case .file(let url), .folder(let url): DisplayPath.of(url)
        }
    }

    /// Calls `body` with each well-formed prediction, in input order, and `onProblem` with a
    /// diagnostic for each line or file that is not one.
    ///
    /// Well-formed means valid JSON and a valid prediction object (types, known keys); checks
    /// against the gold are ``PredictionChecker``'s.
    ///
    /// - Parameters:
    ///   - body: receives each prediction with its location and JSON text.
    ///   - onProblem: receives each diagnostic (errors; a note for an empty input).
    public func forEachPrediction(
        _ body: (PredictionRecord) throws -> Void,
        onProblem: (Diagnostic) -> Void
    ) rethrows {
        try forEachPrediction(body, onProblem: onProblem, onUnreadableInput: onProblem)
    }

    /// Calls `body` with each well-formed prediction, as ``forEachPrediction(_:onProblem:)``
    /// does, and `onUnreadableInput` when the input as a whole cannot be read (missing, a
    /// device, a folder that cannot be listed, a read error part way): unlike a bad line, that
    /// is never a prediction to score as missing.
    public func forEachPrediction(
        _ body: (PredictionRecord) throws -> Void,
        onProblem: (Diagnostic) -> Void,
        onUnreadableInput unreadable: (Diagnostic) -> Void
    ) rethrows {
        switch input {
        case .standardInput:
            try readStream(FileHandle.standardInput, path: displayName, body, onProblem: onProblem, onUnreadableInput: unreadable)
        case .file(let url):
            guard let handle = try? FileHandle(forReadingFrom: url) else {
                unreadable(Diagnostic(.error, "cannot read the predictions: no such file or not readable", at: SourceLocation(path: displayName)))
                return
            }
            defer { try? handle.close() }
            // A device such as /dev/zero never ends: refuse it rather than read for ever.
            var status = stat()
            if fstat(handle.fileDescriptor, &status) == 0,
               [S_IFCHR, S_IFBLK].contains(status.st_mode & S_IFMT) {
                unreadable(Diagnostic(.error, "cannot read the predictions: this is a device, not a file", at: SourceLocation(path: displayName)))
                return
            }
            try readStream(handle, path: displayName, body, onProblem: onProblem, onUnreadableInput: unreadable)
        case .folder(let url):
            try readFolder(url, body, onProblem: onProblem, onUnreadableInput: unreadable)
        }
    }

    // MARK: - A stream of JSON Lines or one object

    private func readStream(
        _ handle: FileHandle, path: String,
        _ body: (PredictionRecord) throws -> Void, onProblem: (Diagnostic) -> Void,
        onUnreadableInput: (Diagnostic) -> Void
    ) rethrows {
        var lines = LineReader(handle: handle, maximumLineLength: maximumLineLength)
        try readLines(&lines, path: path, body, onProblem: onProblem)
        if let failure = lines.readFailure {
            onUnreadableInput(Diagnostic(.error, "cannot read the predictions to the end: \(failure)", at: SourceLocation(path: path)))
        }
    }

    private func readLines(
        _ lines: inout LineReader, path: String,
        _ body: (PredictionRecord) throws -> Void, onProblem: (Diagnostic) -> Void
    ) rethrows {
        var sawContent = false
        var documentLines: [String]? = nil
        var documentStartLine = 0
        var documentLength = 0
        var documentTooLong = false

        while let line = lines.next() {
            let location = SourceLocation(path: path, line: line.number, column: 1)
            let text: String
            switch line.content {
            case .tooLong(let length):
                sawContent = true
                if documentLines != nil { documentTooLong = true; continue }
                onProblem(Diagnostic(.error, "line of \(length) bytes is longer than the limit of \(maximumLineLength) bytes (InputLimits.predictionLineBytes; no option raises it); skipped", at: location))
                continue
            case .invalidUTF8(let offset):
                sawContent = true
                if documentLines != nil { documentTooLong = true; continue }
                onProblem(Diagnostic(.error, "not valid UTF-8 (byte \(offset + 1) of the line)", at: SourceLocation(path: path, line: line.number, column: offset + 1)))
                continue
            case .text(let value):
                text = value
            }

            if documentLines != nil {
                documentLength += text.utf8.count + 1
                if documentLength > maximumDocumentLength { documentTooLong = true }
                if !documentTooLong { documentLines?.append(text) }
                continue
            }
            if text.allSatisfy(\.isWhitespace) { continue }

            if !sawContent {
                sawContent = true
                // A pretty-printed object: its first line is not JSON on its own.
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("{") || trimmed.hasPrefix("["), !Self.isCompleteJSON(text) {
                    documentLines = [text]
                    documentStartLine = line.number
                    documentLength = text.utf8.count + 1
                    continue
                }
            }
            if let record = decode(text, at: location, onProblem: onProblem) {
                try body(record)
            }
        }

        if let documentLines {
            let start = SourceLocation(path: path, line: documentStartLine, column: 1)
            if documentTooLong {
                onProblem(Diagnostic(.error, "the JSON object is longer than \(maximumDocumentLength) bytes (InputLimits.predictionDocumentBytes; no option raises it) or holds invalid UTF-8", at: start))
            } else if !Self.isCompleteJSON(documentLines.joined(separator: "\n")),
                      documentLines.dropFirst().contains(where: { $0.hasPrefix("{") && Self.isCompleteJSON($0) }) {
                // Not one object but JSON Lines whose first line is broken: read it line by line after all.
                for (index, line) in documentLines.enumerated() where !line.allSatisfy(\.isWhitespace) {
                    let location = SourceLocation(path: path, line: documentStartLine + index, column: 1)
                    if let record = decode(line, at: location, onProblem: onProblem) { try body(record) }
                }
            } else if let record = decode(documentLines.joined(separator: "\n"), at: start, onProblem: onProblem) {
                try body(record)
            }
        } else if !sawContent {
            onProblem(Diagnostic(.warning, "no predictions: the input is empty", at: SourceLocation(path: path)))
        }
    }

    // MARK: - A folder of <id>.json

    private func readFolder(
        _ folder: URL, _ body: (PredictionRecord) throws -> Void, onProblem: (Diagnostic) -> Void,
        onUnreadableInput: (Diagnostic) -> Void
    ) rethrows {
        guard let listing = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            onUnreadableInput(Diagnostic(.error, "cannot read the predictions: the folder cannot be listed", at: SourceLocation(path: displayName)))
            return
        }
        let names = listing
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
        if names.isEmpty {
            onProblem(Diagnostic(.warning, "no predictions: the folder holds no .json file", at: SourceLocation(path: displayName)))
            return
        }
        for name in names {
            let url = folder.appendingPathComponent(name)
            let path = DisplayPath.of(url)
            let fileID = String(name.dropLast(".json".count))
            // Only regular files: a FIFO would block the run, a device never end, a folder not parse.
            var status = stat()
            guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
                onProblem(Diagnostic(.error, "cannot read the prediction: not a regular file", at: SourceLocation(path: path)))
                continue
            }
            var reader = self
            reader.input = .file(url)
            var count = 0
            try reader.forEachPrediction({ record in
                count += 1
                if count > 1 {
                    onProblem(Diagnostic(.error, "a file of a prediction folder holds one prediction; this is the second", at: record.location))
                    return
                }
                if record.prediction.id != fileID {
                    onProblem(Diagnostic(.error, "the id '\(record.prediction.id)' differs from the file name '\(name)'",
                                         at: record.location.shifted(by: JSONParser.location(of: "id", in: record.jsonText))))
                    return
                }
                try body(record)
            }, onProblem: { diagnostic in
                var diagnostic = diagnostic
                diagnostic.location.path = path
                onProblem(diagnostic)
            })
        }
    }

    // MARK: - Decoding one object

    /// Decodes one JSON text, reporting a problem at the offending key's line and column.
    private func decode(_ text: String, at location: SourceLocation, onProblem: (Diagnostic) -> Void) -> PredictionRecord? {
        do {
            let prediction = try Prediction(jsonText: text, defaultID: defaultID)
            return PredictionRecord(prediction: prediction, location: location, jsonText: text)
        } catch {
            var message = error.description
            let position: (line: Int, column: Int)?
            if error.path.isEmpty, text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("[") {
                message = "a JSON array is not a prediction: write one JSON object per line (JSON Lines)"
            }
            if let syntax = error.syntaxError {
                position = (syntax.line, syntax.column)
            } else {
                position = JSONParser.location(of: error.path, in: text)
            }
            onProblem(Diagnostic(.error, message, at: location.shifted(by: position)))
            return nil
        }
    }

    private static func isCompleteJSON(_ text: String) -> Bool {
        (try? JSONParser.parse(text)) != nil
    }
}

extension SourceLocation {
    /// This location (the start of a JSON text) moved to `position` inside that text.
    package func shifted(by position: (line: Int, column: Int)?) -> SourceLocation {
        guard let position, let line else { return self }
        var result = self
        result.line = line + position.line - 1
        result.column = position.line == 1 ? (column ?? 1) + position.column - 1 : position.column
        return result
    }
}
