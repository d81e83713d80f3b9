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
        lines.append(annotation.regions.isEmpty ? "regions: []" : "regions:")
        for region in annotation.regions {
            let category = region.category.map { ", category: \($0.rawValue)" } ?? ""
            lines.append("  - {\(spanFields(region.span)), label: \(region.label.rawValue)\(category)}")
        }
        lines.append(annotation.entities.isEmpty ? "entities: []" : "entities:")
        for entity in annotation.entities {
            guard let start = entity.start, let end = entity.end else { continue }
            let registryID = entity.registryID.map { ", id: \($0)" } ?? ""
            lines.append("  - {\(spanFields(TextSpan(start: start, end: end, text: entity.text))), type: \(entity.type.rawValue)\(registryID)}")
        }
        lines.append(annotation.dates.isEmpty ? "dates: []" : "dates:")
        for date in annotation.dates {
            guard let start = date.start, let end = date.end else { continue }
            lines.append("  - {\(spanFields(TextSpan(start: start, end: end, text: date.text))), value: \(date.value.map(quoted) ?? "null")}")
        }
        if let notes, !notes.isEmpty { lines.append("notes: \(quoted(notes))") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func spanFields(_ span: TextSpan) -> String {
        "start: \(span.start), end: \(span.end), text: \(quoted(span.text))"
    }
}
