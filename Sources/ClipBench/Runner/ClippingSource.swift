import Foundation

/// A clipping to process: its id and the file that holds it.
///
/// Commands accept either seed ids (looked up in `seeds/`) or paths to text files; a file's id
/// is its name without the `.txt` extension.
///
/// ```swift
/// let source = try ClippingSource.resolve("000_fafa66e8a14f78c9", in: layout)   // seeds/000_….txt
/// let other = try ClippingSource.resolve("~/clip.txt", in: layout)               // id "clip"
/// ```
public struct ClippingSource: Sendable, Hashable {
    public var id: String
    public var url: URL

    public init(id: String, url: URL) {
        self.id = id
        self.url = url
    }

    /// Every seed of the dataset, sorted by id.
    public static func allSeeds(in layout: DatasetLayout) -> [ClippingSource] {
        layout.seedIDs().map { ClippingSource(id: $0, url: layout.seedURL(for: $0)) }
    }

    /// The clipping an argument names: an existing file, else a seed id.
    public static func resolve(_ argument: String, in layout: DatasetLayout) throws(ClippingReadError) -> ClippingSource {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) {
            let url = URL(fileURLWithPath: argument)
            if isFolder.boolValue { throw ClippingReadError(path: argument, message: "is a folder, not a clipping file") }
            let name = url.lastPathComponent
            let id = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
            return ClippingSource(id: id, url: url)
        }
        if ClippingID.problem(with: argument) == nil {
            let url = layout.seedURL(for: argument)
            if FileManager.default.fileExists(atPath: url.path) { return ClippingSource(id: argument, url: url) }
        }
        throw ClippingReadError(path: argument, message: "no such file, and no seed with this id in \(DatasetLayout.displayPath(layout.seedsFolder))")
    }
}

/// Why a clipping could not be read; `path` names the file.
public struct ClippingReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }

    /// The error as a diagnostic for `DiagnosticPrinter`.
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: SourceLocation(path: path)) }
}

/// Reads a clipping file as UTF-8 text, refusing binary and non-UTF-8 files with a clear message.
public enum ClippingReader {
    /// The text of the file at `url`, unchanged.
    ///
    /// - Throws: ``ClippingReadError`` when the file cannot be read, holds a NUL byte (binary),
    ///   or is not valid UTF-8.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ url: URL) throws(ClippingReadError) -> SeedText {
        let path = DatasetLayout.displayPath(url)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ClippingReadError(path: path, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        return try decode(data, path: path)
    }

    /// The text of `data`, or an error naming `path`.
    public static func decode(_ data: Data, path: String) throws(ClippingReadError) -> SeedText {
        if let nul = data.firstIndex(of: 0) {
            throw ClippingReadError(path: path, message: "is a binary file, not text (a NUL byte at byte \(nul - data.startIndex))")
        }
        guard let string = String(data: data, encoding: .utf8) else {
            throw ClippingReadError(path: path, message: "is not UTF-8 text (invalid byte sequence at byte \(firstInvalidByte(in: data)))")
        }
        return SeedText(string)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidByte(in data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            var valid = true
            for offset in 1..<max(1, length) where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
            if !valid { return index }
            index += length
        }
        return index
    }
}
