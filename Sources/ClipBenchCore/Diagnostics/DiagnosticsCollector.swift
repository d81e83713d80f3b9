import Foundation

/// Gathers the diagnostics of a run and decides its outcome.
///
/// Commands report every problem they find (they do not stop at the first), then ask the
/// collector whether the run failed. Warnings fail only when `treatWarningsAsErrors` is set
/// (`--strict`).
///
/// ```swift
/// var diagnostics = DiagnosticsCollector()
/// diagnostics.error("unknown key 'strat'", at: SourceLocation(path: "a.yaml", line: 3, column: 5))
/// diagnostics.hasFailures   // true
/// ```
public struct DiagnosticsCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public var treatWarningsAsErrors: Bool

    public init(treatWarningsAsErrors: Bool = false) {
        self.treatWarningsAsErrors = treatWarningsAsErrors
    }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public mutating func error(_ message: String, at location: SourceLocation) {
        append(Diagnostic(.error, message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        append(Diagnostic(.warning, message, at: location))
    }

    public mutating func note(_ message: String, at location: SourceLocation) {
        append(Diagnostic(.note, message, at: location))
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Whether the run must exit non-zero.
    public var hasFailures: Bool {
        errorCount > 0 || (treatWarningsAsErrors && warningCount > 0)
    }

    /// A one-line summary such as `2 errors, 1 warning in 5 files`.
    public func summary(files: Int) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(errorCount, "error")), \(plural(warningCount, "warning")) in \(plural(files, "file"))"
    }
}

/// Writes diagnostics to standard error, coloured only when standard error is a terminal.
public enum DiagnosticPrinter {
    /// Whether standard error may be coloured (``ColourPolicy``).
    public static var usesColour: Bool { ColourPolicy.standardError }

    /// The diagnostic as one line, with the severity coloured when `colour` is true.
    ///
    /// Control characters that come from the input (an escape sequence in a prediction's id, a
    /// line break in a quote) are shown as their Unicode control pictures (`␛`, `␊`), so a hostile
    /// file can neither drive the terminal nor break the one-line-per-diagnostic format.
    public static func render(_ diagnostic: Diagnostic, colour: Bool) -> String {
        let diagnostic = Diagnostic(diagnostic.severity, visible(diagnostic.message), at: SourceLocation(
            path: visible(diagnostic.location.path), line: diagnostic.location.line, column: diagnostic.location.column))
        guard colour else { return diagnostic.description }
        let code: String
        switch diagnostic.severity {
        case .error: code = "\u{1B}[1;31m"
        case .warning: code = "\u{1B}[1;33m"
        case .note: code = "\u{1B}[1;36m"
        }
        return "\(diagnostic.location): \(code)\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message)"
    }

    /// `text` with each C0 control character (tab included), DEL and C1 control character
    /// replaced by a visible stand-in: U+2400 + code for C0, `␡` for DEL, `\u{9B}` for C1.
    ///
    /// ```swift
    /// DiagnosticPrinter.visible("a\u{1B}[31m\nb")   // "a␛[31m␊b"
    /// ```
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F: result.append("\u{2421}")
            case 0x80...0x9F: result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Prints each diagnostic on its own line to standard error.
    public static func print(_ diagnostics: [Diagnostic]) {
        let colour = usesColour
        for diagnostic in diagnostics {
            // A failed write to standard error has nowhere to be reported; the exit status still tells.
            try? StandardStream.error.write(render(diagnostic, colour: colour) + "\n")
        }
    }
}
