import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

/// A clipping to process: its id and the file that holds it.
///
/// Commands accept either seed ids (looked up in `seeds/`) or paths to text files; a file's id
/// is its name without the `.txt` extension.
///
/// ```swift
/// let source = try ClippingSource.resolve("000_fafa66e8a14f78c9", in: layout)   // seeds/000_….txt
/// let other = try ClippingSource.resolve("~/clip.txt", in: layout)               // id "clip"
/// ```
public struct ClippingSource: Sendable, Hashable {
    public var id: String
    public var url: URL

    public init(id: String, url: URL) {
        self.id = id
        self.url = url
    }

    /// Every seed of the dataset, sorted by id.
    public static func allSeeds(in layout: DatasetLayout) -> [ClippingSource] {
        layout.seedIDs().map { ClippingSource(id: $0, url: layout.seedURL(for: $0)) }
    }

    /// The clipping an argument names: an existing file, else a seed id.
    public static func resolve(_ argument: String, in layout: DatasetLayout) throws(ClippingReadError) -> ClippingSource {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) {
            let url = URL(fileURLWithPath: argument)
            if isFolder.boolValue { throw ClippingReadError(path: argument, message: "is a folder, not a clipping file") }
            let name = url.lastPathComponent
            let id = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
            return ClippingSource(id: id, url: url)
        }
        if ClippingID.problem(with: argument) == nil {
            let url = layout.seedURL(for: argument)
            if FileManager.default.fileExists(atPath: url.path) { return ClippingSource(id: argument, url: url) }
        }
        let hint = ClippingID.hint(for: argument, among: layout.seedIDs()).map { "; \($0)" } ?? ""
        throw ClippingReadError(path: argument, message: "no such file, and no seed with this id in \(DisplayPath.of(layout.seedsFolder))\(hint)")
    }
}
