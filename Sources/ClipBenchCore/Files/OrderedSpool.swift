import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pieces that arrive in any order (from several threads), kept on disk as they arrive, and read
/// back in the order of their index: what `clipbench run` holds its results in, so its memory
/// does not grow with the outputs of its extractors.
///
/// The spool is a file with no name (removed as soon as it is created), so nothing is left
/// behind whatever way the process ends; only the index of offsets stays in memory.
///
/// ```swift
/// let spool = try OrderedSpool(count: 2, in: folder)
/// spool.store("second\n", at: 1)
/// spool.store("first\n", at: 0)
/// try spool.copyInOrder { piece in try file.write(piece) }   // first, second
/// ```
///
/// - Complexity: ``store(_:at:)`` O(n) in the piece's bytes; ``copyInOrder(_:)`` O(total bytes);
///   memory O(count) for the index plus one piece at a time.
public final class OrderedSpool: @unchecked Sendable {
    /// Why the spool cannot be made, written or read: `path: message`.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    private let descriptor: Int32
    private let path: String
    private let lock = NSLock()
    private var end: Int64 = 0
    private var ranges: [(offset: Int64, length: Int)?]
    private var firstFailure: Failure?

    /// Makes an empty spool of `count` slots in `folder` (the output's folder, so it is on the
    /// same disk as the file it becomes).
    public init(count: Int, in folder: URL) throws(Failure) {
        let name = folder.appendingPathComponent(".clipbench-spool.\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8))").path
        path = DisplayPath.of(folder)
        let descriptor = open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(path: path, message: "cannot make a spool file (\(String(cString: strerror(errno))))") }
        // Unnamed from now on: the space is freed when the descriptor closes, however the process ends.
        unlink(name)
        self.descriptor = descriptor
        ranges = Array(repeating: nil, count: count)
    }

    deinit { close(descriptor) }

    /// Appends `piece` as the slot `index`; a failed write is kept and thrown by ``copyInOrder(_:)``.
    public func store(_ piece: String, at index: Int) {
        var bytes = Array(piece.utf8)
        lock.lock()
        defer { lock.unlock() }
        guard firstFailure == nil else { return }
        let offset = end
        var written = 0
        let count = bytes.count
        let code: Int32? = bytes.withUnsafeMutableBytes { buffer in
            while written < count {
                let result = pwrite(descriptor, buffer.baseAddress! + written, count - written, off_t(offset) + off_t(written))
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
        if let code {
            firstFailure = Failure(path: path, message: "cannot write the spool file (\(String(cString: strerror(code))))")
            return
        }
        end += Int64(count)
        ranges[index] = (offset, count)
    }

    /// Hands each stored piece to `write`, in the order of the slots (empty slots are skipped).
    ///
    /// - Throws: the spool's first failed write or read, or what `write` throws.
    public func copyInOrder(_ write: (Data) throws -> Void) throws {
        lock.lock()
        let ranges = ranges, failure = firstFailure
        lock.unlock()
        if let failure { throw failure }
        for case let (offset, length)? in ranges {
            var data = Data(count: length)
            let code: Int32? = data.withUnsafeMutableBytes { buffer in
                var done = 0
                while done < length {
                    let result = pread(descriptor, buffer.baseAddress! + done, length - done, off_t(offset) + off_t(done))
                    if result < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    if result == 0 { return EIO }
                    done += result
                }
                return nil
            }
            if let code { throw Failure(path: path, message: "cannot read the spool file (\(String(cString: strerror(code))))") }
            try write(data)
        }
    }
}
