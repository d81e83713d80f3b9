import Foundation

/// Every file under a folder with its bytes, to show that a refused command changed nothing.
///
/// ```swift
/// let before = try DatasetSnapshot(dataset.root)
/// // … a command that must be refused …
/// #expect(try DatasetSnapshot(dataset.root) == before)
/// ```
struct DatasetSnapshot: Equatable, CustomStringConvertible {
    let root: URL
    private(set) var files: [String: Data]

    init(_ root: URL) throws {
        self.root = root.standardizedFileURL
        files = [:]
        let rootPath = self.root.path
        guard let walker = FileManager.default.enumerator(atPath: rootPath) else { return }
        for case let relative as String in walker {
            var isFolder: ObjCBool = false
            let path = rootPath + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
    }

    /// This snapshot with `file` (under the root) as it is now, for a file the test itself wrote.
    func adding(_ file: URL) throws -> DatasetSnapshot {
        var copy = self
        let relative = String(file.standardizedFileURL.path.dropFirst(root.path.count + 1))
        copy.files[relative] = try Data(contentsOf: file)
        return copy
    }

    var description: String { files.keys.sorted().joined(separator: ", ") }
}
