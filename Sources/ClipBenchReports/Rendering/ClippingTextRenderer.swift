import ClipBenchCore
import ClipBenchModel

/// Writes a clipping as text with its regions, entities and dates marked, for a terminal or a file.
///
/// Plain (no colour): every line starts with the label of its region, padded to one width; a region
/// that starts inside a line is announced there as `⟦label⟧`; entities are `[PER دميتري بيسكوف]`
/// and dates `{DATE=2025-02-18 18 فبراير}` (`DATE=null` when the text gives no value). With colour
/// (ANSI): regions by colour, entities on a background by type, dates underlined; labels stay.
///
/// Marks are placed by Unicode scalar offsets, so harakat and shadda never shift them.
///
/// ```swift
/// let renderer = ClippingTextRenderer(usesColour: false)
/// print(renderer.render(annotation, text: SeedText(seed)))
/// ```
///
/// - Complexity: O(n + m²) for n scalars and m marks.
public struct ClippingTextRenderer: Sendable {
    /// Whether to style with ANSI escape codes instead of bracket markers.
    public var usesColour: Bool

    public init(usesColour: Bool) {
        self.usesColour = usesColour
    }

    /// The whole clipping, marked, ending with a newline; a header line names it first.
    public func render(_ annotation: Annotation, text: SeedText) -> String {
        var writer = Writer(text: text, usesColour: usesColour, regionOfLine: Self.regionOfEachLine(annotation, text: text))
        writer.output += header(of: annotation)
        let marks = ClippingMark.marks(of: annotation, in: text)
        writer.write(MarkupTree.build(range: 0..<text.count, marks: marks))
        writer.finish()
        return writer.output
    }

    /// A legend of the styles, for the top of a coloured rendering.
    public static func legend(usesColour: Bool) -> String {
        guard usesColour else {
            return "regions: label at the start of each line, ⟦label⟧ inside a line; entities: [TYPE text]; "
                + "dates: {DATE=value text}\n"
        }
        var parts: [String] = []
        for label in RegionLabel.allCases {
            parts.append(Style.sgr(region: label, entity: nil, date: false) + label.rawValue + Style.reset)
        }
        for type in EntityType.allCases {
            parts.append(Style.sgr(region: nil, entity: type, date: false) + type.rawValue + Style.reset)
        }
        parts.append(Style.sgr(region: nil, entity: nil, date: true) + "date" + Style.reset)
        return parts.joined(separator: " ") + "\n"
    }

    private func header(of annotation: Annotation) -> String {
        var published = annotation.published.value ?? "none"
        if annotation.published.value == nil, let reason = annotation.published.reason {
            published += " (\(reason.rawValue))"
        }
        let line = "# \(annotation.id) · \(annotation.status.rawValue) · published: \(published) · "
            + "\(annotation.regions.count) regions, \(annotation.entities.count) entities, \(annotation.dates.count) dates\n"
        return (usesColour ? Style.dim + line + Style.reset : line) + Self.legend(usesColour: usesColour) + "\n"
    }

    /// For each line (0-based), the region holding its first non-whitespace scalar, if any.
    package static func regionOfEachLine(_ annotation: Annotation, text: SeedText) -> [Region?] {
        let regions = annotation.regions.filter { $0.span.start < $0.span.end }.sorted { $0.span.start < $1.span.start }
        var result: [Region?] = []
        for (index, start) in text.lineStarts.enumerated() {
            let end = index + 1 < text.lineStarts.count ? text.lineStarts[index + 1] : text.count
            var first: Int?
            for offset in start..<end where !text.scalars[offset].properties.isWhitespace {
                first = offset
                break
            }
            guard let first else { result.append(nil); continue }
            result.append(regions.last { $0.span.start <= first && first < $0.span.end })
        }
        return result
    }

    /// The ANSI styles; one full SGR sequence per state so nesting never leaks a style.
    package enum Style {
        package static let reset = "\u{1B}[0m"
        package static let dim = "\u{1B}[2m"

        package static func sgr(region: RegionLabel?, entity: EntityType?, date: Bool) -> String {
            var codes: [String] = []
            switch region {
            case .headline: codes += ["1", "33"]
            case .metadata: codes += ["36"]
            case .boilerplate: codes += ["90"]
            case .body, nil: break
            }
            if let entity {
                codes.removeAll { $0 == "33" || $0 == "36" || $0 == "90" }
                codes.append("30")
                switch entity {
                case .person: codes.append("48;5;217")
                case .organisation: codes.append("48;5;153")
                case .location: codes.append("48;5;156")
                case .miscellaneous: codes.append("48;5;229")
                }
            }
            if date { codes.append("4") }
            return "\u{1B}[0;" + codes.joined(separator: ";") + "m"
        }
    }

    /// Walks the markup tree and writes lines, label prefixes and markers.
    private struct Writer {
        package let text: SeedText
        package let usesColour: Bool
        package let regionOfLine: [Region?]
        package let labelWidth: Int
        package var output = ""
        package var line = 0
        package var atLineStart = true
        package var regionStack: [Region] = []
        package var entityStack: [EntityType] = []
        package var dateDepth = 0

        package init(text: SeedText, usesColour: Bool, regionOfLine: [Region?]) {
            self.text = text
            self.usesColour = usesColour
            self.regionOfLine = regionOfLine
            self.labelWidth = regionOfLine.compactMap { $0?.displayLabel.unicodeScalars.count }.max() ?? 0
        }

        package mutating func write(_ nodes: [MarkupNode<ClippingMark>]) {
            for node in nodes {
                switch node {
                case .text(let range): writeText(range)
                case .mark(let element): write(element)
                }
            }
        }

        package mutating func write(_ element: MarkupElement<ClippingMark>) {
            switch element.mark.payload {
            case .region(let region):
                let announced = line < regionOfLine.count && regionOfLine[line] == region && !element.isCutAtStart
                if !announced && !element.isCutAtStart {
                    startLineIfNeeded()
                    let tag = "⟦\(region.displayLabel)⟧"
                    output += usesColour ? Style.dim + tag + Style.reset : tag
                }
                regionStack.append(region)
                write(element.children)
                regionStack.removeLast()
            case .entity(let entity):
                entityStack.append(entity.type)
                if !usesColour { emitMarker("[\(entity.type.rawValue) ") }
                write(element.children)
                if !usesColour { emitMarker("]") }
                entityStack.removeLast()
            case .date(let date):
                dateDepth += 1
                if !usesColour { emitMarker("{DATE=\(date.value ?? "null") ") }
                write(element.children)
                if !usesColour { emitMarker("}") }
                dateDepth -= 1
            }
        }

        package mutating func emitMarker(_ marker: String) {
            startLineIfNeeded()
            output += marker
        }

        package mutating func writeText(_ range: Range<Int>) {
            var pieceStart = range.lowerBound
            for offset in range where text.scalars[offset] == "\n" {
                emitScalars(pieceStart..<offset)
                if usesColour { output += Style.reset }
                output += "\n"
                line += 1
                atLineStart = true
                pieceStart = offset + 1
            }
            emitScalars(pieceStart..<range.upperBound)
        }

        package mutating func emitScalars(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            startLineIfNeeded()
            if usesColour {
                output += Style.sgr(region: regionStack.last?.label, entity: entityStack.last, date: dateDepth > 0)
            }
            output.unicodeScalars.append(contentsOf: text.scalars[range])
        }

        /// Writes the line's region label before its first scalar or marker.
        package mutating func startLineIfNeeded() {
            guard atLineStart else { return }
            atLineStart = false
            guard labelWidth > 0 else { return }
            let label = line < regionOfLine.count ? regionOfLine[line]?.displayLabel ?? "" : ""
            let padding = String(repeating: " ", count: labelWidth - label.unicodeScalars.count)
            let prefix = label + padding + " │ "
            output += usesColour ? Style.dim + prefix + Style.reset : prefix
        }

        package mutating func finish() {
            if usesColour { output += Style.reset }
            if !output.hasSuffix("\n") { output += "\n" }
        }
    }
}
