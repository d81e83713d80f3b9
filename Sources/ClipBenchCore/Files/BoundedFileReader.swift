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
/// ```swift
/// let data = try BoundedFileReader.read(URL(fileURLWithPath: "clip.txt"), limit: 16 << 20)
/// ```
///
/// - Complexity: O(n) in the bytes read, at most `limit + 1`.
public enum BoundedFileReader {
    /// Why a file could not be read, worded to follow its path: "is a folder, not a file".
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
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
        default: break
        }
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
            if data.count > limit {
                throw Failure(message: "is larger than the limit of \(limit) bytes" + (limit >= 1 << 20 ? " (\(limit >> 20) MiB)" : ""))
            }
        }
    }
}
