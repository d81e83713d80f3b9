/// Where UTF-8 goes wrong, for diagnostics that name the offending byte.
///
/// Follows the Unicode standard's well-formed byte sequences (Table 3-7): an encoded surrogate
/// (`ED A0 80`), an overlong form (`C0 AF`) or a code point past U+10FFFF is invalid where it
/// starts, not where a decoder gives up.
///
/// ```swift
/// UTF8Validation.firstInvalidOffset(in: Array("abc".utf8) + [0xED, 0xA0, 0x80] + Array("def".utf8))   // 3
/// ```
///
/// - Complexity: O(*n*) in the number of bytes.
public enum UTF8Validation {
    /// The offset, from the start of `bytes`, of the first byte of the first ill-formed sequence,
    /// or nil when all of `bytes` is well-formed UTF-8.
    public static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Where the first ill-formed sequence starts: its byte offset, and its 1-based line and column
    /// counted in the scalars before it, for a `path:line:col` diagnostic; nil when all is well-formed.
    public static func firstInvalidPosition(in bytes: some Collection<UInt8>) -> (offset: Int, line: Int, column: Int)? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: return nil
            case .error: return (offset, line, column)
            }
        }
    }
}
