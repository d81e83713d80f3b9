import Foundation

/// The editor page: `Editor/index.html` from the package's resources with `editor.css` and
/// `editor.js` inlined, so one request gives the whole page and nothing is fetched from elsewhere.
///
/// ```swift
/// EditorPage.html?.contains("<script>")   // true
/// ```
///
/// - Complexity: read once, O(size of the three files).
enum EditorPage {
    static let html: String? = {
        guard let folder = Bundle.module.url(forResource: "Editor", withExtension: nil),
              let page = try? String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8),
              let style = try? String(contentsOf: folder.appendingPathComponent("editor.css"), encoding: .utf8),
              let script = try? String(contentsOf: folder.appendingPathComponent("editor.js"), encoding: .utf8)
        else { return nil }
        return page
            .replacingOccurrences(of: "/*EDITOR_CSS*/", with: style)
            .replacingOccurrences(of: "/*EDITOR_JS*/", with: script)
    }()
}
