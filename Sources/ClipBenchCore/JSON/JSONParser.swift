#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a text is not JSON, with the 1-based line and column (in Unicode scalars) of the problem.
public struct JSONParsingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int
    /// For a repeated key, the path of its second occurrence (`entities[1].text`); else nil.
    public var repeatedKeyPath: String?

    public init(message: String, line: Int, column: Int, repeatedKeyPath: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.repeatedKeyPath = repeatedKeyPath
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// The one JSON parser of ClipBench: predictions, extractor output, saved reports, gate inputs
/// and the ScrapingHub files are all read by it, so they accept and refuse the same texts.
///
/// It reads UTF-8 bytes in one pass and keeps what a scorer needs that general parsers lose:
/// - object keys in their order (reports read back render as written);
/// - whole numbers apart from fractions (`3` is `.integer(3)`, `3.0` is `.number(3.0)`), and
///   numbers too large for a `Double` (`1e400`) refused rather than turned into infinity;
/// - a key repeated in one object is an error, compared after unescaping (`"id"` and
///   `"\u0069d"` are the same key), so the last value never silently wins;
/// - a lone or mismatched UTF-16 surrogate escape (`"\ud800"`, `"\ud800\u0041"`) is an error;
/// - every error names its 1-based line and column, counted in Unicode scalars.
///
/// ```swift
/// let value = try JSONParser.parse(#"{"id": "a", "entities": [{"start": 3}]}"#)
/// JSONParser.location(of: "entities[0].start", in: text)   // (line: 1, column: 37)
/// ```
///
/// - Complexity: O(*n*) in the bytes of the text; nesting deeper than ``maximumDepth`` is refused,
///   so hostile input cannot exhaust the stack.
public enum JSONParser {
    /// How deeply arrays and objects may nest.
    public static let maximumDepth = 512

    /// Parses a whole JSON text (a leading byte-order mark is allowed).
    public static func parse(_ text: String) throws(JSONParsingError) -> JSONValue {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(JSONParsingError) in try parse(bytes) } }.get()
    }

    /// Parses a whole JSON text given as UTF-8 bytes; bytes that are not UTF-8 are an error.
    public static func parse(bytes: [UInt8]) throws(JSONParsingError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in Result { () throws(JSONParsingError) in try parse(buffer) } }.get()
    }

    /// Where the value at `path` (such as `entities[3].start`) starts in `text`, or nil when the
    /// text holds no such value or is not JSON up to it.
    public static func location(of path: String, in text: String) -> (line: Int, column: Int)? {
        guard let components = JSONPath.components(of: path) else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, target: components)
            _ = try? reader.parseDocument()
            return reader.found.map { reader.position(of: $0) }
        }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParsingError) -> JSONValue {
        var reader = Reader(bytes: bytes, target: nil)
        return try reader.parseDocument()
    }

    /// The parser's state over one text.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var depth = 0
        /// The path of the value being read (for a repeated key's diagnostic), and when locating,
        /// the path sought and where its value began.
        var path: [JSONPath.Component] = []
        let target: [JSONPath.Component]?
        var found: Int?

        init(bytes: UnsafeBufferPointer<UInt8>, target: [JSONPath.Component]?) {
            self.bytes = bytes
            self.target = target
        }

        mutating func parseDocument() throws(JSONParsingError) -> JSONValue {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
            let value = try parseValue()
            skipWhitespace()
            guard index == bytes.count else { throw failure("unexpected text after the JSON value") }
            return value
        }

        /// The 1-based line and column (in scalars) of a byte offset.
        func position(of offset: Int) -> (line: Int, column: Int) {
            var line = 1
            var column = 1
            for byte in bytes[..<min(offset, bytes.count)] {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return (line, column)
        }

        func failure(_ message: String, at offset: Int? = nil) -> JSONParsingError {
            let (line, column) = position(of: offset ?? index)
            return JSONParsingError(message: message, line: line, column: column)
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        mutating func parseValue() throws(JSONParsingError) -> JSONValue {
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of the text") }
            if let target, found == nil, path == target { found = index }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try parseObject()
            case UInt8(ascii: "["): return try parseArray()
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
            default: throw failure("unexpected character '\(scalarDescription(at: index))'")
            }
        }

        func scalarDescription(at offset: Int) -> String {
            var end = offset + 1
            while end < bytes.count, end - offset < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
            guard let text = String(validating: bytes[offset..<end], as: UTF8.self), let scalar = text.unicodeScalars.first else {
                return String(format: "\\x%02X", bytes[offset])
            }
            return scalar.properties.generalCategory == .control ? String(format: "U+%04X", scalar.value) : String(scalar)
        }

        mutating func expect(_ word: StaticString) throws(JSONParsingError) {
            let start = index
            let length = word.utf8CodeUnitCount
            guard index + length <= bytes.count,
                  (0..<length).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] }) else {
                throw failure("expected '\(word)'", at: start)
            }
            index += length
        }

        mutating func nest() throws(JSONParsingError) {
            depth += 1
            if depth > JSONParser.maximumDepth { throw failure("nested more than \(JSONParser.maximumDepth) levels deep") }
        }

        mutating func parseObject() throws(JSONParsingError) -> JSONValue {
            try nest()
            defer { depth -= 1 }
            index += 1
            var members: [(String, JSONValue)] = []
            // Small objects (predictions' items) compare keys directly; large ones use a set.
            var keys: Set<String> = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
                let keyStart = index
                let key = try parseString()
                let repeated = members.count < 16 ? members.contains { $0.0 == key } : keys.contains(key)
                if repeated {
                    var error = failure("the key '\(key)' appears twice in one object (give each key once)", at: keyStart)
                    error.repeatedKeyPath = JSONPath.text(of: path + [.key(key)])
                    throw error
                }
                if members.count >= 15 {
                    if keys.isEmpty { keys = Set(members.map(\.0)) }
                    keys.insert(key)
                }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after a key") }
                index += 1
                path.append(.key(key))
                let value = try parseValue()
                path.removeLast()
                members.append((key, value))
                skipWhitespace()
                guard index < bytes.count else { throw failure("unexpected end of the text inside an object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                throw failure("expected ',' or '}'")
            }
        }

        mutating func parseArray() throws(JSONParsingError) -> JSONValue {
            try nest()
            defer { depth -= 1 }
            index += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                path.append(.index(items.count))
                items.append(try parseValue())
                path.removeLast()
                skipWhitespace()
                guard index < bytes.count else { throw failure("unexpected end of the text inside an array") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                throw failure("expected ',' or ']'")
            }
        }

        mutating func parseString() throws(JSONParsingError) -> String {
            let opening = index
            index += 1
            // The common case, no escape: one validated slice.
            var runStart = index
            var result = ""
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    try appendRun(from: runStart, to: index, to: &result)
                    index += 1
                    return result
                case UInt8(ascii: "\\"):
                    try appendRun(from: runStart, to: index, to: &result)
                    try parseEscape(into: &result)
                    runStart = index
                case 0..<0x20:
                    throw failure("a control character inside a string (write it as an escape such as \\n)")
                default:
                    index += 1
                }
            }
            throw failure("a string is not closed", at: opening)
        }

        func appendRun(from start: Int, to end: Int, to result: inout String) throws(JSONParsingError) {
            guard start < end, let base = bytes.baseAddress else { return }
            let run = UnsafeBufferPointer(start: base + start, count: end - start)
            // Decoding repairs ill-formed UTF-8 with U+FFFD, so a run that comes back byte for byte
            // was well-formed. (`String(validating:as:)` is generic over the encoding and looks up
            // type metadata on every call: it was a tenth of parsing a prediction.)
            var text = String(decoding: run, as: UTF8.self)
            let intact = text.withUTF8 { decoded in
                decoded.count == run.count && memcmp(decoded.baseAddress!, base + start, run.count) == 0
            }
            guard intact else {
                let offset = UTF8Validation.firstInvalidOffset(in: run).map { start + $0 } ?? start
                throw failure("not valid UTF-8 (byte \(offset + 1) of the text)", at: offset)
            }
            if result.isEmpty { result = text } else { result += text }
        }

        mutating func parseEscape(into result: inout String) throws(JSONParsingError) {
            let start = index
            index += 1
            guard index < bytes.count else { throw failure("a string is not closed", at: start) }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""): result += "\""
            case UInt8(ascii: "\\"): result += "\\"
            case UInt8(ascii: "/"): result += "/"
            case UInt8(ascii: "n"): result += "\n"
            case UInt8(ascii: "t"): result += "\t"
            case UInt8(ascii: "r"): result += "\r"
            case UInt8(ascii: "b"): result += "\u{08}"
            case UInt8(ascii: "f"): result += "\u{0C}"
            case UInt8(ascii: "u"):
                let code = try hexQuad(escapeStart: start)
                switch code {
                case 0xD800..<0xDC00:
                    // A high surrogate must be followed by an escaped low one.
                    let lowStart = index
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw failure(String(format: "the surrogate \\u%04x is not followed by its low half", code), at: start)
                    }
                    index += 2
                    let low = try hexQuad(escapeStart: lowStart)
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw failure(String(format: "the surrogate \\u%04x is followed by \\u%04x, not by a low surrogate", code, low), at: start)
                    }
                    result.unicodeScalars.append(Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))!)
                case 0xDC00..<0xE000:
                    throw failure(String(format: "the low surrogate \\u%04x has no high half before it", code), at: start)
                default:
                    result.unicodeScalars.append(Unicode.Scalar(code)!)
                }
            default:
                throw failure("unknown escape '\\\(scalarDescription(at: index - 1))'", at: start)
            }
        }

        /// Four hexadecimal digits, exactly: a sign or a space is not a digit.
        mutating func hexQuad(escapeStart: Int) throws(JSONParsingError) -> UInt32 {
            guard index + 4 <= bytes.count else { throw failure("expected four hex digits after \\u", at: escapeStart) }
            var value: UInt32 = 0
            for offset in index..<index + 4 {
                let digit: UInt32
                switch bytes[offset] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(bytes[offset] - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(bytes[offset] - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(bytes[offset] - UInt8(ascii: "A") + 10)
                default: throw failure("expected four hex digits after \\u", at: escapeStart)
                }
                value = value << 4 | digit
            }
            index += 4
            return value
        }

        /// A number by JSON's grammar: `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)? ([eE] [+-]? [0-9]+)?
        mutating func parseNumber() throws(JSONParsingError) -> JSONValue {
            let start = index
            func digits() -> Int {
                let first = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - first
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
                throw failure("expected a digit", at: index)
            }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                    throw failure("a number may not start with 0 (write 7, not 07)", at: start)
                }
            } else {
                _ = digits()
            }
            var isWhole = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isWhole = false
                index += 1
                guard digits() > 0 else { throw failure("expected a digit after the decimal point") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                isWhole = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw failure("expected a digit in the exponent") }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isWhole, let integer = Int(text) { return .integer(integer) }
            guard let number = Double(text), number.isFinite else {
                throw failure("the number \(text) is too large", at: start)
            }
            return .number(number)
        }
    }
}

/// A path to a value in a JSON document, as diagnostics name it: `entities[3].start`.
public enum JSONPath {
    /// One step: an object's key or an array's index.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The text of a path: key entities, index 3, key start → `entities[3].start`.
    public static func text(of components: [Component]) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// `entities[3].start` → key entities, index 3, key start; `""` → the document itself.
    ///
    /// - Complexity: O(*n*) in the length of the path.
    public static func components(of path: String) -> [Component]? {
        guard !path.isEmpty else { return [] }
        var result: [Component] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                if bracket != rest.startIndex { result.append(.key(String(rest[..<bracket]))) }
                rest = rest[bracket...]
                while rest.first == "[" {
                    guard let close = rest.firstIndex(of: "]"), let number = Int(rest[rest.index(after: rest.startIndex)..<close]) else { return nil }
                    result.append(.index(number))
                    rest = rest[rest.index(after: close)...]
                }
                guard rest.isEmpty else { return nil }
            } else {
                result.append(.key(String(rest)))
            }
        }
        return result
    }
}
