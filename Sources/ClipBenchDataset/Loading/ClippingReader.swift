import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClipBenchCore

/// The one reader of clippings and seeds: every command reads a text file it will score,
/// extract, annotate or show through these rules (``SeedLoader`` words them for a dataset's seeds).
///
/// The rules, in the order they are checked:
/// 1. the path is a file: not missing, not a folder, not a device (`/dev/zero` would never end);
/// 2. it holds at most ``maximumByteCount`` bytes (16 MiB), read with one bounded read;
/// 3. it holds no NUL byte (a binary file);
/// 4. it is valid UTF-8;
/// 5. nothing is changed: a leading byte order mark and every line ending are kept, so offsets
///    count every scalar from the very start of the file.
///
/// ```swift
/// let text = try ClippingReader.read(URL(fileURLWithPath: "seeds/002_545d3a95fd3ea7b3.txt"))
/// ```
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
            throw ClippingReadError(path: path, message: error.exceedsLimit ? error.message + Self.limitName : error.message)
        }
    }

    /// The bytes of standard input, at most ``maximumByteCount``: an endless stream (`yes |`) is
    /// refused once past the limit instead of filling memory.
    public static func readStandardInput() throws(ClippingReadError) -> Data {
        do {
            return try BoundedFileReader.read(descriptor: 0, limit: maximumByteCount)
        } catch {
            throw ClippingReadError(path: "<stdin>", message: error.exceedsLimit ? error.message + Self.limitName : error.message)
        }
    }

    /// Names the limit a too-large clipping went past, as every limit's diagnostic does.
    static let limitName = " for a clipping (InputLimits.clippingBytes; no option raises it)"

    /// The text of `data`, or an error naming `path`.
    public static func decode(_ data: Data, path: String) throws(ClippingReadError) -> SeedText {
        switch text(of: data) {
        case .success(let text): return text
        case .failure(.nulByte(let offset)):
            throw ClippingReadError(path: path, message: "is a binary file, not text (a NUL byte at byte \(offset))")
        case .failure(.invalidUTF8(let offset)):
            throw ClippingReadError(path: path, message: "is not UTF-8 text (invalid byte sequence at byte \(offset))")
        }
    }

    /// What makes bytes not a clipping's text; offsets count bytes from the start of the data.
    public enum TextProblem: Error, Sendable, Hashable {
        /// A NUL byte: a binary file (checked first, so a binary file is never called bad UTF-8).
        case nulByte(offset: Int)
        /// Not valid UTF-8 from this byte on.
        case invalidUTF8(offset: Int)
    }

    /// The text of `data` under the rules every reader of clippings and seeds shares, or the first
    /// rule it breaks; ``decode(_:path:)`` and ``SeedLoader`` word the problem for their callers.
    public static func text(of data: Data) -> Result<SeedText, TextProblem> {
        // On the contiguous bytes: `Data`'s own byte-by-byte search and iteration pay an
        // exclusivity check per byte (13 % of a warm `score` before this).
        let decoded: String?? = data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil { return .none }
            // Not String(data:encoding:), which drops a leading byte order mark and so would shift
            // every offset by one: offsets count scalars from the very start of the file.
            return .some(String(validating: bytes, as: UTF8.self))
        }
        guard let validated = decoded else {
            return .failure(.nulByte(offset: (data.firstIndex(of: 0) ?? data.startIndex) - data.startIndex))
        }
        guard let string = validated else {
            return .failure(.invalidUTF8(offset: UTF8Validation.firstInvalidOffset(in: data) ?? 0))
        }
        return .success(SeedText(string))
    }
}
