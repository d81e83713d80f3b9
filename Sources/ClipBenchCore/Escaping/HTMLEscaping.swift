/// Escapes text for HTML, so a clipping that contains `<`, `&` or quotes cannot break the page.
///
/// ```swift
/// HTMLEscaping.escape(#"a < b & "c""#)   // a &lt; b &amp; &quot;c&quot;
/// ```
///
/// - Complexity: O(n) in the number of scalars.
public enum HTMLEscaping {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references; safe both as
    /// element content and inside a double- or single-quoted attribute value.
    public static func escape(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
            case "'": output.append(contentsOf: "&#39;".unicodeScalars)
            default: output.append(scalar)
            }
        }
        return String(output)
    }
}
