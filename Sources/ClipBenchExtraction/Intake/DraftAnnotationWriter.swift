import ClipBenchCore
import ClipBenchModel

/// Writes a draft annotation (`status: draft`) in the format of `Annotations/FORMAT.md`, pre-filled
/// with an extractor's suggestions, each marked `suggested: true` so the annotator checks it.
///
/// ```swift
/// let analysis = BaselineExtractor().analyse(text, id: id)
/// let yaml = DraftAnnotationWriter.yaml(for: analysis.prediction, text: text,
///                                      publishedEvidence: analysis.publishedEvidence, publishedReason: analysis.publishedReason)
/// // # yaml-language-server: $schema=../Schemas/annotation.schema.json
/// // id: 3f1c0a9be2d4c771
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

        let regions = prediction.regions.map { region in
            Region(label: region.label, category: region.category, span: TextSpan(start: region.start, end: region.end, text: text[region.start..<region.end]))
        }
        lines += itemLines(regions: regions, entities: prediction.entities, dates: prediction.dates, suggested: true)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar (``YAMLEscaping/doubleQuoted(_:)``, the project's one YAML escaper).
    public static func quoted(_ string: String) -> String {
        YAMLEscaping.doubleQuoted(string)
    }
}
