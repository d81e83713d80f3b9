import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import ClipBenchExtraction
import ClipBenchEvaluation

/// Reads Label Studio's JSON export (a list of tasks with their `annotations`) back into ClipBench
/// annotations, for tasks made by ``LabelStudioExporter``.
///
/// Each submitted annotation (cancelled ones are skipped) becomes one ``ImportedAnnotation``; its notes
/// keep the notes written in Label Studio, then a line naming the task, the annotation, the annotator
/// and the lead time. Spans must carry the exact text Label Studio shows (`value.text`) where it is given:
/// a mismatch is reported, with a hint when the offsets look like UTF-16 units.
///
/// ```swift
/// let result = LabelStudioImporter(path: "export.json").annotations(fromJSON: text)
/// result.annotations.first?.annotation.entities.count
/// ```
///
/// - Complexity: O(n) in the size of the export.
public struct LabelStudioImporter: Sendable {
    /// The file, as diagnostics name it.
    public var path: String
    /// How the export counts offsets.
    public var unit: OffsetUnit
    /// The status the imported annotations get (`draft` unless a person vouches for them).
    public var status: Annotation.Status
    /// The seed of a clipping id, when the dataset has it: the task's text must equal it.
    public var seed: @Sendable (String) -> SeedText?

    public init(path: String, unit: OffsetUnit = .scalars, status: Annotation.Status = .draft, seed: @escaping @Sendable (String) -> SeedText? = { _ in nil }) {
        self.path = path
        self.unit = unit
        self.status = status
        self.seed = seed
    }

    /// Every annotation of the export, with one diagnostic per problem.
    public func annotations(fromJSON json: String) -> (annotations: [ImportedAnnotation], diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticsCollector()
        func error(_ message: String, _ jsonPath: String) {
            let position = JSONParser.location(of: jsonPath, in: json)
            diagnostics.error(message, at: SourceLocation(path: path, line: position?.line, column: position?.column))
        }
        let root: JSONValue
        do {
            root = try JSONValue(parsing: json)
        } catch {
            diagnostics.error("not JSON: \(error.message)", at: SourceLocation(path: path, line: error.line, column: error.column))
            return ([], diagnostics.diagnostics)
        }
        guard let tasks = root.asArray else {
            error("a Label Studio JSON export is a list of tasks", "")
            return ([], diagnostics.diagnostics)
        }
        var imported: [ImportedAnnotation] = []
        for (taskIndex, task) in tasks.enumerated() {
            let taskPath = "[\(taskIndex)]"
            guard let id = task.member("data")?.member("clipping")?.asString else {
                error("the task has no data.clipping (the clipping id that clipbench export writes)", taskPath)
                continue
            }
            if let problem = ClippingID.problem(with: id) {
                error("data.clipping: \(problem)", taskPath + ".data.clipping")
                continue
            }
            guard let textString = task.member("data")?.member(LabelStudioNames.text)?.asString else {
                error("the task has no data.text", taskPath + ".data")
                continue
            }
            let text = SeedText(textString)
            if let seed = seed(id), seed != text {
                error("the task's text is not the text of seeds/\(id).txt", taskPath + ".data.text")
                continue
            }
            let submitted = (task.member("annotations")?.asArray ?? []).enumerated().filter { $0.element.member("was_cancelled")?.asBool != true }
            for (annotationIndex, annotation) in submitted {
                let annotationPath = "\(taskPath).annotations[\(annotationIndex)]"
                var reader = ResultReader(text: text, offsets: unit == .utf16 ? UTF16Offsets(text) : nil, unit: unit)
                let results = annotation.member("result")?.asArray ?? []
                for (resultIndex, result) in results.enumerated() {
                    if let problem = reader.read(result) { error(problem.message, "\(annotationPath).result[\(resultIndex)]" + problem.key) }
                }
                let annotator = Self.annotator(of: annotation)
                var provenance = "Imported from Label Studio: task \(task.member("id")?.asInteger.map(String.init) ?? "?")"
                if let number = annotation.member("id")?.asInteger { provenance += ", annotation \(number)" }
                if let annotator { provenance += ", annotator \(annotator)" }
                if let leadTime = annotation.member("lead_time")?.asDouble { provenance += ", lead time \(JSONValue.format(leadTime)) s" }
                if let created = annotation.member("created_at")?.asString { provenance += ", created \(created)" }
                provenance += "."
                let notes = [reader.notes, provenance].compactMap { $0 }.joined(separator: "\n")
                imported.append(ImportedAnnotation(
                    annotation: reader.annotation(id: id, status: status), notes: notes,
                    annotator: InterchangeNames.folderName(forAnnotator: annotator ?? "annotation-\(annotationIndex + 1)")))
            }
        }
        return (imported, diagnostics.diagnostics)
    }

    /// The annotator's e-mail (or id) from `completed_by`, which Label Studio writes as an object or a number.
    package static func annotator(of annotation: JSONValue) -> String? {
        guard let completedBy = annotation.member("completed_by") else { return nil }
        if let email = completedBy.member("email")?.asString { return email }
        if let number = completedBy.asInteger ?? completedBy.member("id")?.asInteger { return "user-\(number)" }
        return nil
    }

    /// Gathers the results of one annotation.
    private struct ResultReader {
        package struct Problem: Error { var message: String; var key: String }

        package static let valueAndReason = "both a publication date and a reason why there is none: keep one"

        package let text: SeedText
        package let offsets: UTF16Offsets?
        package let unit: OffsetUnit
        package var regions: [Region] = []
        package var entities: [(id: String?, mention: EntityMention)] = []
        package var dates: [(id: String?, mention: DateMention)] = []
        package var evidence: TextSpan?
        package var headline: String?
        package var published: String?
        package var reason: PublishedDate.MissingReason?
        package var notes: String?
        package var registryIDs: [String: String] = [:]
        package var dateValues: [String: String] = [:]

        package mutating func read(_ result: JSONValue) -> Problem? {
            let control = result.member("from_name")?.asString ?? ""
            let value = result.member("value")
            let resultID = result.member("id")?.asString
            switch result.member("type")?.asString {
            case "labels":
                guard let labels = value?.member("labels")?.asArray, labels.count == 1, let label = labels[0].asString else {
                    return Problem(message: "a span needs exactly one label", key: ".value.labels")
                }
                let span: TextSpan
                switch self.span(of: value) {
                case .success(let found): span = found
                case .failure(let problem): return problem
                }
                switch control {
                case LabelStudioNames.region:
                    let parts = label.split(separator: "/", maxSplits: 1).map(String.init)
                    guard let regionLabel = RegionLabel(rawValue: parts[0]) else { return Problem(message: "unknown region label '\(label)'", key: ".value.labels[0]") }
                    let category = parts.count > 1 ? BoilerplateCategory(rawValue: parts[1]) : nil
                    guard (regionLabel == .boilerplate) == (category != nil), parts.count == (category != nil ? 2 : 1) else {
                        return Problem(message: "unknown region label '\(label)' (boilerplate takes a category: boilerplate/share)", key: ".value.labels[0]")
                    }
                    regions.append(Region(label: regionLabel, category: category, span: span))
                case LabelStudioNames.entity:
                    guard let type = EntityType(rawValue: label) else { return Problem(message: "unknown entity type '\(label)'", key: ".value.labels[0]") }
                    entities.append((resultID, EntityMention(text: span.text, type: type, start: span.start, end: span.end)))
                case LabelStudioNames.date:
                    dates.append((resultID, DateMention(text: span.text, value: nil, start: span.start, end: span.end)))
                case LabelStudioNames.evidence:
                    guard evidence == nil else { return Problem(message: "a second publication-date evidence span", key: "") }
                    evidence = span
                default:
                    return Problem(message: "unknown control '\(control)' (not a configuration from clipbench export)", key: ".from_name")
                }
            case "textarea":
                guard let lines = value?.member("text")?.asArray?.compactMap(\.asString), lines.count <= 1 else {
                    return Problem(message: "a text area of \(control) holds more than one text", key: ".value.text")
                }
                let entry = lines.first.flatMap { $0.isEmpty ? nil : $0 }
                switch control {
                case LabelStudioNames.headline: headline = entry
                case LabelStudioNames.published:
                    if entry != nil, reason != nil { return Problem(message: Self.valueAndReason, key: ".value.text") }
                    published = entry
                case LabelStudioNames.notes: notes = entry
                case LabelStudioNames.registryID, LabelStudioNames.dateValue:
                    guard let resultID else { return Problem(message: "a per-region text area without the id of its span", key: "") }
                    guard let entry else { return nil }
                    if control == LabelStudioNames.registryID {
                        if let problem = InterchangeNames.registryIDProblem(entry) { return Problem(message: problem, key: ".value.text[0]") }
                        registryIDs[resultID] = entry
                    } else {
                        dateValues[resultID] = entry
                    }
                default:
                    return Problem(message: "unknown control '\(control)' (not a configuration from clipbench export)", key: ".from_name")
                }
            case "choices":
                guard control == LabelStudioNames.publishedReason else {
                    return Problem(message: "unknown control '\(control)' (not a configuration from clipbench export)", key: ".from_name")
                }
                guard let choice = value?.member("choices")?.asArray?.first?.asString, let found = PublishedDate.MissingReason(rawValue: choice) else {
                    return Problem(message: "unknown reason for a missing publication date", key: ".value.choices")
                }
                if published != nil { return Problem(message: Self.valueAndReason, key: ".value.choices") }
                reason = found
            default:
                return Problem(message: "unknown result type '\(result.member("type")?.asString ?? "none")'", key: ".type")
            }
            return nil
        }

        /// The span of a `labels` value in scalars, checked against the text Label Studio recorded.
        package func span(of value: JSONValue?) -> Result<TextSpan, Problem> {
            guard let rawStart = value?.member("start")?.asInteger, let rawEnd = value?.member("end")?.asInteger else {
                return .failure(Problem(message: "a span needs integer start and end", key: ".value"))
            }
            let start = offsets.map { $0.scalarOffset(ofUTF16: rawStart) } ?? rawStart
            let end = offsets.map { $0.scalarOffset(ofUTF16: rawEnd) } ?? rawEnd
            guard let start, let end, start <= end, text.contains(start..<end) else {
                return .failure(Problem(message: "the span [\(rawStart), \(rawEnd)) is not a range of \(unit == .utf16 ? "UTF-16 units" : "scalars") inside the text", key: ".value.start"))
            }
            let covered = text[start..<end]
            if let recorded = value?.member("text")?.asString, recorded != covered {
                var message = "the span [\(rawStart), \(rawEnd)) covers «\(AnnotatedSpan.escapingLineBreaks(covered))», not the recorded «\(AnnotatedSpan.escapingLineBreaks(recorded))»"
                let other: OffsetUnit = unit == .utf16 ? .scalars : .utf16
                let otherOffsets = UTF16Offsets(text)
                let otherStart = other == .utf16 ? otherOffsets.scalarOffset(ofUTF16: rawStart) : rawStart
                let otherEnd = other == .utf16 ? otherOffsets.scalarOffset(ofUTF16: rawEnd) : rawEnd
                if let otherStart, let otherEnd, otherStart <= otherEnd, text.contains(otherStart..<otherEnd), text[otherStart..<otherEnd] == recorded {
                    message += "; the offsets count \(other == .utf16 ? "UTF-16 units" : "scalars"): pass --offsets \(other.rawValue)"
                }
                return .failure(Problem(message: message, key: ".value.text"))
            }
            return .success(TextSpan(start: start, end: end, text: covered))
        }

        package func annotation(id: String, status: Annotation.Status) -> Annotation {
            let byOffsets: (Int?, Int?, Int?, Int?) -> Bool = { ($0 ?? 0, $1 ?? 0) < ($2 ?? 0, $3 ?? 0) }
            var entityMentions = entities.map { item -> EntityMention in
                var mention = item.mention
                mention.registryID = item.id.flatMap { registryIDs[$0] }
                return mention
            }
            entityMentions.sort { byOffsets($0.start, $0.end, $1.start, $1.end) }
            var dateMentions = dates.map { item -> DateMention in
                var mention = item.mention
                mention.value = item.id.flatMap { dateValues[$0] }
                return mention
            }
            dateMentions.sort { byOffsets($0.start, $0.end, $1.start, $1.end) }
            let published = PublishedDate(value: published, evidence: evidence, reason: published == nil ? (reason ?? .absent) : nil)
            return Annotation(
                id: id, status: status, headline: headline, published: published,
                regions: regions.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) },
                entities: entityMentions, dates: dateMentions)
        }
    }
}
