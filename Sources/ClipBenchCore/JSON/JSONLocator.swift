/// Finds where a value sits in a JSON text, so a diagnostic can point at the offending key.
///
/// `JSONSerialization` forgets positions; this walks the text again (only when there is
/// something to report) and follows a path such as `entities[3].start`.
///
/// ```swift
/// let locator = JSONLocator(text: #"{"id": "a", "entities": [{"start": -1}]}"#)
/// locator.location(of: "entities[0].start")   // Position(line: 1, column: 36)
/// ```
///
/// - Complexity: O(n) in the length of the text per lookup.
package struct JSONLocator {
    /// A 1-based line and column, in Unicode scalars.
    package struct Position: Equatable {
        package var line: Int
        package var column: Int
    }

    private let text: SeedText

    package init(text: String) {
        self.text = SeedText(text)
    }

    /// Where the value at `path` starts, or nil when the text has no such value (or is not JSON).
    package func location(of path: String) -> Position? {
        guard let components = Self.components(of: path) else { return nil }
        var scanner = Scanner(scalars: text.scalars)
        guard let offset = scanner.find(components[...]) else { return nil }
        return position(ofScalarOffset: offset)
    }

    /// The position of the scalar at a UTF-8 byte offset (as `JSONSerialization` reports them).
    package func position(ofByteOffset byteOffset: Int) -> Position {
        var bytes = 0
        var offset = 0
        for scalar in text.scalars {
            if bytes >= byteOffset { break }
            bytes += UTF8.width(scalar)
            offset += 1
        }
        return position(ofScalarOffset: offset)
    }

    private func position(ofScalarOffset offset: Int) -> Position {
        let (line, column) = text.lineAndColumn(of: offset)
        return Position(line: line, column: column)
    }

    package enum Component: Equatable {
        case key(String)
        case index(Int)
    }

    /// `entities[3].start` → key entities, index 3, key start.
    package static func components(of path: String) -> [Component]? {
        var result: [Component] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                let key = rest[..<bracket]
                if !key.isEmpty { result.append(.key(String(key))) }
                rest = rest[bracket...]
                while rest.hasPrefix("[") {
                    guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]) else { return nil }
                    result.append(.index(index))
                    rest = rest[rest.index(after: close)...]
                }
                guard rest.isEmpty else { return nil }
            } else if !rest.isEmpty {
                result.append(.key(String(rest)))
            }
        }
        return result
    }

    /// A forgiving walk over JSON scalars; gives up (nil) on anything malformed.
    private struct Scanner {
        package let scalars: [Unicode.Scalar]
        package var index = 0

        package mutating func find(_ path: ArraySlice<Component>) -> Int? {
            skipWhitespace()
            guard let first = path.first else { return index < scalars.count ? index : nil }
            guard index < scalars.count else { return nil }
            switch (first, scalars[index]) {
            case (.key(let wanted), "{"):
                index += 1
                while true {
                    skipWhitespace()
                    guard index < scalars.count else { return nil }
                    if scalars[index] == "}" { return nil }
                    if scalars[index] == "," { index += 1; continue }
                    guard let key = readString() else { return nil }
                    skipWhitespace()
                    guard index < scalars.count, scalars[index] == ":" else { return nil }
                    index += 1
                    if key == wanted { return find(path.dropFirst()) }
                    guard skipValue() else { return nil }
                }
            case (.index(let wanted), "["):
                index += 1
                var position = 0
                while true {
                    skipWhitespace()
                    guard index < scalars.count else { return nil }
                    if scalars[index] == "]" { return nil }
                    if scalars[index] == "," { index += 1; position += 1; continue }
                    if position == wanted { return find(path.dropFirst()) }
                    guard skipValue() else { return nil }
                }
            default:
                return nil
            }
        }

        private mutating func skipWhitespace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
        }

        private mutating func readString() -> String? {
            guard index < scalars.count, scalars[index] == "\"" else { return nil }
            index += 1
            var view = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if scalar == "\"" { return String(view) }
                if scalar == "\\" {
                    guard index < scalars.count else { return nil }
                    let escaped = scalars[index]
                    index += 1
                    switch escaped {
                    case "n": view.append("\n")
                    case "t": view.append("\t")
                    case "r": view.append("\r")
                    case "b": view.append("\u{08}")
                    case "f": view.append("\u{0C}")
                    case "u":
                        guard index + 4 <= scalars.count,
                              let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
                        else { return nil }
                        index += 4
                        view.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    default: view.append(escaped)
                    }
                } else {
                    view.append(scalar)
                }
            }
            return nil
        }

        /// Moves past one value (string, number, literal, or a nested object or array).
        private mutating func skipValue() -> Bool {
            skipWhitespace()
            guard index < scalars.count else { return false }
            switch scalars[index] {
            case "\"":
                return readString() != nil
            case "{", "[":
                var depth = 0
                while index < scalars.count {
                    switch scalars[index] {
                    case "\"":
                        guard readString() != nil else { return false }
                        continue
                    case "{", "[": depth += 1
                    case "}", "]":
                        depth -= 1
                        if depth == 0 { index += 1; return true }
                    default: break
                    }
                    index += 1
                }
                return false
            default:
                while index < scalars.count, ![",", "}", "]", " ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
                return true
            }
        }
    }
}
