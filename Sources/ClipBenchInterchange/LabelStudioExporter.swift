import ClipBenchCore
import ClipBenchModel
import ClipBenchExtraction
import ClipBenchEvaluation

/// Label Studio's names for ClipBench's parts: the control tags of the generated labelling
/// configuration, as its results name them in `from_name`.
///
/// ```swift
/// LabelStudioNames.regionLabel(.boilerplate, .share)   // "boilerplate/share"
/// LabelStudioNames.regionLabels.count                  // 12: three labels and nine categories
/// ```
///
/// - Complexity: O(1), ``regionLabels`` O(number of labels).
public enum LabelStudioNames {
    public static let text = "text"
    public static let region = "region"
    public static let entity = "entity"
    public static let date = "date"
    public static let evidence = "evidence"
    public static let dateValue = "date_value"
    public static let registryID = "entity_id"
    public static let headline = "headline"
    public static let published = "published"
    public static let publishedReason = "published_reason"
    public static let notes = "notes"
    /// The only label of the `evidence` control.
    public static let evidenceLabel = "published"
    /// The label of the `date` control.
    public static let dateLabel = "DATE"

    /// A region's label as Label Studio shows it: `body`, or `boilerplate/share` with its category.
    public static func regionLabel(_ label: RegionLabel, _ category: BoilerplateCategory?) -> String {
        category.map { "\(label.rawValue)/\($0.rawValue)" } ?? label.rawValue
    }

    /// Every region label, boilerplate once per category.
    public static var regionLabels: [String] {
        RegionLabel.allCases.flatMap { label -> [String] in
            label == .boilerplate ? BoilerplateCategory.allCases.map { regionLabel(label, $0) } : [regionLabel(label, nil)]
        }
    }
}

/// Writes ClipBench clippings for Label Studio: a labelling configuration (XML) and tasks (JSON)
/// whose `predictions` Label Studio shows as pre-annotations.
///
/// Each task is `{"data": {"clipping": ID, "text": SEED}, "predictions": [{"model_version": …, "result": […]}]}`.
/// Spans are `labels` results of the controls `region`, `entity`, `date` and `evidence`; a date's value
/// and an entity's registry id are per-region `textarea` results with the span's result id; the headline,
/// the publication date, its reason and the notes are task-level `textarea` and `choices` results.
///
/// ```swift
/// let config = LabelStudioExporter.configuration()
/// let task = LabelStudioExporter.task(id: id, text: seed, predictions: [("gold", LabelStudioExporter.results(for: annotation, notes: nil, text: seed))])
/// ```
///
/// - Complexity: O(n) in the size of the text and the annotation.
public enum LabelStudioExporter {
    /// The labelling configuration for every entity type, region label and boilerplate category.
    public static func configuration() -> String {
        func labels(_ name: String, _ values: [String], _ colours: [String]) -> String {
            var lines = ["  <Labels name=\"\(name)\" toName=\"\(LabelStudioNames.text)\">"]
            for (index, value) in values.enumerated() {
                lines.append("    <Label value=\"\(HTMLEscaping.escape(value))\" background=\"\(colours[index % colours.count])\"/>")
            }
            lines.append("  </Labels>")
            return lines.joined(separator: "\n")
        }
        let regionColours = ["#f4c542", "#9ecae1", "#a1d99b", "#d9d9d9"]
        let entityColours = ["#e6550d", "#3182bd", "#31a354", "#756bb1"]
        let reasons = PublishedDate.MissingReason.allCases.map { "    <Choice value=\"\($0.rawValue)\"/>" }.joined(separator: "\n")
        return """
            <View>
              <Header value="Clipping $clipping"/>
            \(labels(LabelStudioNames.region, LabelStudioNames.regionLabels, regionColours))
            \(labels(LabelStudioNames.entity, EntityType.allCases.map(\.rawValue), entityColours))
            \(labels(LabelStudioNames.date, [LabelStudioNames.dateLabel], ["#fd8d3c"]))
            \(labels(LabelStudioNames.evidence, [LabelStudioNames.evidenceLabel], ["#de2d26"]))
              <Text name="\(LabelStudioNames.text)" value="$text" granularity="symbol"/>
              <Header value="Selected date: ISO 8601 value (leave empty for none)"/>
              <TextArea name="\(LabelStudioNames.dateValue)" toName="\(LabelStudioNames.text)" perRegion="true" maxSubmissions="1" editable="true"/>
              <Header value="Selected entity: registry id (leave empty for none)"/>
              <TextArea name="\(LabelStudioNames.registryID)" toName="\(LabelStudioNames.text)" perRegion="true" maxSubmissions="1" editable="true"/>
              <Header value="Headline (leave empty when the page has none)"/>
              <TextArea name="\(LabelStudioNames.headline)" toName="\(LabelStudioNames.text)" maxSubmissions="1" editable="true"/>
              <Header value="Publication date, ISO 8601 (leave empty when the text gives none)"/>
              <TextArea name="\(LabelStudioNames.published)" toName="\(LabelStudioNames.text)" maxSubmissions="1" editable="true"/>
              <Header value="Why there is no publication date"/>
              <Choices name="\(LabelStudioNames.publishedReason)" toName="\(LabelStudioNames.text)" choice="single">
            \(reasons)
              </Choices>
              <Header value="Notes"/>
              <TextArea name="\(LabelStudioNames.notes)" toName="\(LabelStudioNames.text)" maxSubmissions="1" editable="true"/>
            </View>

            """
    }

    /// One task: the clipping's text and id, and each prediction as a pre-annotation.
    public static func task(id: String, text: SeedText, predictions: [(modelVersion: String, result: [JSONValue])]) -> JSONValue {
        .object([
            ("data", .object([("clipping", .string(id)), (LabelStudioNames.text, .string(text.string))])),
            ("predictions", .array(predictions.map { .object([("model_version", .string($0.modelVersion)), ("result", .array($0.result))]) })),
        ])
    }

    /// The results of a whole annotation: every span, value, registry id, the headline, the
    /// publication date with its evidence and reason, and the notes.
    public static func results(for annotation: Annotation, notes: String?, text: SeedText, unit: OffsetUnit = .scalars) -> [JSONValue] {
        var builder = ResultBuilder(text: text, unit: unit)
        for region in annotation.regions {
            builder.span(region.span.range, control: LabelStudioNames.region, label: LabelStudioNames.regionLabel(region.label, region.category))
        }
        builder.entities(annotation.entities)
        builder.dates(annotation.dates)
        if let evidence = annotation.published.evidence {
            builder.span(evidence.range, control: LabelStudioNames.evidence, label: LabelStudioNames.evidenceLabel)
        }
        if let headline = annotation.headline { builder.textArea(LabelStudioNames.headline, headline) }
        if let value = annotation.published.value { builder.textArea(LabelStudioNames.published, value) }
        if let reason = annotation.published.reason {
            builder.results.append(.object([
                ("id", .string("published-reason")), ("from_name", .string(LabelStudioNames.publishedReason)),
                ("to_name", .string(LabelStudioNames.text)), ("type", .string("choices")),
                ("value", .object([("choices", .array([.string(reason.rawValue)]))])),
            ]))
        }
        if let notes, !notes.isEmpty { builder.textArea(LabelStudioNames.notes, notes) }
        return builder.results
    }

    /// The results of an extractor's prediction: what it attempted, entities and dates with offsets only
    /// (Label Studio has no place for a mention without a span).
    public static func results(for prediction: Prediction, text: SeedText, unit: OffsetUnit = .scalars) -> [JSONValue] {
        var builder = ResultBuilder(text: text, unit: unit)
        for region in prediction.regions where text.contains(region.start..<max(region.start, region.end)) {
            builder.span(region.start..<region.end, control: LabelStudioNames.region, label: LabelStudioNames.regionLabel(region.label, region.category))
        }
        builder.entities(prediction.entities)
        builder.dates(prediction.dates)
        if let headline = prediction.headline { builder.textArea(LabelStudioNames.headline, headline) }
        if let value = prediction.published { builder.textArea(LabelStudioNames.published, value) }
        return builder.results
    }

    /// Accumulates results with stable ids (`region-1`, `entity-3`, …) so per-region text areas can point at their span.
    private struct ResultBuilder {
        package let text: SeedText
        package let offsets: UTF16Offsets?
        package var results: [JSONValue] = []
        package var counts: [String: Int] = [:]

        package init(text: SeedText, unit: OffsetUnit) {
            self.text = text
            self.offsets = unit == .utf16 ? UTF16Offsets(text) : nil
        }

        package func converted(_ offset: Int) -> Int { offsets?.utf16Offset(ofScalar: offset) ?? offset }

        /// Adds a `labels` result and returns its id.
        @discardableResult
        package mutating func span(_ range: Range<Int>, control: String, label: String) -> String {
            counts[control, default: 0] += 1
            let id = "\(control)-\(counts[control]!)"
            results.append(.object([
                ("id", .string(id)), ("from_name", .string(control)), ("to_name", .string(LabelStudioNames.text)), ("type", .string("labels")),
                ("value", .object([
                    ("start", .integer(converted(range.lowerBound))), ("end", .integer(converted(range.upperBound))),
                    ("text", .string(text[range])), ("labels", .array([.string(label)])),
                ])),
            ]))
            return id
        }

        /// Adds a per-region `textarea` result attached to the span result `id`.
        package mutating func regionTextArea(_ control: String, id: String, range: Range<Int>, value: String) {
            results.append(.object([
                ("id", .string(id)), ("from_name", .string(control)), ("to_name", .string(LabelStudioNames.text)), ("type", .string("textarea")),
                ("value", .object([
                    ("start", .integer(converted(range.lowerBound))), ("end", .integer(converted(range.upperBound))),
                    ("text", .array([.string(value)])),
                ])),
            ]))
        }

        package mutating func textArea(_ control: String, _ value: String) {
            results.append(.object([
                ("id", .string(control)), ("from_name", .string(control)), ("to_name", .string(LabelStudioNames.text)), ("type", .string("textarea")),
                ("value", .object([("text", .array([.string(value)]))])),
            ]))
        }

        package mutating func entities(_ entities: [EntityMention]) {
            for entity in entities {
                guard let start = entity.start, let end = entity.end, start <= end, text.contains(start..<end) else { continue }
                let id = span(start..<end, control: LabelStudioNames.entity, label: entity.type.rawValue)
                if let registryID = entity.registryID { regionTextArea(LabelStudioNames.registryID, id: id, range: start..<end, value: registryID) }
            }
        }

        package mutating func dates(_ dates: [DateMention]) {
            for date in dates {
                guard let start = date.start, let end = date.end, start <= end, text.contains(start..<end) else { continue }
                let id = span(start..<end, control: LabelStudioNames.date, label: LabelStudioNames.dateLabel)
                if let value = date.value { regionTextArea(LabelStudioNames.dateValue, id: id, range: start..<end, value: value) }
            }
        }
    }
}
