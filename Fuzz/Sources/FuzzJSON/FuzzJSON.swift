import ClipBenchCore
import FuzzSupport

/// The JSON parser (`JSONParser`), which every JSON input of ClipBench goes through.
///
/// Checks: no trap; an error's line and column lie inside the input; a parsed value written out
/// (compact and pretty) parses back to the same value, and writing that again gives the same
/// text; the text and byte entry points agree; every top-level key is located inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let shape = InputShape(bytes: bytes)
    let value: JSONValue
    do {
        value = try JSONParser.parse(bytes: bytes)
    } catch {
        Invariant.require(error.line >= 1 && error.line <= shape.lineFeedLineLengths.count,
                          "error line \(error.line) outside the input (\(error))")
        Invariant.require(error.column >= 1 && error.column <= shape.longestColumn(onLine: error.line),
                          "error column \(error.column) outside line \(error.line) (\(error))")
        if let text = String(validating: bytes, as: UTF8.self) {
            Invariant.require((try? JSONParser.parse(text)) == nil, "the text entry point accepts what the byte one refuses")
        }
        return 0
    }
    let compact = value.serialized()
    for written in [compact, value.serialized(pretty: true)] {
        do {
            let reread = try JSONParser.parse(written)
            Invariant.require(reread.isSameJSON(as: value), "read back differs: \(written)")
            Invariant.require(reread.serialized() == compact, "written twice differs: \(compact) vs \(reread.serialized())")
        } catch {
            Invariant.require(false, "ClipBench's own output does not parse: \(error) in \(written)")
        }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
        Invariant.require(false, "bytes that are not UTF-8 were accepted")
        return 0
    }
    Invariant.require((try? JSONParser.parse(text))?.isSameJSON(as: value) == true, "the text and byte entry points disagree")
    if case .object(let members) = value {
        for (key, _) in members.prefix(8) where !key.contains(".") && !key.contains("[") && !key.isEmpty {
            guard let position = JSONParser.location(of: key, in: text) else {
                Invariant.require(false, "the key '\(key)' is not located")
                return 0
            }
            Invariant.require(position.line <= shape.lineFeedLineLengths.count && position.column <= shape.longestColumn(onLine: position.line),
                              "the key '\(key)' is located at \(position) outside the input")
        }
    }
    return 0
}
