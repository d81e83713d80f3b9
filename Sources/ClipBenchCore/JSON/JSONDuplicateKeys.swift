/// Finds a key that appears twice in one JSON object.
///
/// `JSONSerialization` silently keeps one of two equal keys, so `{"headline": "a", "headline": "b"}`
/// would be scored as whichever it kept. A prediction is strict about its keys (an unknown key is
/// an error), so a repeated one is an error too; this scan finds it without building anything.
///
/// ```swift
/// JSONDuplicateKeys.firstDuplicate(in: #"{"entities": [{"text": "a", "text": "b"}]}"#)
/// // "entities[0].text"
/// ```
///
/// - Complexity: O(n) in the length of the text, one pass over its UTF-8 bytes. The text is
///   expected to be valid JSON already; on other text the answer is unspecified but the scan ends.
package enum JSONDuplicateKeys {
    private struct Frame {
        package var isObject: Bool
        package var keys: Set<[UInt8]> = []
        package var key = ""
        package var index = 0
    }

    /// The path of the first repeated key (such as `entities[0].text`), or nil when there is none.
    package static func firstDuplicate(in text: String) -> String? {
        let bytes = Array(text.utf8)
        var stack: [Frame] = []
        var expectingKey = false
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                stack.append(Frame(isObject: true))
                expectingKey = true
            case UInt8(ascii: "["):
                stack.append(Frame(isObject: false))
                expectingKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                guard let last = stack.indices.last else { break }
                if stack[last].isObject { expectingKey = true } else { stack[last].index += 1 }
            case UInt8(ascii: "\""):
                let start = index + 1
                index = start
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard expectingKey, let last = stack.indices.last, stack[last].isObject else { break }
                let key = Array(bytes[start..<min(index, bytes.count)])
                let name = String(decoding: key, as: UTF8.self)
                if !stack[last].keys.insert(key).inserted {
                    return path(of: stack.dropLast(), appending: name)
                }
                stack[last].key = name
                expectingKey = false
            default:
                break
            }
            index += 1
        }
        return nil
    }

    private static func path(of frames: ArraySlice<Frame>, appending key: String) -> String {
        var path = ""
        for frame in frames {
            if frame.isObject {
                path += path.isEmpty ? frame.key : ".\(frame.key)"
            } else {
                path += "[\(frame.index)]"
            }
        }
        return path.isEmpty ? key : "\(path).\(key)"
    }
}
