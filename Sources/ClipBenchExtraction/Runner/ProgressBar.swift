/// The one-line progress bar `clipbench run` draws on a terminal (standard error only).
///
/// ```swift
/// ProgressBar.line(done: 3, total: 4, width: 8)   // "\r[######..] 3/4"
/// ```
public enum ProgressBar {
    public static func line(done: Int, total: Int, width: Int = 30) -> String {
        let filled = total <= 0 ? width : min(width, max(0, done * width / total))
        return "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
    }
}
