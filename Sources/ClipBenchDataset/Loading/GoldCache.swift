import Foundation
import ClipBenchCore
import ClipBenchModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Clippings that loaded and validated, kept on disk so the next run reads them back instead of
/// parsing and validating the YAML again (``GoldLoader`` uses it when given one).
///
/// An entry is named by a SHA-256 over everything its content depends on: the cache format, the
/// tool's version, the running executable (size, modification time, inode and device), the
/// clipping id and the exact bytes of its annotation and seed. A changed file, id or binary
/// therefore looks up another name: nothing is ever invalidated, and a stale entry is never
/// read. An entry is used only when it decodes (``GoldCacheEntry``), names its own key, its
/// checksum holds and its annotation fits its seed (its id, and every span inside the seed with
/// the seed's text); anything else is a miss, loaded in full and written again.
///
/// The folder is `$CLIPBENCH_CACHE_DIR`, else `$XDG_CACHE_HOME/clipbench`, else
/// `~/.cache/clipbench`, never inside the dataset; entries live in `gold-v1/XX/KEY` (XX: the
/// key's first two hexadecimal digits). A folder that cannot be made or written is skipped
/// (`onProblem` hears it once): the cache only ever saves time, it never changes or fails a run.
///
/// ```swift
/// let cache = GoldCache.standard()   // nil under CLIPBENCH_NO_CACHE=1
/// let gold = GoldLoader(layout: layout, cache: cache)
/// gold.clipping(id: id)               // a hit after the first run
/// ```
///
/// - Complexity: a lookup hashes the annotation and seed once and reads one entry: O(their size).
public struct GoldCache: Sendable {
    /// The version of the cache's layout and key; the entries' folder is named by it.
    public static let formatVersion = 1

    /// The folder of the entries: `ROOT/gold-v1`.
    public let folder: URL
    /// The tool version and executable identity mixed into every key.
    public let identity: String
    private let state: State

    /// A cache in `root` (its entries in `root/gold-v1`).
    ///
    /// - Parameters:
    ///   - identity: what names this build of the program (``executableIdentity()``); entries
    ///     written under another identity are never read.
    ///   - onProblem: told, once, why the folder cannot be written (a warning).
    public init(root: URL, identity: String, onProblem: (@Sendable (Diagnostic) -> Void)? = nil) {
        folder = root.appendingPathComponent("gold-v\(Self.formatVersion)", isDirectory: true)
        self.identity = identity
        state = State(onProblem: onProblem)
    }

    /// The cache of this user and program, or nil when `CLIPBENCH_NO_CACHE` is set (to anything
    /// but `0` or nothing), no folder can be named or the executable cannot be identified.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                onProblem: (@Sendable (Diagnostic) -> Void)? = nil) -> GoldCache? {
        if let disabled = environment["CLIPBENCH_NO_CACHE"], !disabled.isEmpty, disabled != "0" { return nil }
        guard let root = defaultRoot(environment: environment), let executable = executableIdentity() else { return nil }
        return GoldCache(root: root, identity: "\(ToolInfo.name) \(ToolInfo.version) \(executable)", onProblem: onProblem)
    }

    /// `$CLIPBENCH_CACHE_DIR`, else `$XDG_CACHE_HOME/clipbench` (an absolute path only, as the XDG
    /// rules say), else `$HOME/.cache/clipbench`; nil without any of them.
    public static func defaultRoot(environment: [String: String]) -> URL? {
        if let folder = environment["CLIPBENCH_CACHE_DIR"], !folder.isEmpty {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        if let folder = environment["XDG_CACHE_HOME"], folder.hasPrefix("/") {
            return URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("clipbench", isDirectory: true)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/clipbench", isDirectory: true)
        }
        return nil
    }

    /// The running executable's device, inode, size and modification time (nanoseconds), from
    /// `/proc/self/exe` (else the program's path): a rebuilt or replaced binary gets a new one.
    public static func executableIdentity() -> String? {
        var status = stat()
        var found = stat("/proc/self/exe", &status) == 0
        if !found, let path = Bundle.main.executablePath { found = stat(path, &status) == 0 }
        guard found else { return nil }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        return "\(status.st_dev):\(status.st_ino):\(status.st_size):\(modified.tv_sec).\(modified.tv_nsec)"
    }

    /// The name of one clipping's entry: a SHA-256 over the cache format, ``identity``, the id
    /// and the exact annotation and seed bytes, each with its byte count so the layout is unambiguous.
    public struct Key: Sendable, Hashable {
        public var digest: SHA256Hasher.Digest
    }

    /// The key of the clipping `id` whose files hold exactly these bytes.
    public func key(id: String, annotation: Data, seed: Data) -> Key {
        var hasher = SHA256Hasher()
        hasher.update("clipbench-gold-cache\n\(Self.formatVersion)\n\(identity)\n\(id.utf8.count)\n\(id)\n\(annotation.count)\n")
        annotation.withUnsafeBytes { hasher.update($0) }
        hasher.update("\n\(seed.count)\n")
        seed.withUnsafeBytes { hasher.update($0) }
        hasher.update("\n")
        return Key(digest: hasher.finalize())
    }

    /// Where the entry of `key` lives.
    public func entryURL(for key: Key) -> URL {
        let name = key.digest.hexadecimal
        return folder.appendingPathComponent(String(name.prefix(2)), isDirectory: true).appendingPathComponent(name)
    }

    /// The clipping `id` stored under `key`, with its seed text from `seed` (the bytes the key
    /// covers), or nil when there is no usable entry.
    ///
    /// - Complexity: O(size of the entry + size of the seed).
    public func clipping(for key: Key, id: String, seed: Data) -> GoldClipping? {
        guard let entry = BoundedFileReader.regularFileContents(of: entryURL(for: key), limit: InputLimits.goldCacheEntryBytes),
              let content = entry.withUnsafeBytes({ GoldCacheEntry.decode($0, key: key.digest.bytes) }),
              case .success(let text) = ClippingReader.text(of: seed),
              Self.fits(content.annotation, id: id, seed: text) else { return nil }
        return GoldClipping(annotation: content.annotation, notes: content.notes, seed: text)
    }

    /// Writes `clipping`'s entry under `key`, replacing whatever has that name; a failure is
    /// reported once through `onProblem` and otherwise ignored.
    public func store(_ clipping: GoldClipping, for key: Key) {
        let entry = GoldCacheEntry.encode(GoldCacheEntry.Content(annotation: clipping.annotation, notes: clipping.notes), key: key.digest.bytes)
        guard entry.count <= InputLimits.goldCacheEntryBytes, !state.isBroken else { return }
        let url = entryURL(for: key)
        let subfolder = url.deletingLastPathComponent()
        do {
            if !state.hasMade(subfolder.path) {
                try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
                state.made(subfolder.path)
            }
            try AtomicFileWriter.writeReplacingName(Data(entry), to: url)
        } catch let failure as AtomicFileWriter.Failure {
            state.fail(problem("the gold cache cannot be written (\(failure.message))"))
        } catch {
            state.fail(problem("the gold cache folder cannot be made (\(Self.reason(error)))"))
        }
    }

    /// Whether a decoded annotation belongs to the clipping `id` and every span lies inside the
    /// seed with the seed's own scalars: so even a forged entry cannot make a scorer index
    /// outside the text. (What validation checks beyond that is the entry writer's word, as the
    /// dataset's files are.)
    ///
    /// - Complexity: O(total length of the spans).
    public static func fits(_ annotation: Annotation, id: String, seed: SeedText) -> Bool {
        func fits(_ start: Int?, _ end: Int?, _ text: String) -> Bool {
            guard let start, let end, start >= 0, start <= end, end <= seed.count else { return false }
            return seed.hasScalars(of: text, in: start..<end)
        }
        guard annotation.id == id else { return false }
        if let evidence = annotation.published.evidence, !fits(evidence.start, evidence.end, evidence.text) { return false }
        return annotation.regions.allSatisfy { fits($0.span.start, $0.span.end, $0.span.text) }
            && annotation.entities.allSatisfy { fits($0.start, $0.end, $0.text) }
            && annotation.dates.allSatisfy { fits($0.start, $0.end, $0.text) }
    }

    /// The one warning a cache gives: why it is skipped, and how to turn it off.
    private func problem(_ what: String) -> Diagnostic {
        Diagnostic(.warning, "\(what); the gold is loaded in full instead (--no-cache or CLIPBENCH_NO_CACHE=1 turns the cache off)",
                   at: SourceLocation(path: DisplayPath.of(folder)))
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(code))) }
        return (error as NSError).localizedDescription
    }

    /// What a cache learns while it runs, shared by its copies: the subfolders it has made and
    /// whether writing failed (then it stops trying, and says so once).
    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var madeFolders: Set<String> = []
        private var broken = false
        private let onProblem: (@Sendable (Diagnostic) -> Void)?

        init(onProblem: (@Sendable (Diagnostic) -> Void)?) {
            self.onProblem = onProblem
        }

        var isBroken: Bool { lock.withLock { broken } }

        func hasMade(_ path: String) -> Bool { lock.withLock { madeFolders.contains(path) } }

        func made(_ path: String) { lock.withLock { _ = madeFolders.insert(path) } }

        func fail(_ problem: Diagnostic) {
            let isFirst = lock.withLock { () -> Bool in
                defer { broken = true }
                return !broken
            }
            if isFirst { onProblem?(problem) }
        }
    }
}
