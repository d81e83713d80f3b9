import Foundation
import ClipBenchCore

/// Reads a clipping file as UTF-8 text, refusing binary and non-UTF-8 files with a clear message.
public enum ClippingReader {
    /// The text of the file at `url`, unchanged.
    ///
    /// - Throws: ``ClippingReadError`` when the file cannot be read, holds a NUL byte (binary),
    ///   or is not valid UTF-8.
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ url: URL) throws(ClippingReadError) -> SeedText {
        let path = DisplayPath.of(url)
        return try decode(readBytes(url, path: path), path: path)
    }

    /// The largest clipping read: 16 MiB, hundreds of times a news page, so `/dev/zero` or a
    /// runaway file is refused instead of read for ever.
    public static let maximumByteCount = InputLimits.clippingBytes

    /// The bytes of the clipping file at `url`, at most ``maximumByteCount``.
    ///
    /// - Throws: ``ClippingReadError`` naming `path` when the file is missing, unreadable, a
    ///   folder, a device or too large.
    public static func readBytes(_ url: URL, path: String) throws(ClippingReadError) -> Data {
        do {
            return try BoundedFileReader.read(url, limit: maximumByteCount)
        } catch {
            throw ClippingReadError(path: path, message: error.message)
        }
    }

    /// The bytes of standard input, at most ``maximumByteCount``: an endless stream (`yes |`) is
    /// refused once past the limit instead of filling memory.
    public static func readStandardInput() throws(ClippingReadError) -> Data {
        do {
            return try BoundedFileReader.read(descriptor: 0, limit: maximumByteCount)
        } catch {
            throw ClippingReadError(path: "<stdin>", message: error.message)
        }
    }

    /// The text of `data`, or an error naming `path`.
    public static func decode(_ data: Data, path: String) throws(ClippingReadError) -> SeedText {
        if let nul = data.firstIndex(of: 0) {
            throw ClippingReadError(path: path, message: "is a binary file, not text (a NUL byte at byte \(nul - data.startIndex))")
        }
        // Not String(data:encoding:), which drops a leading byte order mark and so would shift
        // every offset by one: offsets count scalars from the very start of the file.
        guard let string = String(validating: data, as: UTF8.self) else {
            throw ClippingReadError(path: path, message: "is not UTF-8 text (invalid byte sequence at byte \(UTF8Validation.firstInvalidOffset(in: data) ?? 0))")
        }
        return SeedText(string)
    }
}
