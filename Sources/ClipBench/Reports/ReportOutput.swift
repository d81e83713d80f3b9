import Foundation

/// Writes a report to a file atomically, or to standard output.
///
/// The file is written to a temporary name in the same folder and renamed over the target,
/// so a reader never sees half a report. An existing file is replaced only when `force` is set.
///
/// ```swift
/// try ReportOutput.write("{…}\n", to: URL(fileURLWithPath: "report.json"), force: false)
/// ```
public enum ReportOutput {
    /// Why a report could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to `url` atomically.
    ///
    /// - Throws: ``Failure`` when the file exists and `force` is false, or when writing fails.
    public static func write(_ text: String, to url: URL, force: Bool) throws(Failure) {
        try write(Data(text.utf8), to: url, force: force)
    }

    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL, force: Bool) throws(Failure) {
        let manager = FileManager.default
        let path = DatasetLayout.displayPath(url)
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw Failure(description: "\(path) is a folder") }
            if !force { throw Failure(description: "\(path) already exists; pass --force to overwrite it") }
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw Failure(description: "cannot write \(path): \((error as NSError).localizedDescription)")
        }
        defer { try? manager.removeItem(at: temporary) }
        // rename(2) replaces the target in one step; without --force, link(2) refuses an
        // existing target, so a file created meanwhile is not clobbered either.
        // Some file systems have no hard links; there, fall back to rename after the check above.
        var status: Int32 = force ? rename(temporary.path, url.path) : link(temporary.path, url.path)
        if status != 0, !force, errno != EEXIST, !manager.fileExists(atPath: url.path) {
            status = rename(temporary.path, url.path)
        }
        if status != 0 {
            let code = errno
            if code == EEXIST { throw Failure(description: "\(path) already exists; pass --force to overwrite it") }
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(code)))")
        }
    }
}
