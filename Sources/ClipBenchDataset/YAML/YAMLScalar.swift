import ClipBenchCore

/// A scalar: its text as written (after unquoting) and whether it was quoted.
public struct YAMLScalar: Sendable, Hashable {
    public var string: String
    /// Whether the scalar was written without quotes (or block style); only plain scalars can
    /// mean null, true, false or a number.
    public var isPlain: Bool
    public var location: SourceLocation

    public init(string: String, isPlain: Bool, location: SourceLocation) {
        self.string = string
        self.isPlain = isPlain
        self.location = location
    }

    /// Whether the scalar is YAML's null: a plain `null`, `Null`, `NULL`, `~` or nothing.
    public var isNull: Bool {
        isPlain && ["", "~", "null", "Null", "NULL"].contains(string)
    }

    /// The scalar as a boolean under YAML 1.2's core schema, or nil.
    public var bool: Bool? {
        guard isPlain else { return nil }
        switch string {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// The scalar as a whole number (plain, optional sign, decimal digits only), or nil.
    public var integer: Int? {
        guard isPlain else { return nil }
        var digits = Substring(string)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(string)
    }
}
