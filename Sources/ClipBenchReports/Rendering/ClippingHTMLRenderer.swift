import ClipBenchCore
import ClipBenchModel

/// Writes a clipping as one standalone HTML page with its regions, entities and dates marked.
///
/// The page is right to left, titled with the headline; boilerplate is greyed, entities are
/// highlighted by type, dates underlined (dashed when the value is null), and a legend explains
/// the colours. Each region carries a small tag with its label; every mark has a tooltip with its
/// type, registry id or value and its offsets. Marks that cross a region border are split there.
///
/// ```swift
/// let html = ClippingHTMLRenderer().render(annotation, text: SeedText(seed))
/// ```
///
/// - Complexity: O(n + m²) for n scalars and m marks.
public struct ClippingHTMLRenderer: Sendable {
    public init() {}

    /// The complete page.
    public func render(_ annotation: Annotation, text: SeedText) -> String {
        let title = annotation.headline ?? annotation.id
        var body = "<header>\n<h1>\(HTMLEscaping.escape(title))</h1>\n"
        body += "<p class=\"meta\">\(metadataLine(of: annotation))</p>\n</header>\n"
        body += Self.legend + "\n"
        body += "<main class=\"clip\">\n" + markup(annotation, text: text) + "</main>\n"
        return HTMLPage(title: title, style: HTMLPage.baseStyle, body: body).rendered
    }

    /// The marked text alone (no page), for embedding: one `<div class="line">` per line of the seed.
    ///
    /// Each line gets its own direction from its first letter (Arabic → rtl, Latin → ltr, none →
    /// rtl), so a Latin dateline such as `2025-02-27@01:36:37 GMT` reads in its own order instead
    /// of being reordered inside a right-to-left paragraph. Marks that run over a line break are
    /// split there like at any other border.
    public func markup(_ annotation: Annotation, text: SeedText) -> String {
        let marks = ClippingMark.marks(of: annotation, in: text)
        var output = ""
        for line in 1...text.lineStarts.count {
            guard let range = text.rangeOfLine(line) else { continue }
            // A seed that ends with a line break has an empty last "line": nothing to show there.
            if line == text.lineStarts.count, range.isEmpty, line > 1 { continue }
            let onLine = marks.filter { $0.range.overlaps(range) }
            output += "<div class=\"line\" dir=\"\(Self.direction(of: text.scalars[range]))\">"
            write(MarkupTree.build(range: range, marks: onLine), text: text, to: &output)
            output += "</div>\n"
        }
        return output
    }

    /// `ltr` when the first letter of `scalars` is not from a right-to-left script, else `rtl`.
    package static func direction(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard let letter = scalars.first(where: { $0.properties.isAlphabetic }) else { return "rtl" }
        switch letter.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return "rtl"
        default: return "ltr"
        }
    }

    /// The legend: region labels, entity types, dates.
    public static let legend: String = {
        var html = "<div class=\"legend\" aria-label=\"legend\"><b>مناطق · regions</b>"
        for label in RegionLabel.allCases {
            html += "<span class=\"chip r-\(label.rawValue) ltr\">\(label.rawValue)</span>"
        }
        html += "<b>كيانات · entities</b>"
        for type in EntityType.allCases {
            html += "<mark class=\"chip e e-\(type.rawValue) ltr\">\(type.rawValue)</mark>"
        }
        html += "<b>تواريخ · dates</b><span class=\"chip d ltr\">date = value</span>"
        html += "<span class=\"chip d d-null ltr\">date = null</span></div>"
        return html
    }()

    private func metadataLine(of annotation: Annotation) -> String {
        var published = annotation.published.value ?? "none"
        if annotation.published.value == nil, let reason = annotation.published.reason {
            published += " (\(reason.rawValue))"
        }
        let parts = [
            annotation.id, annotation.status.rawValue, "published: \(published)",
            "\(annotation.regions.count) regions", "\(annotation.entities.count) entities",
            "\(annotation.dates.count) dates",
        ]
        return "<span class=\"ltr\">" + HTMLEscaping.escape(parts.joined(separator: " · ")) + "</span>"
    }

    private func write(_ nodes: [MarkupNode<ClippingMark>], text: SeedText, to output: inout String) {
        for node in nodes {
            switch node {
            case .text(let range):
                output += HTMLEscaping.escape(text[range])
            case .mark(let element):
                let cut = (element.isCutAtStart ? " cut-start" : "") + (element.isCutAtEnd ? " cut-end" : "")
                let offsets = "[\(element.mark.range.lowerBound), \(element.mark.range.upperBound))"
                switch element.mark.payload {
                case .region(let region):
                    let tooltip = HTMLEscaping.escape("\(region.displayLabel) \(offsets)")
                    output += "<span class=\"r r-\(region.label.rawValue)\" title=\"\(tooltip)\">"
                    if !element.isCutAtStart {
                        output += "<span class=\"r-tag\" dir=\"ltr\" aria-hidden=\"true\">\(HTMLEscaping.escape(region.displayLabel))</span>"
                    }
                    write(element.children, text: text, to: &output)
                    output += "</span>"
                case .entity(let entity):
                    let id = entity.registryID.map { " \($0)" } ?? ""
                    let tooltip = HTMLEscaping.escape("\(entity.type.rawValue)\(id) \(offsets)")
                    output += "<mark class=\"e e-\(entity.type.rawValue)\(cut)\" title=\"\(tooltip)\">"
                    write(element.children, text: text, to: &output)
                    output += "</mark>"
                case .date(let date):
                    let tooltip = HTMLEscaping.escape("date = \(date.value ?? "null") \(offsets)")
                    let null = date.value == nil ? " d-null" : ""
                    output += "<span class=\"d\(null)\(cut)\" title=\"\(tooltip)\">"
                    write(element.children, text: text, to: &output)
                    output += "</span>"
                }
            }
        }
    }
}
