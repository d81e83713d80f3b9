import Foundation

/// How a file is named in diagnostics and summaries: relative to the current folder when it lies
/// below it, so messages stay short and clickable in a terminal.
///
/// ```swift
/// DisplayPath.of(URL(fileURLWithPath: "/work/main/seeds/a.txt"))   // "seeds/a.txt" when run in /work/main
/// ```
///
/// - Complexity: O(*n*) in the length of the path.
public enum DisplayPath {
    /// The path of `url`, relative to the current folder when it lies below it, else absolute.
    public static func of(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
