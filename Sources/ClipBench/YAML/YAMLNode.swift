/// A YAML node as ClipBench reads it: only plain strings, mappings with string keys and
/// sequences, each with the place in the file where it starts.
///
/// Anchors, aliases, tags and duplicate keys never reach this type: ``YAMLReader`` rejects them.
///
/// ```swift
/// let node = try YAMLReader.read("a: [1, 2]\n", path: "x.yaml").get()
/// node.mapping?.value(for: "a")?.sequence?.items.count   // 2
/// ```
public indirect enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    /// Where the node starts (for a quoted scalar, its opening quote).
    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    public var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    /// What the node is, for messages such as "expected a string, found a mapping".
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "null" : "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

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

/// One `key: value` pair of a mapping.
public struct YAMLMappingEntry: Sendable, Hashable {
    public var key: YAMLScalar
    public var value: YAMLNode

    public init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A mapping, its entries in file order; keys are unique strings.
public struct YAMLMapping: Sendable, Hashable {
    public var entries: [YAMLMappingEntry]
    /// Whether the mapping is written in flow style (`{a: 1, b: 2}`).
    public var isFlow: Bool
    public var location: SourceLocation

    public init(entries: [YAMLMappingEntry], isFlow: Bool, location: SourceLocation) {
        self.entries = entries
        self.isFlow = isFlow
        self.location = location
    }

    public var keys: [String] { entries.map(\.key.string) }

    /// The value of `key`, or nil when the key is absent.
    public func value(for key: String) -> YAMLNode? {
        entries.first { $0.key.string == key }?.value
    }

    /// The entry of `key`, or nil when the key is absent.
    public func entry(for key: String) -> YAMLMappingEntry? {
        entries.first { $0.key.string == key }
    }
}

/// A sequence (list), items in file order.
public struct YAMLSequence: Sendable, Hashable {
    public var items: [YAMLNode]
    public var location: SourceLocation

    public init(items: [YAMLNode], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

extension YAMLScalar {
    /// What YAML 1.2's core schema makes of a scalar (what `check-jsonschema` and most YAML
    /// libraries see); quoted scalars are always strings.
    public enum CoreType: String, Sendable, Hashable {
        case null, boolean, integer, number, string
    }

    /// The scalar's type under YAML 1.2's core schema.
    public var coreType: CoreType {
        guard isPlain else { return .string }
        if isNull { return .null }
        if bool != nil { return .boolean }
        let scalars = Array(string.unicodeScalars)
        func digits(_ slice: ArraySlice<Unicode.Scalar>, _ allowed: (Unicode.Scalar) -> Bool) -> Bool {
            !slice.isEmpty && slice.allSatisfy(allowed)
        }
        let isDecimal: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        var body = scalars[...]
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if digits(body, isDecimal) { return .integer }
        if string.hasPrefix("0o"), digits(scalars.dropFirst(2), { ("0"..."7").contains($0) }) { return .integer }
        if string.hasPrefix("0x"), digits(scalars.dropFirst(2), { $0.properties.isASCIIHexDigit }) { return .integer }
        if [".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"].contains(String(String.UnicodeScalarView(body))) { return .number }
        // [0-9]*(\.[0-9]*)?([eE][-+]?[0-9]+)? with at least one digit in the mantissa.
        var index = body.startIndex
        var mantissaDigits = 0
        while index < body.endIndex, isDecimal(body[index]) { index += 1; mantissaDigits += 1 }
        if index < body.endIndex, body[index] == "." {
            index += 1
            while index < body.endIndex, isDecimal(body[index]) { index += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return .string }
        if index < body.endIndex, body[index] == "e" || body[index] == "E" {
            index += 1
            if index < body.endIndex, body[index] == "-" || body[index] == "+" { index += 1 }
            let exponentStart = index
            while index < body.endIndex, isDecimal(body[index]) { index += 1 }
            if index == exponentStart { return .string }
        }
        return index == body.endIndex ? .number : .string
    }
}
