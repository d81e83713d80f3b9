/// One finding about an input file, printed as `path:line:col: severity: message`.
///
/// ```swift
/// let diagnostic = Diagnostic(.error, "offset 12 is past the end of the text",
///                             at: SourceLocation(path: "Annotations/x.yaml", line: 4, column: 12))
/// print(diagnostic)   // Annotations/x.yaml:4:12: error: offset 12 is past the end of the text
/// ```
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is; only errors (and warnings under `--strict`) fail a run.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `path:line:col: severity: message`, leaving out the parts the location does not have.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}

/// Where a diagnostic points: a file and, where known, a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): "\(path):\(line):\(column)"
        case let (line?, nil): "\(path):\(line)"
        default: path
        }
    }
}
