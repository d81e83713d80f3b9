/// Why a text is not JSON, with the 1-based line and column of the problem.
public struct JSONParsingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public var description: String { "\(line):\(column): \(message)" }
}

extension JSONValue {
    /// Parses JSON text keeping the order of object keys, so a report read back renders in the
    /// order it was written (`JSONSerialization` gives unordered dictionaries).
    ///
    /// Whole numbers without a fraction or exponent become `.integer`, others `.number`.
    ///
    /// ```swift
    /// try JSONValue(parsing: #"{"b": 1, "a": [true, null]}"#)
    /// // .object([("b", .integer(1)), ("a", .array([.bool(true), .null]))])
    /// ```
    ///
    /// - Complexity: O(n) in the length of the text; nesting deeper than 512 levels is refused.
    public init(parsing text: String) throws(JSONParsingError) {
        var parser = OrderedJSONParser(scalars: Array(text.unicodeScalars))
        self = try parser.parseDocument()
    }
}

/// A small recursive-descent JSON parser over Unicode scalars.
private struct OrderedJSONParser {
    package let scalars: [Unicode.Scalar]
    package var index = 0
    package var depth = 0

    package init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    package mutating func parseDocument() throws(JSONParsingError) -> JSONValue {
        if scalars.first == "\u{FEFF}" { index = 1 }
        let value = try parseValue()
        skipWhitespace()
        guard index == scalars.count else { throw failure("unexpected text after the JSON value") }
        return value
    }

    private func failure(_ message: String) -> JSONParsingError {
        var line = 1
        var column = 1
        for scalar in scalars[..<min(index, scalars.count)] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return JSONParsingError(message: message, line: line, column: column)
    }

    private mutating func skipWhitespace() {
        while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
    }

    private mutating func parseValue() throws(JSONParsingError) -> JSONValue {
        skipWhitespace()
        guard index < scalars.count else { throw failure("unexpected end of the text") }
        switch scalars[index] {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return .string(try parseString())
        case "t": try expect("true"); return .bool(true)
        case "f": try expect("false"); return .bool(false)
        case "n": try expect("null"); return .null
        default: return try parseNumber()
        }
    }

    private mutating func expect(_ word: String) throws(JSONParsingError) {
        let start = index
        for scalar in word.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else {
                index = start
                throw failure("expected '\(word)'")
            }
            index += 1
        }
    }

    private mutating func nest() throws(JSONParsingError) {
        depth += 1
        if depth > 512 { throw failure("nested more than 512 levels deep") }
    }

    private mutating func parseObject() throws(JSONParsingError) -> JSONValue {
        try nest()
        defer { depth -= 1 }
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if index < scalars.count, scalars[index] == "}" { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < scalars.count, scalars[index] == "\"" else { throw failure("expected a key in quotes") }
            let key = try parseString()
            skipWhitespace()
            guard index < scalars.count, scalars[index] == ":" else { throw failure("expected ':' after a key") }
            index += 1
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < scalars.count else { throw failure("unexpected end of the text inside an object") }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "}" { index += 1; return .object(members) }
            throw failure("expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(JSONParsingError) -> JSONValue {
        try nest()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < scalars.count, scalars[index] == "]" { index += 1; return .array(items) }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            guard index < scalars.count else { throw failure("unexpected end of the text inside an array") }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "]" { index += 1; return .array(items) }
            throw failure("expected ',' or ']'")
        }
    }

    private mutating func parseString() throws(JSONParsingError) -> String {
        index += 1
        var view = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\"":
                return String(view)
            case "\\":
                guard index < scalars.count else { break }
                let escaped = scalars[index]
                index += 1
                switch escaped {
                case "\"", "\\", "/": view.append(escaped)
                case "n": view.append("\n")
                case "t": view.append("\t")
                case "r": view.append("\r")
                case "b": view.append("\u{08}")
                case "f": view.append("\u{0C}")
                case "u":
                    var code = try hexQuad()
                    if (0xD800..<0xDC00).contains(code), index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" {
                        index += 2
                        let low = try hexQuad()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    view.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default:
                    index -= 2
                    throw failure("unknown escape '\\\(escaped)'")
                }
            default:
                if scalar.value < 0x20 { index -= 1; throw failure("a control character inside a string") }
                view.append(scalar)
            }
        }
        throw failure("a string is not closed")
    }

    private mutating func hexQuad() throws(JSONParsingError) -> UInt32 {
        guard index + 4 <= scalars.count, let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16) else {
            throw failure("expected four hex digits after \\u")
        }
        index += 4
        return value
    }

    private mutating func parseNumber() throws(JSONParsingError) -> JSONValue {
        let start = index
        while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) { index += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        guard !text.isEmpty else { throw failure("unexpected character '\(scalars[index])'") }
        let isWhole = !text.contains(where: { ".eE".contains($0) })
        if isWhole, let integer = Int(text) { return .integer(integer) }
        guard let number = Double(text), number.isFinite else {
            index = start
            throw failure("'\(text)' is not a number")
        }
        return .number(number)
    }
}
