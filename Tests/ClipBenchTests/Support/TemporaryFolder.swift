import Foundation

/// A new empty folder in the temporary directory, for tests of file reading and writing.
///
/// ```swift
/// let folder = try TemporaryFolder.make()
/// defer { try? FileManager.default.removeItem(at: folder) }
/// ```
enum TemporaryFolder {
    static func make(_ prefix: String = "clipbench-test") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
