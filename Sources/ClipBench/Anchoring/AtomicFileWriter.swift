import Foundation

/// Writes a file atomically: a temporary file in the same folder, then a rename over the target,
/// so a reader never sees half a file and a failed write leaves the old one untouched.
///
/// ```swift
/// try AtomicFileWriter.write(Data(text.utf8), to: url)
/// ```
public enum AtomicFileWriter {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Replaces (or creates) `url` with `data`, keeping the old file's permissions.
    public static func write(_ data: Data, to url: URL) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let manager = FileManager.default
        let permissions = (try? manager.attributesOfItem(atPath: url.path))?[.posixPermissions]
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
            if let permissions { try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path) }
        } catch {
            try? manager.removeItem(at: temporary)
            throw Failure(description: "cannot write \(temporary.path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw Failure(description: "cannot replace \(url.path): \(reason)")
        }
    }
}
