import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: a temporary file in the same folder, then one rename, so a reader
/// never sees half a file and a failed write leaves the old file untouched.
///
/// Without `replacing`, an existing file is never overwritten: the temporary file is hard-linked
/// to the target name, which fails if the name exists, so a file created meanwhile is safe too.
///
/// ```swift
/// try AtomicFileWriter.write(Data("x\n".utf8), to: url, replacing: false)
/// ```
public enum AtomicFileWriter {
    /// Why a write failed; `alreadyExists` lets a command suggest its `--force` flag.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var alreadyExists: Bool

        public var description: String { "\(path): \(message)" }
    }

    /// Writes `text` as UTF-8; see ``write(_:to:replacing:)-(Data,_,_)``.
    public static func write(_ text: String, to url: URL, replacing: Bool) throws(Failure) {
        try write(Data(text.utf8), to: url, replacing: replacing)
    }

    /// Writes `data` to `url`, replacing an existing file (keeping its permissions) only when `replacing`.
    public static func write(_ data: Data, to target: URL, replacing: Bool) throws(Failure) {
        let manager = FileManager.default
        let path = DisplayPath.of(target)
        // Through a symbolic link, the file it points to is the one written (as an editor does):
        // renaming over the link would leave the real file as it was, and copy the link's 0777 mode.
        let url = followingLinks(target)
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: url.path, isDirectory: &isFolder)
        if exists, isFolder.boolValue {
            throw Failure(path: path, message: "is a folder, not a file", alreadyExists: true)
        }
        // A device or FIFO (`-o /dev/null`, `-o /dev/stdout`) is written into, never renamed over:
        // renaming would put a regular file in its place.
        if exists, isStream(url) {
            try writeInPlace(data, to: url, path: path)
            return
        }
        if exists, !replacing {
            throw Failure(path: path, message: "already exists; not overwritten", alreadyExists: true)
        }
        let folder = url.deletingLastPathComponent()
        var folderIsFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &folderIsFolder), folderIsFolder.boolValue else {
            throw Failure(path: path, message: "cannot write: the folder \(DisplayPath.of(folder)) does not exist", alreadyExists: false)
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp")
        try writeNewFile(data, at: temporary, path: path)
        defer { unlink(temporary.path) }
        if exists, let permissions = (try? manager.attributesOfItem(atPath: url.path))?[.posixPermissions] {
            try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        try publish(temporary, as: url, replacing: replacing, path: path)
    }

    /// Gives the written `temporary` file the name `url`: a rename when `replacing`, else a hard
    /// link, which fails when the name exists, so a file created since the check is never overwritten.
    package static func publish(_ temporary: URL, as url: URL, replacing: Bool, path: String) throws(Failure) {
        var status = replacing ? rename(temporary.path, url.path) : link(temporary.path, url.path)
        // Some file systems have no hard links; there, fall back to rename after the check above.
        if status != 0, !replacing, errno != EEXIST, !FileManager.default.fileExists(atPath: url.path) {
            status = rename(temporary.path, url.path)
        }
        guard status == 0 else {
            let code = errno
            if code == EEXIST { throw Failure(path: path, message: "already exists; not overwritten", alreadyExists: true) }
            throw Failure(path: path, message: "cannot write (\(String(cString: strerror(code))))", alreadyExists: false)
        }
    }

    /// `url` with its symbolic links followed, including a dangling one: writing through a link to a
    /// file not made yet creates that file (as an editor does) instead of replacing the link.
    private static func followingLinks(_ url: URL) -> URL {
        var current = url
        // A bound, so a loop of links (a → b → a) ends; the write then fails on the name.
        for _ in 0..<32 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else { break }
            current = destination.hasPrefix("/")
                ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appendingPathComponent(destination)
        }
        return current.resolvingSymlinksInPath()
    }

    /// Whether `url` (after symbolic links) is a character device, FIFO or socket.
    private static func isStream(_ url: URL) -> Bool {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK
    }

    /// Creates the file `url`, which must not exist, and writes all of `data` to it.
    private static func writeNewFile(_ data: Data, at url: URL, path: String) throws(Failure) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw writeFailure(path: path, code: errno) }
        let code = writeAll(data, to: descriptor)
        let closed = close(descriptor) == 0 ? 0 : errno
        if let failure = code ?? (closed == 0 ? nil : closed) {
            unlink(url.path)
            throw writeFailure(path: path, code: failure)
        }
    }

    /// Writes `data` into the existing device or FIFO `url`.
    private static func writeInPlace(_ data: Data, to url: URL, path: String) throws(Failure) {
        let descriptor = open(url.path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw writeFailure(path: path, code: errno) }
        defer { close(descriptor) }
        if let code = writeAll(data, to: descriptor) { throw writeFailure(path: path, code: code) }
    }

    /// Writes all of `data` to `descriptor`; the `errno` of a failed write, or nil.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var written = 0
            while written < buffer.count {
                #if canImport(Glibc)
                let result = Glibc.write(descriptor, base + written, buffer.count - written)
                #else
                let result = Darwin.write(descriptor, base + written, buffer.count - written)
                #endif
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
    }

    private static func writeFailure(path: String, code: Int32) -> Failure {
        Failure(path: path, message: "cannot write (\(String(cString: strerror(code))))", alreadyExists: false)
    }
}
