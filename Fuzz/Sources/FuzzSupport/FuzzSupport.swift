import Foundation
import ClipBenchCore
import FuzzDriver

/// What every fuzz target shares: stopping on a broken invariant so libFuzzer saves the input,
/// checking that a diagnostic points inside its input, and splitting an input into a seed and a file.
///
/// ```swift
/// Invariant.require(value == reparsed, "the value read back differs: \(value) vs \(reparsed)")
/// Invariant.requireInside(diagnostic.location, of: InputShape(bytes: bytes), path: "fuzz.yaml")
/// ```
public enum Invariant {
    /// Stops the process (libFuzzer records the input as a crash) when `condition` is false.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        FileHandle.standardError.write(Data("fuzz invariant broken: \(message())\n".utf8))
        abort()
    }

    /// A diagnostic's location names `path` and, when it has a line or column, lies inside the input.
    public static func requireInside(_ location: SourceLocation, of shape: InputShape, path: String, _ what: @autoclosure () -> String) {
        require(location.path == path, "\(what()): the diagnostic names '\(location.path)', not '\(path)'")
        if let line = location.line {
            require(line >= 1 && line <= shape.lineCount, "\(what()): line \(line) is outside the input's \(shape.lineCount) lines")
        }
        if let column = location.column {
            let limit = location.line.map { shape.longestColumn(onLine: $0) } ?? shape.widestColumn
            require(column >= 1 && column <= limit, "\(what()): column \(column) (line \(location.line.map(String.init) ?? "-")) is outside 1...\(limit)")
        }
    }
}

/// Lines and columns an input can have, counted generously so every reader's convention fits:
/// a line ends at LF, CR, CR LF, NEL, LS or PS (libyaml counts all of them; JSON only LF), and a
/// line's columns are at most its bytes plus one (a column may point just past the last scalar).
///
/// - Complexity: O(n) in the bytes of the input, once; each query O(1) or O(lines).
public struct InputShape: Sendable {
    /// The bytes of each line, by the broadest line ends (no line end counted).
    public let lineLengths: [Int]
    /// The bytes of each line when only LF ends a line.
    public let lineFeedLineLengths: [Int]

    public init(bytes: [UInt8]) {
        var lengths: [Int] = []
        var current = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var breakLength = 0
            if byte == 0x0A { breakLength = 1 }
            else if byte == 0x0D { breakLength = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1 }
            else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { breakLength = 2 }
            else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { breakLength = 3 }
            if breakLength > 0 {
                lengths.append(current)
                current = 0
                index += breakLength
            } else {
                current += 1
                index += 1
            }
        }
        lengths.append(current)
        lineLengths = lengths
        lineFeedLineLengths = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(\.count)
    }

    /// Lines by the broadest count (an LF-only count never exceeds it).
    public var lineCount: Int { lineLengths.count }

    /// The largest column on `line` under either convention: its bytes plus one.
    public func longestColumn(onLine line: Int) -> Int {
        let broad = line <= lineLengths.count ? lineLengths[line - 1] : 0
        let lineFeed = line <= lineFeedLineLengths.count ? lineFeedLineLengths[line - 1] : 0
        return max(broad, lineFeed) + 1
    }

    /// The largest column on any line.
    public var widestColumn: Int { (lineFeedLineLengths.max() ?? 0) + 1 }
}

/// An input for the targets that need a seed and an annotation file: the bytes before the first
/// NUL are the seed, the rest the YAML file; without a NUL, the whole input is the file and the
/// seed is ``defaultSeed``.
public struct SeedAndFile: Sendable {
    /// Arabic with harakat and shadda, Latin, digits, an emoji outside the BMP, and several lines.
    public static let defaultSeed = "عاجل: وزير الخارجيّة يزور القاهرة\nالقاهرة — ٣ مارس ٢٠٢٤\nقال الوزيرُ إنّ الزيارة مهمة 🌍 جداً.\nAll rights reserved 2024\n"

    public let seed: String
    public let file: [UInt8]

    public init(bytes: [UInt8]) {
        if let separator = bytes.firstIndex(of: 0) {
            seed = String(decoding: bytes[..<separator], as: UTF8.self)
            file = Array(bytes[(separator + 1)...])
        } else {
            seed = Self.defaultSeed
            file = bytes
        }
    }
}

extension JSONValue {
    /// Equality as JSON means it: numbers by value (`3` and `3.0` alike), strings scalar by scalar
    /// (Swift's `==` would call NFC and NFD text equal, JSON does not), keys in order.
    public func isSameJSON(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case (.integer, .number), (.number, .integer), (.number, .number): return asDouble == other.asDouble
        case let (.string(a), .string(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.array(a), .array(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isSameJSON(as: $1) }
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0.unicodeScalars.elementsEqual($1.0.unicodeScalars) && $0.1.isSameJSON(as: $1.1) }
        default: return false
        }
    }
}

/// Text scalar by scalar, as ClipBench's offsets count it.
public func sameScalars(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
}

/// Runs libFuzzer on `target` with the process's command line (corpus folders, `-max_total_time=`, …)
/// and exits with its status. Each target's `main.swift` is this one call.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}
