import ClipBenchCore
import ClipBenchModel

/// An annotation as an editor holds it: every item anchored, each with its `suggested` mark, in
/// file order. It is what the browser editor sends to be saved and what ``AnnotationFileEditor``
/// writes back into the YAML text.
///
/// ```swift
/// var edited = try EditedAnnotation(document: loaded.document!).get()
/// edited.headlineIsSuggested = false            // the annotator accepted the headline
/// let text = try AnnotationFileEditor.edit(original, path: path, to: edited).get()
/// ```
///
/// - Complexity: building from a document is O(number of items).
public struct EditedAnnotation: Sendable, Hashable {
    /// A region with its label and, for boilerplate, its category.
    public struct RegionItem: Sendable, Hashable {
        public var span: TextSpan
        public var label: RegionLabel
        public var category: BoilerplateCategory?
        public var isSuggested: Bool

        public init(span: TextSpan, label: RegionLabel, category: BoilerplateCategory? = nil, isSuggested: Bool = false) {
            self.span = span
            self.label = label
            self.category = category
            self.isSuggested = isSuggested
        }
    }

    /// An entity mention with its type and registry id.
    public struct EntityItem: Sendable, Hashable {
        public var span: TextSpan
        public var type: EntityType
        public var registryID: String?
        public var isSuggested: Bool

        public init(span: TextSpan, type: EntityType, registryID: String? = nil, isSuggested: Bool = false) {
            self.span = span
            self.type = type
            self.registryID = registryID
            self.isSuggested = isSuggested
        }
    }

    /// A date mention with its ISO 8601 value, or nil.
    public struct DateItem: Sendable, Hashable {
        public var span: TextSpan
        public var value: String?
        public var isSuggested: Bool

        public init(span: TextSpan, value: String?, isSuggested: Bool = false) {
            self.span = span
            self.value = value
            self.isSuggested = isSuggested
        }
    }

    public var id: String
    public var status: Annotation.Status
    public var headline: String?
    public var headlineIsSuggested: Bool
    public var published: PublishedDate
    public var publishedIsSuggested: Bool
    public var regions: [RegionItem]
    public var entities: [EntityItem]
    public var dates: [DateItem]
    public var notes: String?

    public init(
        id: String, status: Annotation.Status, headline: String?, headlineIsSuggested: Bool = false,
        published: PublishedDate, publishedIsSuggested: Bool = false, regions: [RegionItem] = [],
        entities: [EntityItem] = [], dates: [DateItem] = [], notes: String? = nil
    ) {
        self.id = id
        self.status = status
        self.headline = headline
        self.headlineIsSuggested = headlineIsSuggested
        self.published = published
        self.publishedIsSuggested = publishedIsSuggested
        self.regions = regions
        self.entities = entities
        self.dates = dates
        self.notes = notes
    }

    /// The editable form of a loaded file, or the first span still without offsets.
    public static func from(_ document: AnnotationDocument) -> Result<EditedAnnotation, DiagnosticError> {
        func anchored(_ span: AnnotatedSpan) -> Result<TextSpan, DiagnosticError> {
            guard let textSpan = span.textSpan else {
                return .failure(DiagnosticError(diagnostic: Diagnostic(.error, "\(span.label) has no offsets yet: run clipbench anchor first", at: span.location)))
            }
            return .success(textSpan)
        }
        var edited = EditedAnnotation(
            id: document.id, status: document.status, headline: document.headline,
            headlineIsSuggested: document.headlineIsSuggested,
            published: PublishedDate(value: document.publishedValue, evidence: nil, reason: document.publishedReason),
            publishedIsSuggested: document.publishedIsSuggested, notes: document.notes)
        do {
            if let evidence = document.publishedEvidence { edited.published.evidence = try anchored(evidence).get() }
            edited.regions = try document.regions.map {
                RegionItem(span: try anchored($0.span).get(), label: $0.label, category: $0.category, isSuggested: $0.span.isSuggested)
            }
            edited.entities = try document.entities.map {
                EntityItem(span: try anchored($0.span).get(), type: $0.type, registryID: $0.registryID, isSuggested: $0.span.isSuggested)
            }
            edited.dates = try document.dates.map {
                DateItem(span: try anchored($0.span).get(), value: $0.value, isSuggested: $0.span.isSuggested)
            }
        } catch let problem as DiagnosticError {
            return .failure(problem)
        } catch {
            return .failure(DiagnosticError(diagnostic: Diagnostic(.error, "\(error)", at: document.idLocation)))
        }
        return .success(edited)
    }

    /// The editable form of a plain annotation whose mentions all have offsets (as
    /// ``Adjudication`` merges them). An item, the headline or the publication date stays marked
    /// `suggested` where one of `sources` marks the very same one so: a suggestion nobody checked
    /// stays one.
    ///
    /// ```swift
    /// let edited = EditedAnnotation(merged, notes: nil, suggestionsOf: [left, right])
    /// ```
    ///
    /// - Complexity: O(number of items in the annotation and the sources).
    public init(_ annotation: Annotation, notes: String?, suggestionsOf sources: [EditedAnnotation] = []) {
        let suggestedRegions = Set(sources.flatMap { $0.regions.filter(\.isSuggested) })
        let suggestedEntities = Set(sources.flatMap { $0.entities.filter(\.isSuggested) })
        let suggestedDates = Set(sources.flatMap { $0.dates.filter(\.isSuggested) })
        self.init(
            id: annotation.id, status: annotation.status, headline: annotation.headline,
            headlineIsSuggested: sources.contains { $0.headlineIsSuggested && $0.headline == annotation.headline },
            published: annotation.published,
            publishedIsSuggested: sources.contains { $0.publishedIsSuggested && $0.published == annotation.published },
            notes: notes)
        regions = annotation.regions.map { region in
            let item = RegionItem(span: region.span, label: region.label, category: region.category, isSuggested: true)
            return suggestedRegions.contains(item) ? item : RegionItem(span: region.span, label: region.label, category: region.category)
        }
        entities = annotation.entities.map { entity in
            let span = TextSpan(start: entity.start ?? 0, end: entity.end ?? 0, text: entity.text)
            let item = EntityItem(span: span, type: entity.type, registryID: entity.registryID, isSuggested: true)
            return suggestedEntities.contains(item) ? item : EntityItem(span: span, type: entity.type, registryID: entity.registryID)
        }
        dates = annotation.dates.map { date in
            let span = TextSpan(start: date.start ?? 0, end: date.end ?? 0, text: date.text)
            let item = DateItem(span: span, value: date.value, isSuggested: true)
            return suggestedDates.contains(item) ? item : DateItem(span: span, value: date.value)
        }
    }

    /// How many items still carry `suggested: true` (the headline and published date included).
    public var openSuggestionCount: Int {
        (headlineIsSuggested ? 1 : 0) + (publishedIsSuggested ? 1 : 0)
            + regions.filter(\.isSuggested).count + entities.filter(\.isSuggested).count + dates.filter(\.isSuggested).count
    }
}


extension EditedAnnotation.RegionItem {
    /// The item in the house style, e.g. `{start: 0, end: 4, text: "logo", label: boilerplate, category: branding}`.
    public var flowYAML: String {
        var fields = "start: \(span.start), end: \(span.end), text: \(YAMLEscaping.doubleQuoted(span.text)), label: \(label.rawValue)"
        if let category { fields += ", category: \(category.rawValue)" }
        return "{\(fields)\(isSuggested ? ", suggested: true" : "")}"
    }
}

extension EditedAnnotation.EntityItem {
    /// The item in the house style, e.g. `{start: 22, end: 29, text: "إسطنبول", type: LOC, id: istanbul}`.
    public var flowYAML: String {
        // A slug is written plain; anything else quoted, so the file still parses (the validator reports it).
        let registry = registryID.map { ", id: \(RegistryValidator.isWellFormedID($0) ? $0 : YAMLEscaping.doubleQuoted($0))" } ?? ""
        return "{start: \(span.start), end: \(span.end), text: \(YAMLEscaping.doubleQuoted(span.text)), type: \(type.rawValue)\(registry)\(isSuggested ? ", suggested: true" : "")}"
    }
}

extension EditedAnnotation.DateItem {
    /// The item in the house style, e.g. `{start: 59, end: 69, text: "منذ 5 أيام", value: null}`.
    public var flowYAML: String {
        "{start: \(span.start), end: \(span.end), text: \(YAMLEscaping.doubleQuoted(span.text)), value: \(value.map(YAMLEscaping.doubleQuoted) ?? "null")\(isSuggested ? ", suggested: true" : "")}"
    }
}
