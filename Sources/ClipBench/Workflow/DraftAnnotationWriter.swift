/// Writes a draft annotation (`status: draft`) in the format of `Annotations/FORMAT.md`, pre-filled
/// with an extractor's suggestions, each marked `suggested: true` so the annotator checks it.
///
/// ```swift
/// let analysis = BaselineExtractor().analyse(text, id: id)
/// let yaml = DraftAnnotationWriter.yaml(for: analysis.prediction, text: text,
///                                      publishedEvidence: analysis.publishedEvidence, publishedReason: analysis.publishedReason)
/// // # yaml-language-server: $schema=../Schemas/annotation.schema.json
/// // id: 005_…
/// // status: draft
/// // …
/// ```
///
/// - Complexity: O(n) in the size of the clipping and the prediction.
public enum DraftAnnotationWriter {
    public static func yaml(for prediction: Prediction, text: SeedText, publishedEvidence: TextSpan?, publishedReason: PublishedDate.MissingReason? = nil) -> String {
        var lines = [
            "# yaml-language-server: $schema=../Schemas/annotation.schema.json",
            "id: \(prediction.id)",
            "status: draft                     # set to done once every suggestion is checked and its mark removed",
        ]
        // The headline is a suggestion like every other item, so validate counts it until checked.
        lines.append("headline: {value: \(prediction.headline.map(quoted) ?? "null"), suggested: true}")
        lines.append("published:")
        if let value = prediction.published {
            lines.append("  value: \(quoted(value))")
        } else {
            lines.append("  value: null")
            lines.append("  reason: \((publishedReason ?? .absent).rawValue)")
        }
        if let evidence = publishedEvidence {
            lines.append("  evidence: {start: \(evidence.start), end: \(evidence.end), text: \(quoted(evidence.text))}")
        }
        lines.append("  suggested: true")

        lines.append(prediction.regions.isEmpty ? "regions: []" : "regions:")
        for region in prediction.regions {
            let span = TextSpan(start: region.start, end: region.end, text: text[region.start..<region.end])
            lines.append("  - " + EditedAnnotation.RegionItem(span: span, label: region.label, category: region.category, isSuggested: true).flowYAML)
        }
        lines.append(prediction.entities.isEmpty ? "entities: []" : "entities:")
        for entity in prediction.entities {
            guard let start = entity.start, let end = entity.end else { continue }
            let span = TextSpan(start: start, end: end, text: entity.text)
            lines.append("  - " + EditedAnnotation.EntityItem(span: span, type: entity.type, registryID: entity.registryID, isSuggested: true).flowYAML)
        }
        lines.append(prediction.dates.isEmpty ? "dates: []" : "dates:")
        for date in prediction.dates {
            guard let start = date.start, let end = date.end else { continue }
            lines.append("  - " + EditedAnnotation.DateItem(span: TextSpan(start: start, end: end, text: date.text), value: date.value, isSuggested: true).flowYAML)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: JSON-style escapes, and every character YAML does not allow
    /// raw (controls, C1 controls, BOM, non-characters) as `\uXXXX`.
    public static func quoted(_ string: String) -> String {
        var output = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                let value = scalar.value
                let printable = (0x20...0x7E).contains(value) || value == 0x85 || (0xA0...0xD7FF).contains(value)
                    || ((0xE000...0xFFFD).contains(value) && value != 0xFEFF) || (0x10000...0x10FFFF).contains(value)
                if printable {
                    output.unicodeScalars.append(scalar)
                } else if value <= 0xFFFF {
                    output += "\\u" + hex(value, width: 4)
                } else {
                    output += "\\U" + hex(value, width: 8)
                }
            }
        }
        return output + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
