/// The SHA-256 of a dataset's gold and seeds, as a whole and per file, so a changed file can be named.
public struct GateFingerprint: Sendable, Hashable {
    /// The combined hash, hex.
    public var sha256: String
    /// Each file's hash, hex, by its path relative to the dataset root (`seeds/x.txt`, `Annotations/x.yaml`).
    public var files: [String: String]

    public init(sha256: String, files: [String: String] = [:]) {
        self.sha256 = sha256
        self.files = files
    }

    /// How `current` differs from this pinned fingerprint, file by file; empty when the hashes agree.
    public func changes(to current: GateFingerprint) -> [GateFingerprintChange] {
        guard sha256 != current.sha256 else { return [] }
        var changes: [GateFingerprintChange] = []
        for path in Set(files.keys).union(current.files.keys).sorted() {
            switch (files[path], current.files[path]) {
            case let (old?, new?) where old != new: changes.append(.changed(path))
            case (nil, _?): changes.append(.added(path))
            case (_?, nil): changes.append(.removed(path))
            default: break
            }
        }
        // Without per-file hashes (or with only the combination changed) still say something.
        return changes.isEmpty ? [.combined(old: sha256, new: current.sha256)] : changes
    }
}

/// One difference between the pinned dataset and the current one.
public enum GateFingerprintChange: Sendable, Hashable, CustomStringConvertible {
    case changed(String)
    case added(String)
    case removed(String)
    /// The combined hash differs but no file's recorded hash tells why.
    case combined(old: String, new: String)

    public var description: String {
        switch self {
        case .changed(let path): "\(path) changed"
        case .added(let path): "\(path) was added"
        case .removed(let path): "\(path) was removed"
        case let .combined(old, new): "the dataset's SHA-256 is \(new.prefix(12))…, not the pinned \(old.prefix(12))…"
        }
    }
}
