import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or standard error, written with `write(2)` so a failed write is an error
/// the caller sees, not a trap.
///
/// `FileHandle.standardOutput.write(_:)` traps on a write error (a full disk, a closed pipe when
/// SIGPIPE is ignored), and `print` drops the error silently; this reports both.
///
/// ```swift
/// do { try StandardStream.output.write("{\"id\": \"x\"}\n") }
/// catch where error.isBrokenPipe { /* the reader went away: stop quietly */ }
/// catch { print("cannot write: \(error.reason)") }
/// ```
///
/// - Complexity: O(n) in the bytes written.
public enum StandardStream: Sendable {
    case output
    case error

    /// Why a write failed.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The `errno` of the failed write.
        public var code: Int32
        /// The system's wording of `code`, e.g. "No space left on device".
        public var reason: String { String(cString: strerror(code)) }
        /// Whether the reader closed its end (`EPIPE`), as `head -1` does.
        public var isBrokenPipe: Bool { code == EPIPE }
        public var description: String { reason }

        package init(code: Int32) { self.code = code }
    }

    /// The stream's file descriptor.
    public var descriptor: Int32 {
        switch self {
        case .output: STDOUT_FILENO
        case .error: STDERR_FILENO
        }
    }

    /// Writes all of `text` as UTF-8, retrying short and interrupted writes.
    ///
    /// - Throws: ``Failure`` with the `errno` of the first write that fails.
    public func write(_ text: String) throws(Failure) {
        try Self.write(text, to: descriptor)
    }

    /// Writes all of `text` as UTF-8 to `descriptor`; what ``write(_:)`` does on its stream.
    package static func write(_ text: String, to descriptor: Int32) throws(Failure) {
        var bytes = Array(text.utf8)
        let count = bytes.count
        var written = 0
        let failure: Int32? = bytes.withUnsafeMutableBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            while written < count {
                let result = systemWrite(descriptor, base + written, count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
        if let failure { throw Failure(code: failure) }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
