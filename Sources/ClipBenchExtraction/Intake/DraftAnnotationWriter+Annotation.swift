import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

extension DraftAnnotationWriter {
    /// A complete annotation in the format of `Annotations/FORMAT.md`, flow-style spans, as an import
    /// from another tool writes it: nothing is marked suggested, the status is the annotation's.
    ///
    /// ```swift
    /// let yaml = DraftAnnotationWriter.yaml(for: clipping.annotation, notes: "Imported from brat.")
    /// // # yaml-language-server: $schema=../Schemas/annotation.schema.json
    /// // id: 002_545d3a95fd3ea7b3
    /// // status: draft
    /// // …
    /// ```
    ///
    /// - Complexity: O(n) in the size of the annotation.
    public static func yaml(for annotation: Annotation, notes: String?) -> String {
        var lines = [
            "# yaml-language-server: $schema=../Schemas/annotation.schema.json",
            "id: \(annotation.id)",
            "status: \(annotation.status.rawValue)",
            "headline: \(annotation.headline.map(quoted) ?? "null")",
            "published:",
            "  value: \(annotation.published.value.map(quoted) ?? "null")",
        ]
        if let reason = annotation.published.reason { lines.append("  reason: \(reason.rawValue)") }
        if let evidence = annotation.published.evidence { lines.append("  evidence: {\(spanFields(evidence))}") }
        lines += itemLines(regions: annotation.regions, entities: annotation.entities, dates: annotation.dates, suggested: false)
        if let notes, !notes.isEmpty { lines.append("notes: \(quoted(notes))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `regions:`, `entities:` and `dates:` lists in flow style, written by the editor's item
    /// renderers (``EditedAnnotation``'s `flowYAML`, the one house style), each item marked
    /// `suggested: true` in a draft of suggestions; mentions without offsets are left out.
    package static func itemLines(regions: [Region], entities: [EntityMention], dates: [DateMention], suggested: Bool) -> [String] {
        var lines = [regions.isEmpty ? "regions: []" : "regions:"]
        for region in regions {
            lines.append("  - " + EditedAnnotation.RegionItem(span: region.span, label: region.label, category: region.category, isSuggested: suggested).flowYAML)
        }
        lines.append(entities.isEmpty ? "entities: []" : "entities:")
        for entity in entities {
            guard let start = entity.start, let end = entity.end else { continue }
            let span = TextSpan(start: start, end: end, text: entity.text)
            lines.append("  - " + EditedAnnotation.EntityItem(span: span, type: entity.type, registryID: entity.registryID, isSuggested: suggested).flowYAML)
        }
        lines.append(dates.isEmpty ? "dates: []" : "dates:")
        for date in dates {
            guard let start = date.start, let end = date.end else { continue }
            let span = TextSpan(start: start, end: end, text: date.text)
            lines.append("  - " + EditedAnnotation.DateItem(span: span, value: date.value, isSuggested: suggested).flowYAML)
        }
        return lines
    }

    private static func spanFields(_ span: TextSpan) -> String {
        "start: \(span.start), end: \(span.end), text: \(quoted(span.text))"
    }
}
