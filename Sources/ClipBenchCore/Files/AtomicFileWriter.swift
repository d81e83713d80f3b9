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
        do {
            try write(to: target, replacing: replacing) { file throws(Failure) in try file.write(data) }
        } catch let failure as Failure {
            throw failure
        } catch {
            // Not reached: the only producer above throws the writer's own failures.
            throw Failure(path: DisplayPath.of(target), message: "cannot write (\(error))", alreadyExists: false)
        }
    }

    /// Writes `data` as the file named `url`, whatever the name held: for files the program keeps
    /// for itself (a gold cache entry). Unlike ``write(_:to:replacing:)-(Data,_,_)``, a symbolic
    /// link or a FIFO at `url` is replaced by the new file (renamed over, never followed or written
    /// into), so a planted link cannot redirect the write and a planted pipe cannot block it.
    ///
    /// ```swift
    /// try AtomicFileWriter.writeReplacingName(entry, to: cacheFolder.appendingPathComponent(name))
    /// ```
    ///
    /// - Complexity: O(n) in the bytes written.
    /// - Throws: ``Failure`` when the folder does not exist or the file cannot be written.
    public static func writeReplacingName(_ data: Data, to url: URL) throws(Failure) {
        let path = DisplayPath.of(url)
        let temporary = try TemporaryFile(in: url.deletingLastPathComponent(), for: url, path: path)
        defer { temporary.discard() }
        let file = StreamedFile(descriptor: temporary.descriptor, path: path)
        try file.write(data)
        try file.flush()
        try temporary.publish(as: url, replacing: true, path: path)
    }

    /// Writes what `produce` gives, piece by piece, into a temporary file beside `target`, which is
    /// then renamed to `target`: the same rules as ``write(_:to:replacing:)-(Data,_,_)``, without
    /// ever holding the whole text. An existing `target` is refused before `produce` runs (unless
    /// `replacing`) and again when the file gets its name.
    ///
    /// On Linux the temporary file has no name until it is complete (`O_TMPFILE`), so a failure,
    /// a crash or an interrupt leaves nothing behind; elsewhere it is a hidden `.NAME.PID.….tmp`,
    /// removed when `produce` or the write fails.
    ///
    /// ```swift
    /// try AtomicFileWriter.write(to: url, replacing: false) { file in
    ///     for row in rows { try file.write(row + "\n") }
    /// }
    /// ```
    ///
    /// - Complexity: O(n) in the bytes written; memory O(1) beyond what `produce` holds (a 64 KiB buffer).
    /// - Throws: ``Failure`` when the file cannot be written, or whatever `produce` throws (then
    ///   nothing is written).
    public static func write(to target: URL, replacing: Bool, _ produce: (StreamedFile) throws -> Void) throws {
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
            let descriptor = open(url.path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw writeFailure(path: path, code: errno) }
            defer { close(descriptor) }
            let file = StreamedFile(descriptor: descriptor, path: path)
            try produce(file)
            try file.flush()
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
        let temporary = try TemporaryFile(in: folder, for: url, path: path)
        defer { temporary.discard() }
        let file = StreamedFile(descriptor: temporary.descriptor, path: path)
        try produce(file)
        try file.flush()
        if exists, let permissions = (try? manager.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int {
            _ = fchmod(temporary.descriptor, mode_t(permissions))
        }
        try temporary.publish(as: url, replacing: replacing, path: path)
    }

    /// The file a streamed write fills: each piece is buffered and written in 64 KiB blocks.
    public final class StreamedFile {
        private let descriptor: Int32
        private let path: String
        private var buffer: [UInt8] = []
        private static let blockSize = 1 << 16

        fileprivate init(descriptor: Int32, path: String) {
            self.descriptor = descriptor
            self.path = path
            buffer.reserveCapacity(Self.blockSize)
        }

        /// Appends `text` as UTF-8.
        public func write(_ text: String) throws(Failure) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= Self.blockSize { try flush() }
        }

        /// Appends `data`.
        public func write(_ data: Data) throws(Failure) {
            if data.count >= Self.blockSize {
                try flush()
                if let code = AtomicFileWriter.writeAll(data, to: descriptor) { throw AtomicFileWriter.writeFailure(path: path, code: code) }
                return
            }
            buffer.append(contentsOf: data)
            if buffer.count >= Self.blockSize { try flush() }
        }

        fileprivate func flush() throws(Failure) {
            guard !buffer.isEmpty else { return }
            let code = buffer.withUnsafeBytes { AtomicFileWriter.writeAll($0, to: descriptor) }
            buffer.removeAll(keepingCapacity: true)
            if let code { throw AtomicFileWriter.writeFailure(path: path, code: code) }
        }
    }

    /// The file being written before it gets its name: unnamed (`O_TMPFILE`) where the system
    /// has it, else a hidden name beside the target.
    private final class TemporaryFile {
        let descriptor: Int32
        /// The temporary name, or nil for an unnamed file.
        let name: String?
        private var isOpen = true

        init(in folder: URL, for url: URL, path: String) throws(Failure) {
            #if os(Linux)
            // O_TMPFILE is a compound macro Swift does not import; its value on Linux.
            let unnamedFile: Int32 = 0o20000000 | O_DIRECTORY
            if access("/proc/self/fd", X_OK) == 0 {
                let descriptor = open(folder.path, unnamedFile | O_WRONLY | O_CLOEXEC, 0o666)
                if descriptor >= 0 {
                    self.descriptor = descriptor
                    self.name = nil
                    return
                }
                // Any other error (no permission) would hit the named file too: say it now.
                guard [EOPNOTSUPP, EISDIR, EINVAL, ENOENT].contains(errno) else { throw AtomicFileWriter.writeFailure(path: path, code: errno) }
            }
            #endif
            let name = AtomicFileWriter.temporaryName(in: folder, for: url)
            let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw AtomicFileWriter.writeFailure(path: path, code: errno) }
            self.descriptor = descriptor
            self.name = name
        }

        /// Closes the file (if still open) and removes its temporary name, if it still has one.
        func discard() {
            if isOpen { close(descriptor) }
            isOpen = false
            if let name { unlink(name) }
        }

        /// Gives the complete file the name `url` (see ``AtomicFileWriter/publish(_:as:replacing:path:)``).
        func publish(as url: URL, replacing: Bool, path: String) throws(Failure) {
            if let name {
                // Closed first: some file systems report a failed write only when the file is closed.
                isOpen = false
                if close(descriptor) != 0, errno != EINTR { throw AtomicFileWriter.writeFailure(path: path, code: errno) }
                try AtomicFileWriter.publish(URL(fileURLWithPath: name), as: url, replacing: replacing, path: path)
                return
            }
            let handle = "/proc/self/fd/\(descriptor)"
            guard replacing else {
                // A hard link fails when the name exists: a file created since the check is kept.
                guard linkat(AT_FDCWD, handle, AT_FDCWD, url.path, AT_SYMLINK_FOLLOW) == 0 else {
                    if errno == EEXIST { throw Failure(path: path, message: "already exists; not overwritten", alreadyExists: true) }
                    throw AtomicFileWriter.writeFailure(path: path, code: errno)
                }
                return
            }
            // Replacing: a name for a moment, then one rename over the old file.
            let name = AtomicFileWriter.temporaryName(in: url.deletingLastPathComponent(), for: url)
            guard linkat(AT_FDCWD, handle, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else { throw AtomicFileWriter.writeFailure(path: path, code: errno) }
            defer { unlink(name) }
            try AtomicFileWriter.publish(URL(fileURLWithPath: name), as: url, replacing: true, path: path)
        }
    }

    /// A hidden name beside `url` that no other writer uses: `.NAME.PID.RANDOM.tmp`.
    private static func temporaryName(in folder: URL, for url: URL) -> String {
        folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp").path
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

    /// Writes all of `data` to `descriptor`; the `errno` of a failed write, or nil.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes all of `buffer` to `descriptor`; the `errno` of a failed write, or nil.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
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

    private static func writeFailure(path: String, code: Int32) -> Failure {
        Failure(path: path, message: "cannot write (\(String(cString: strerror(code))))", alreadyExists: false)
    }
}
