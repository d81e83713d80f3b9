import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file, up to a size limit, with a plain reason when it cannot: a folder, a
/// device such as `/dev/zero` (which would never end), a file over the limit, or the system's
/// own words (`Permission denied`). A FIFO or process substitution (`<(…)`) is read like a file.
///
/// A regular file's size is checked before a single byte is read, so a sparse 200 MB file costs
/// one `fstat`; a stream (FIFO, standard input) is read up to `limit + 1` bytes and then refused.
///
/// ```swift
/// let data = try BoundedFileReader.read(URL(fileURLWithPath: "clip.txt"), limit: 16 << 20)
/// ```
///
/// - Complexity: O(n) in the bytes read, at most `limit + 1`.
public enum BoundedFileReader {
    /// Why a file could not be read, worded to follow its path: "is a folder, not a file".
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        /// Whether the file was refused for being over the limit (so a caller can name its option).
        public var exceedsLimit = false
        public var description: String { message }

        public init(message: String, exceedsLimit: Bool = false) {
            self.message = message
            self.exceedsLimit = exceedsLimit
        }
    }

    /// The bytes of the file at `url`.
    ///
    /// - Throws: ``Failure`` when the file is missing, unreadable, a folder or a device, or holds
    ///   more than `limit` bytes.
    public static func read(_ url: URL, limit: Int) throws(Failure) -> Data {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw Failure(message: code == ENOENT ? "does not exist" : "cannot be read (\(String(cString: strerror(code))))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Failure(message: "cannot be read (\(String(cString: strerror(errno))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw Failure(message: "is a folder, not a file")
        case S_IFCHR, S_IFBLK: throw Failure(message: "is a device, not a file")
        case S_IFREG where status.st_size > limit: throw tooLarge(limit)
        default: break
        }
        return try readAll(descriptor, limit: limit)
    }

    /// The bytes of the regular file at `url`, at most `limit`, or nil: for a file the program
    /// keeps for itself (a gold cache entry) that anyone may have replaced. A symbolic link is not
    /// followed and a FIFO, device or folder is refused without waiting on it, so a planted link or
    /// pipe costs one failed `open`; a file over `limit` costs one `fstat`.
    ///
    /// ```swift
    /// let entry = BoundedFileReader.regularFileContents(of: url, limit: InputLimits.goldCacheEntryBytes)
    /// ```
    ///
    /// - Complexity: O(n) in the bytes read, at most `limit`.
    public static func regularFileContents(of url: URL, limit: Int) -> Data? {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size <= limit else { return nil }
        return try? readAll(descriptor, limit: limit)
    }

    /// The bytes of the file at `url`, or nil when ``read(_:limit:)`` would throw: for a caller
    /// (a fingerprint) whose loader reports the problem itself.
    public static func contents(of url: URL, limit: Int) -> Data? {
        try? read(url, limit: limit)
    }

    /// The bytes left in the open `descriptor` (standard input, a pipe), at most `limit`.
    ///
    /// - Throws: ``Failure`` on a read error or past `limit` bytes; the descriptor is not closed.
    public static func read(descriptor: Int32, limit: Int) throws(Failure) -> Data {
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
           status.st_size - lseek(descriptor, 0, SEEK_CUR) > limit {
            throw tooLarge(limit)
        }
        return try readAll(descriptor, limit: limit)
    }

    private static func tooLarge(_ limit: Int) -> Failure {
        Failure(message: "is larger than the limit of \(limit) bytes" + (limit >= 1 << 20 ? " (\(limit >> 20) MiB)" : ""),
                exceedsLimit: true)
    }

    private static func readAll(_ descriptor: Int32, limit: Int) throws(Failure) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
            if data.count > limit { throw tooLarge(limit) }
        }
    }
}
