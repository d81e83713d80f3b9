import ClipBenchCore

/// Reads typed values out of ``YAMLNode``s, recording a diagnostic for every key that is
/// unknown, missing or of the wrong type, so a loader reports all problems of a file in one run.
///
/// ```swift
/// var reader = YAMLFieldReader()
/// reader.checkKeys(of: mapping, allowed: ["start", "end", "text"], required: ["text"], in: "a span")
/// let text = reader.string(mapping, "text")
/// reader.diagnostics   // e.g. "unknown key 'strat' in a span (did you mean 'start'?)"
/// ```
public struct YAMLFieldReader: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }

    /// Reports unknown keys (with a "did you mean" hint) and missing required keys.
    /// - Returns: whether every required key is present.
    @discardableResult
    public mutating func checkKeys(of mapping: YAMLMapping, allowed: [String], required: [String], in context: String) -> Bool {
        for entry in mapping.entries where !allowed.contains(entry.key.string) {
            var message = "unknown key '\(entry.key.string)' in \(context)"
            if let suggestion = Self.closestKey(to: entry.key.string, among: allowed) {
                message += " (did you mean '\(suggestion)'?)"
            } else {
                message += " (expected one of: \(allowed.joined(separator: ", ")))"
            }
            error(message, at: entry.key.location)
        }
        var complete = true
        for key in required where mapping.value(for: key) == nil {
            error("missing key '\(key)' in \(context)", at: mapping.location)
            complete = false
        }
        return complete
    }

    /// The value of `key` as a mapping; nil (with an error) when it is something else.
    public mutating func mapping(_ node: YAMLNode, in context: String) -> YAMLMapping? {
        if let mapping = node.mapping { return mapping }
        error("\(context) must be a mapping, not \(node.kindDescription)", at: node.location)
        return nil
    }

    /// The node as a list; nil (with an error) when it is something else. A null counts as an empty list.
    public mutating func sequence(_ node: YAMLNode, in context: String) -> YAMLSequence? {
        if let sequence = node.sequence { return sequence }
        if let scalar = node.scalar, scalar.isNull { return YAMLSequence(items: [], location: scalar.location) }
        error("\(context) must be a list, not \(node.kindDescription)", at: node.location)
        return nil
    }

    /// The value of `key` as a string; nil when absent, or (with an error) when not a string.
    /// A plain scalar that YAML reads as a number, boolean or null is not a string: it must be quoted.
    public mutating func string(_ mapping: YAMLMapping, _ key: String) -> String? {
        guard let node = mapping.value(for: key) else { return nil }
        return string(node, named: "'\(key)'")
    }

    /// The node as a string (see ``string(_:_:)``).
    public mutating func string(_ node: YAMLNode, named name: String) -> String? {
        guard let scalar = node.scalar else {
            error("\(name) must be a string, not \(node.kindDescription)", at: node.location)
            return nil
        }
        switch scalar.coreType {
        case .string: return scalar.string
        case .null:
            error("\(name) must be a string, not null", at: scalar.location)
        case let other:
            error("\(name) must be a string, not \(other == .integer ? "an" : "a") \(other.rawValue): write it in quotes, \"\(scalar.string)\"", at: scalar.location)
        }
        return nil
    }

    /// The value of `key` as a string or null. Returns `.some(nil)` for null, nil when absent or wrong.
    public mutating func optionalString(_ mapping: YAMLMapping, _ key: String) -> String?? {
        guard let node = mapping.value(for: key) else { return nil }
        if let scalar = node.scalar, scalar.isNull { return .some(nil) }
        guard let value = string(node, named: "'\(key)'") else { return nil }
        return .some(value)
    }

    /// The value of `key` as a whole number; nil when absent or (with an error) not a whole number.
    public mutating func integer(_ mapping: YAMLMapping, _ key: String) -> Int? {
        guard let node = mapping.value(for: key) else { return nil }
        guard let scalar = node.scalar, let value = scalar.integer else {
            error("'\(key)' must be a whole number, not \(Self.describe(node))", at: node.location)
            return nil
        }
        return value
    }

    /// The value of `key` as a boolean; nil when absent or (with an error) not `true`/`false`.
    public mutating func bool(_ mapping: YAMLMapping, _ key: String) -> Bool? {
        guard let node = mapping.value(for: key) else { return nil }
        guard let scalar = node.scalar, let value = scalar.bool else {
            error("'\(key)' must be true or false, not \(Self.describe(node))", at: node.location)
            return nil
        }
        return value
    }

    /// The value of `key` as one of an enumeration's raw values; nil when absent or (with an error) not one of them.
    public mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ mapping: YAMLMapping, _ key: String
    ) -> Value? where Value.RawValue == String {
        guard let node = mapping.value(for: key), let raw = string(node, named: "'\(key)'") else { return nil }
        if let value = Value(rawValue: raw) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        var message = "'\(key)' must be one of \(allowed.joined(separator: ", ")), not '\(raw)'"
        if let suggestion = Self.closestKey(to: raw, among: allowed) { message += " (did you mean '\(suggestion)'?)" }
        error(message, at: node.location)
        return nil
    }

    package static func describe(_ node: YAMLNode) -> String {
        guard let scalar = node.scalar else { return node.kindDescription }
        return scalar.isNull ? "null" : "'\(scalar.string)'"
    }

    /// The allowed key closest to `key` by edit distance, when it is close enough to be a typo
    /// (at most 2 edits, and fewer than half the key's length). Case is ignored.
    ///
    /// - Complexity: O(k·m·n) for k candidates of lengths up to m and a key of length n.
    public static func closestKey(to key: String, among candidates: [String]) -> String? {
        let lowered = Array(key.lowercased().unicodeScalars)
        var best: (key: String, distance: Int)? = nil
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars))
            if distance <= 2, distance * 2 < max(lowered.count, 2), distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.key
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit (so `strat` → `start` is 1).
    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
