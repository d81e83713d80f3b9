import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: a temporary file in the same folder, then a rename (or a hard link
/// when the file must not be overwritten), so a reader never sees half a file.
///
/// ```swift
/// try AtomicFileWriter.write(Data("x\n".utf8), to: url, replacing: true)
/// ```
public enum AtomicFileWriter {
    /// Why a write failed.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// Writes `data` to `url`. With `replacing` false, an existing file is an error and is left alone.
    public static func write(_ data: Data, to url: URL, replacing: Bool) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let path = DatasetLayout.displayPath(url)
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw Failure(path: path, message: "cannot write (\((error as NSError).localizedDescription))")
        }
        defer { unlink(temporary.path) }
        if replacing {
            guard rename(temporary.path, url.path) == 0 else {
                throw Failure(path: path, message: "cannot write (\(String(cString: strerror(errno))))")
            }
        } else {
            // link() fails when the name exists: no window in which another writer could be overwritten.
            guard link(temporary.path, url.path) == 0 else {
                let reason = errno == EEXIST ? "already exists; not overwritten" : "cannot write (\(String(cString: strerror(errno))))"
                throw Failure(path: path, message: reason)
            }
        }
    }
}
