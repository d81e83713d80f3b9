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
    public static func write(_ data: Data, to url: URL, replacing: Bool) throws(Failure) {
        let manager = FileManager.default
        let path = DatasetLayout.displayPath(url)
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: url.path, isDirectory: &isFolder)
        if exists, isFolder.boolValue {
            throw Failure(path: path, message: "is a folder, not a file", alreadyExists: true)
        }
        if exists, !replacing {
            throw Failure(path: path, message: "already exists; not overwritten", alreadyExists: true)
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw Failure(path: path, message: "cannot write (\((error as NSError).localizedDescription))", alreadyExists: false)
        }
        defer { unlink(temporary.path) }
        if exists, let permissions = (try? manager.attributesOfItem(atPath: url.path))?[.posixPermissions] {
            try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        var status = replacing ? rename(temporary.path, url.path) : link(temporary.path, url.path)
        // Some file systems have no hard links; there, fall back to rename after the check above.
        if status != 0, !replacing, errno != EEXIST, !manager.fileExists(atPath: url.path) {
            status = rename(temporary.path, url.path)
        }
        guard status == 0 else {
            let code = errno
            if code == EEXIST { throw Failure(path: path, message: "already exists; not overwritten", alreadyExists: true) }
            throw Failure(path: path, message: "cannot write (\(String(cString: strerror(code))))", alreadyExists: false)
        }
    }
}
