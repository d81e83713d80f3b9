import Foundation

/// Text as a YAML scalar, the one escaper for every YAML file ClipBench writes (drafts, adjudicated
/// annotations, the registry, gates), so whatever is written reads back as the very same string.
///
/// YAML folds line breaks inside double-quoted scalars, and it counts U+0085 (NEL), U+2028 and
/// U+2029 as line breaks as well as `\n` and `\r`: written raw, a span's text would read back
/// changed and no longer match its seed. They, the C0 and C1 controls, the byte-order mark and
/// the non-characters are escaped.
///
/// ```swift
/// YAMLEscaping.doubleQuoted("a\u{2028}b\"")   // "\"a\\Lb\\\"\""
/// YAMLEscaping.scalar("Istanbul")              // "Istanbul" (plain reads back the same)
/// YAMLEscaping.scalar("yes")                   // "\"yes\"" (plain would be a boolean)
/// ```
///
/// - Complexity: O(*n*) in the number of scalars.
public enum YAMLEscaping {
    /// A double-quoted scalar holding exactly `text`.
    public static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case "\u{85}": output += "\\N"
            case "\u{2028}": output += "\\L"
            case "\u{2029}": output += "\\P"
            default:
                let value = scalar.value
                let printable = (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
                    || ((0xE000...0xFFFD).contains(value) && value != 0xFEFF) || (0x10000...0x10FFFF).contains(value)
                if printable {
                    output.unicodeScalars.append(scalar)
                } else if value <= 0xFFFF {
                    output += "\\u" + hexadecimal(value, width: 4)
                } else {
                    output += "\\U" + hexadecimal(value, width: 8)
                }
            }
        }
        return output + "\""
    }

    /// A plain scalar when YAML reads it back as this very string (no indicator first, no `: ` or
    /// ` #`, not a number, boolean or null), else ``doubleQuoted(_:)``.
    public static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        let first = text.unicodeScalars.first
        let plainIsSafe = !reserved.contains(text.lowercased())
            && first.map { !"-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains($0) } == true
            && text.unicodeScalars.last != " " && !text.hasSuffix(":")
            && !text.contains(": ") && !text.contains(" #") && !text.contains("\t")
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && ![0x2028, 0x2029, 0xFEFF].contains(scalar.value)
                    && scalar.value < 0xFFF0
            }
            && Double(text) == nil && Int(text) == nil && !text.contains(where: { $0 == "\"" || $0 == "\\" })
        return plainIsSafe ? text : doubleQuoted(text)
    }

    private static func hexadecimal(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
