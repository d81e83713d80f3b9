import ClipBenchCore
import ClipBenchModel
import ClipBenchExtraction

/// Writes and reads brat standoff files: `<id>.txt` (the seed, byte for byte) beside `<id>.ann`.
///
/// brat counts offsets in Unicode code points (its server is Python and slices `str`), the unit of
/// ClipBench, so offsets pass through unchanged. In the `.ann` file:
/// - `T` lines: regions (types `headline`, `metadata`, `body`, `boilerplate`), entities (`PER`, `ORG`,
///   `LOC`, `MISC`), dates (`DATE`) and the publication-date evidence (`Published`). A span that crosses
///   a line break is written as fragments (`0 12;13 40`) that leave the line-break scalars out, as brat does,
///   and read back from the first fragment's start to the last one's end;
/// - `A` lines: `Category` of a boilerplate region;
/// - `#` lines (`AnnotatorNotes`): `value: 2025-02-18` on a date, `id: russia` on an entity, and on the first
///   region a `clipbench {…}` JSON object with the headline, the publication date, its reason and the notes.
///
/// ```swift
/// let ann = BratFormat.ann(for: clipping.annotation, notes: clipping.notes, text: clipping.seed)
/// let back = BratFormat.annotation(ann: ann, text: clipping.seed, id: clipping.id, path: "x.ann")
/// ```
///
/// - Complexity: O(n) in the size of the text and the annotation.
public enum BratFormat {
    public static let evidenceType = "Published"
    public static let dateType = "DATE"
    public static let categoryAttribute = "Category"
    package static let documentNotePrefix = "clipbench "

    /// The `.ann` text of an annotation.
    public static func ann(for annotation: Annotation, notes: String?, text: SeedText) -> String {
        var lines: [String] = []
        var textBound = 0
        var noteCount = 0
        var attributeCount = 0
        func addSpan(_ type: String, _ range: Range<Int>) -> String {
            textBound += 1
            let fragments = Self.fragments(of: range, in: text)
            let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            lines.append("T\(textBound)\t\(type) \(offsets)\t\(fragments.map { text[$0] }.joined(separator: " "))")
            return "T\(textBound)"
        }
        func addNote(_ target: String, _ note: String) {
            noteCount += 1
            lines.append("#\(noteCount)\tAnnotatorNotes \(target)\t\(note)")
        }
        var documentTarget: String?
        for region in annotation.regions {
            let target = addSpan(region.label.rawValue, region.span.range)
            if documentTarget == nil { documentTarget = target }
            if let category = region.category {
                attributeCount += 1
                lines.append("A\(attributeCount)\t\(categoryAttribute) \(target) \(category.rawValue)")
            }
        }
        for entity in annotation.entities {
            guard let start = entity.start, let end = entity.end else { continue }
            let target = addSpan(entity.type.rawValue, start..<end)
            if let registryID = entity.registryID { addNote(target, "id: \(registryID)") }
        }
        for date in annotation.dates {
            guard let start = date.start, let end = date.end else { continue }
            let target = addSpan(dateType, start..<end)
            if let value = date.value { addNote(target, "value: \(value)") }
        }
        if let evidence = annotation.published.evidence {
            let target = addSpan(evidenceType, evidence.range)
            if documentTarget == nil { documentTarget = target }
        }
        var document: [(String, JSONValue)] = [
            ("headline", annotation.headline.map(JSONValue.string) ?? .null),
            ("published", annotation.published.value.map(JSONValue.string) ?? .null),
        ]
        if let reason = annotation.published.reason { document.append(("reason", .string(reason.rawValue))) }
        if let notes, !notes.isEmpty { document.append(("notes", .string(notes))) }
        if let documentTarget { addNote(documentTarget, documentNotePrefix + JSONValue.object(document).serialized()) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The pieces of `range` between line breaks (`\n`, `\r`), which a `.ann` line cannot hold.
    package static func fragments(of range: Range<Int>, in text: SeedText) -> [Range<Int>] {
        var fragments: [Range<Int>] = []
        var start = range.lowerBound
        for offset in range where text.scalars[offset] == "\n" || text.scalars[offset] == "\r" {
            if offset > start { fragments.append(start..<offset) }
            start = offset + 1
        }
        if range.upperBound > start || fragments.isEmpty { fragments.append(start..<max(start, range.upperBound)) }
        return fragments
    }

    /// `annotation.conf`: every type ClipBench writes, overlaps allowed (regions hold entities and dates).
    public static func annotationConfiguration() -> String {
        let entities = EntityType.allCases.map(\.rawValue) + [dateType, evidenceType] + RegionLabel.allCases.map(\.rawValue)
        return """
            # brat configuration written by clipbench export --to brat
            [entities]
            \(entities.joined(separator: "\n"))

            [relations]
            <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

            [events]

            [attributes]
            \(categoryAttribute)\tArg:\(RegionLabel.boilerplate.rawValue), Value:\(BoilerplateCategory.allCases.map(\.rawValue).joined(separator: "|"))

            """
    }

    /// `visual.conf`: readable labels and one colour per type.
    public static func visualConfiguration() -> String {
        let rows: [(String, String, String)] = [
            ("PER", "Person", "#f4a582"), ("ORG", "Organisation", "#92c5de"), ("LOC", "Location", "#a6dba0"),
            ("MISC", "Miscellaneous", "#c2a5cf"), (dateType, "Date", "#fdb863"), (evidenceType, "Publication date", "#d6604d"),
            ("headline", "Headline", "#ffffbf"), ("metadata", "Metadata", "#e0e0e0"), ("body", "Body", "#f7f7f7"),
            ("boilerplate", "Boilerplate", "#bababa"),
        ]
        return """
            # brat visual configuration written by clipbench export --to brat
            [labels]
            \(rows.map { "\($0.0) | \($0.1)" }.joined(separator: "\n"))

            [drawing]
            \(rows.map { "\($0.0)\tbgColor:\($0.2)" }.joined(separator: "\n"))

            """
    }

    /// Reads an `.ann` file made by ``ann(for:notes:text:)`` (or edited in brat) back into an annotation.
    public static func annotation(ann: String, text: SeedText, id: String, path: String, status: Annotation.Status = .draft) -> (annotation: ImportedAnnotation?, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticsCollector()
        struct Bound { var type: String; var span: TextSpan; var line: Int }
        var bounds: [String: Bound] = [:]
        var order: [String] = []
        var categories: [String: (BoilerplateCategory, Int)] = [:]
        var notes: [String: [(String, Int)]] = [:]
        let lines = ann.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { continue }
            func error(_ message: String, column: Int = 1) {
                diagnostics.error(message, at: SourceLocation(path: path, line: lineNumber, column: column))
            }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            let annotationID = fields[0]
            guard fields.count >= 2 else { error("a brat line is ID<TAB>ANNOTATION…"); continue }
            let column2 = annotationID.unicodeScalars.count + 2
            switch annotationID.first {
            case "T":
                guard fields.count == 3 else { error("a text-bound annotation is T<n><TAB>TYPE START END<TAB>TEXT"); continue }
                let parts = fields[1].split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { error("a text-bound annotation needs a type and offsets", column: column2); continue }
                var ranges: [Range<Int>] = []
                var valid = true
                for fragment in parts[1].split(separator: ";") {
                    let numbers = fragment.split(separator: " ").map { Int($0) }
                    guard numbers.count == 2, let start = numbers[0], let end = numbers[1], start <= end, text.contains(start..<end),
                          ranges.last.map({ $0.upperBound <= start }) ?? true else { valid = false; break }
                    ranges.append(start..<end)
                }
                guard valid, let first = ranges.first, let last = ranges.last else {
                    error("the offsets '\(parts[1])' are not ordered START END fragments inside the text (\(text.count) code points)", column: column2 + parts[0].unicodeScalars.count + 1)
                    continue
                }
                let recorded = ranges.map { text[$0] }.joined(separator: " ")
                guard recorded == fields[2] else {
                    error("the text «\(AnnotatedSpan.escapingLineBreaks(fields[2]))» is not the text at \(parts[1]), «\(AnnotatedSpan.escapingLineBreaks(recorded))»", column: column2 + fields[1].unicodeScalars.count + 1)
                    continue
                }
                let range = first.lowerBound..<last.upperBound
                guard bounds[annotationID] == nil else { error("the id \(annotationID) is used twice"); continue }
                bounds[annotationID] = Bound(type: parts[0], span: TextSpan(start: range.lowerBound, end: range.upperBound, text: text[range]), line: lineNumber)
                order.append(annotationID)
            case "A":
                let parts = fields[1].split(separator: " ").map(String.init)
                guard parts.count == 3, parts[0] == categoryAttribute, let category = BoilerplateCategory(rawValue: parts[2]) else {
                    error("an attribute is 'Category T<n> <\(BoilerplateCategory.allCases.map(\.rawValue).joined(separator: "|"))>'", column: column2)
                    continue
                }
                categories[parts[1]] = (category, lineNumber)
            case "#":
                let parts = fields[1].split(separator: " ").map(String.init)
                guard fields.count == 3, parts.count == 2, parts[0] == "AnnotatorNotes" else {
                    error("a note is '#<n><TAB>AnnotatorNotes T<n><TAB>TEXT'", column: column2)
                    continue
                }
                notes[parts[1], default: []].append((fields[2], lineNumber))
            default:
                error("'\(annotationID)' is not a kind of annotation ClipBench reads (T, A and # lines)")
            }
        }
        var regions: [Region] = []
        var entities: [EntityMention] = []
        var dates: [DateMention] = []
        var evidence: TextSpan?
        var headline: String?
        var published: String?
        var reason: PublishedDate.MissingReason?
        var annotationNotes: String?
        for target in notes.keys where bounds[target] == nil {
            diagnostics.error("a note on \(target), which is no text-bound annotation", at: SourceLocation(path: path, line: notes[target]![0].1, column: 1))
        }
        for target in categories.keys where bounds[target]?.type != RegionLabel.boilerplate.rawValue {
            diagnostics.error("a Category on \(target), which is no boilerplate region", at: SourceLocation(path: path, line: categories[target]!.1, column: 1))
        }
        for annotationID in order {
            let bound = bounds[annotationID]!
            let location = SourceLocation(path: path, line: bound.line, column: 1)
            var registryID: String?
            var dateValue: String?
            for (note, line) in notes[annotationID] ?? [] {
                let noteLocation = SourceLocation(path: path, line: line, column: 1)
                if note.hasPrefix(documentNotePrefix) {
                    guard let document = try? JSONValue(parsing: String(note.dropFirst(documentNotePrefix.count))), case .object = document else {
                        diagnostics.error("the clipbench note is not a JSON object", at: noteLocation)
                        continue
                    }
                    headline = document.member("headline")?.asString
                    published = document.member("published")?.asString
                    if let text = document.member("reason")?.asString {
                        guard let found = PublishedDate.MissingReason(rawValue: text) else {
                            diagnostics.error("unknown reason '\(text)' for a missing publication date", at: noteLocation)
                            continue
                        }
                        reason = found
                    }
                    annotationNotes = document.member("notes")?.asString
                    if published != nil, reason != nil {
                        diagnostics.error("both a publication date and a reason why there is none: keep one", at: noteLocation)
                    }
                } else if note.hasPrefix("id: "), EntityType(rawValue: bound.type) != nil {
                    registryID = String(note.dropFirst(4))
                    if let problem = InterchangeNames.registryIDProblem(registryID!) { diagnostics.error(problem, at: noteLocation) }
                } else if note.hasPrefix("value: "), bound.type == dateType {
                    dateValue = String(note.dropFirst(7))
                } else {
                    diagnostics.error("a note ClipBench does not read on a \(bound.type) ('id: …' on entities, 'value: …' on dates, 'clipbench {…}' on the first region)", at: noteLocation)
                }
            }
            if let regionLabel = RegionLabel(rawValue: bound.type) {
                let category = categories[annotationID]?.0
                if regionLabel == .boilerplate, category == nil {
                    diagnostics.error("the boilerplate region \(annotationID) has no Category attribute", at: location)
                }
                regions.append(Region(label: regionLabel, category: category, span: bound.span))
            } else if let type = EntityType(rawValue: bound.type) {
                entities.append(EntityMention(text: bound.span.text, type: type, start: bound.span.start, end: bound.span.end, registryID: registryID))
            } else if bound.type == dateType {
                dates.append(DateMention(text: bound.span.text, value: dateValue, start: bound.span.start, end: bound.span.end))
            } else if bound.type == evidenceType {
                if evidence != nil { diagnostics.error("a second \(evidenceType) span", at: location) }
                evidence = bound.span
            } else {
                diagnostics.error("unknown type '\(bound.type)' (see annotation.conf)", at: location)
            }
        }
        guard diagnostics.errorCount == 0 else { return (nil, diagnostics.diagnostics) }
        let sortedRegions = regions.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        let annotation = Annotation(
            id: id, status: status, headline: headline,
            published: PublishedDate(value: published, evidence: evidence, reason: published == nil ? (reason ?? .absent) : nil),
            regions: sortedRegions,
            entities: entities.sorted { ($0.start ?? 0, $0.end ?? 0) < ($1.start ?? 0, $1.end ?? 0) },
            dates: dates.sorted { ($0.start ?? 0, $0.end ?? 0) < ($1.start ?? 0, $1.end ?? 0) })
        let provenance = "Imported from brat: \(path)."
        return (ImportedAnnotation(annotation: annotation, notes: [annotationNotes, provenance].compactMap { $0 }.joined(separator: "\n")), diagnostics.diagnostics)
    }
}
