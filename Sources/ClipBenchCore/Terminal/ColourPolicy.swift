import Foundation

/// When ClipBench colours its output: only on a terminal, and never when `NO_COLOR` is set,
/// whatever its value (set but empty too). The one rule for diagnostics, the scorecard, the
/// comparison and `show`.
///
/// ```swift
/// ColourPolicy.allowsColour(isTerminal: true, environment: ["NO_COLOR": ""])   // false
/// ColourPolicy.standardOutput                                                   // stdout a terminal, NO_COLOR unset
/// ```
///
/// - Complexity: O(1).
public enum ColourPolicy {
    /// Whether output to a stream may be coloured.
    ///
    /// - Parameters:
    ///   - isTerminal: whether the stream is a terminal.
    ///   - environment: the process's environment variables.
    public static func allowsColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil
    }

    /// Whether standard output may be coloured.
    public static var standardOutput: Bool {
        allowsColour(isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    }

    /// Whether standard error (diagnostics) may be coloured.
    public static var standardError: Bool {
        allowsColour(isTerminal: isatty(STDERR_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    }
}
