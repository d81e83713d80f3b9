import ClipBenchCore

/// A span as written in an annotation file: its offsets (absent until `clipbench anchor` fills
/// them in), its quoted text, the annotator's hints, and where each part stands in the file.
///
/// ```swift
/// // {text: "روسيا", type: LOC, line: 5}  →  start/end nil, lineHint 5
/// span.textSpan   // nil until anchored
/// ```
public struct AnnotatedSpan: Sendable, Hashable {
    /// Which item of the annotation the span belongs to.
    public enum Role: Sendable, Hashable, CustomStringConvertible {
        case evidence
        case region(Int)
        case entity(Int)
        case date(Int)

        /// How messages name the item, e.g. `entity 3` (1-based).
        public var description: String {
            switch self {
            case .evidence: "the published evidence"
            case .region(let index): "region \(index + 1)"
            case .entity(let index): "entity \(index + 1)"
            case .date(let index): "date \(index + 1)"
            }
        }
    }

    public var role: Role
    public var start: Int?
    public var end: Int?
    public var text: String
    /// `line:` — the 1-based seed line the quote is on.
    public var lineHint: Int?
    /// `occurrence:` — which occurrence (1-based) of the quote, on `lineHint`'s line or in the whole seed.
    public var occurrence: Int?
    /// `suggested: true` — a suggestion nobody has checked yet.
    public var isSuggested: Bool
    /// `partial: true` — the quote may start or end inside a word (a clitic such as «و» before it).
    public var allowsPartialWords: Bool = false
    /// Whether the span's mapping is in flow style (`{…}`).
    public var isFlow: Bool
    /// The span's mapping.
    public var location: SourceLocation
    /// The `text` key (where `anchor` inserts the offsets).
    public var textKeyLocation: SourceLocation
    public var textLocation: SourceLocation
    public var startLocation: SourceLocation?
    public var endLocation: SourceLocation?

    public init(
        role: Role, start: Int?, end: Int?, text: String, lineHint: Int? = nil, occurrence: Int? = nil,
        isSuggested: Bool = false, isFlow: Bool = true, location: SourceLocation,
        textKeyLocation: SourceLocation? = nil, textLocation: SourceLocation? = nil,
        startLocation: SourceLocation? = nil, endLocation: SourceLocation? = nil
    ) {
        self.role = role
        self.start = start
        self.end = end
        self.text = text
        self.lineHint = lineHint
        self.occurrence = occurrence
        self.isSuggested = isSuggested
        self.isFlow = isFlow
        self.location = location
        self.textKeyLocation = textKeyLocation ?? location
        self.textLocation = textLocation ?? location
        self.startLocation = startLocation
        self.endLocation = endLocation
    }

    /// The span with its offsets, or nil while either is missing.
    public var textSpan: TextSpan? {
        guard let start, let end else { return nil }
        return TextSpan(start: start, end: end, text: text)
    }

    /// Whether both offsets are written.
    public var isAnchored: Bool { start != nil && end != nil }

    /// The item and its quote for messages, e.g. `entity 3 «بيسكوف»` (long quotes shortened).
    public var label: String {
        let scalars = Array(text.unicodeScalars)
        var quote = String.UnicodeScalarView()
        quote.append(contentsOf: scalars.prefix(40))
        return "\(role) «\(Self.escapingLineBreaks(String(quote)))\(scalars.count > 40 ? "…" : "")»"
    }

    /// `text` with line breaks and tabs written as `\n`, `\r`, `\t`, so a diagnostic stays on one line.
    public static func escapingLineBreaks(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
