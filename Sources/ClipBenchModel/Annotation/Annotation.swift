import ClipBenchCore

/// The gold annotation of one clipping, as loaded from `Annotations/<id>.yaml` and anchored.
///
/// Offsets are Unicode scalars (see ``SeedText``). A loaded annotation may still hold spans
/// whose offsets are missing (an annotator wrote only the quote); ``AnnotationLoader`` reports
/// those and `clipbench anchor` fills them in.
public struct Annotation: Sendable, Hashable {
    /// Whether the annotation has been checked by a person; drafts are left out of scoring.
    public enum Status: String, Sendable, Hashable, Codable {
        case draft, done
    }

    public var id: String
    public var status: Status
    public var headline: String?
    public var published: PublishedDate
    public var regions: [Region]
    public var entities: [EntityMention]
    public var dates: [DateMention]

    public init(
        id: String, status: Status = .done, headline: String?, published: PublishedDate,
        regions: [Region], entities: [EntityMention], dates: [DateMention]
    ) {
        self.id = id
        self.status = status
        self.headline = headline
        self.published = published
        self.regions = regions
        self.entities = entities
        self.dates = dates
    }
}

/// One labelled piece of the partition of a clipping.
public struct Region: Sendable, Hashable {
    public var label: RegionLabel
    /// Set exactly when `label` is `.boilerplate`.
    public var category: BoilerplateCategory?
    public var span: TextSpan

    public init(label: RegionLabel, category: BoilerplateCategory? = nil, span: TextSpan) {
        self.label = label
        self.category = category
        self.span = span
    }
}

/// A mention of a named entity. In gold, `span` is always set; in a prediction it is optional
/// (without it the mention is scored by its text at document level).
public struct EntityMention: Sendable, Hashable {
    public var text: String
    public var type: EntityType
    public var start: Int?
    public var end: Int?
    /// The id of the entity in the registry (`Annotations/entities.yaml`), where it names a known one.
    public var registryID: String?

    public init(text: String, type: EntityType, start: Int? = nil, end: Int? = nil, registryID: String? = nil) {
        self.text = text
        self.type = type
        self.start = start
        self.end = end
        self.registryID = registryID
    }
}

/// A temporal expression and its ISO 8601 value at the precision the text gives, or nil.
public struct DateMention: Sendable, Hashable {
    public var text: String
    public var value: String?
    public var start: Int?
    public var end: Int?

    public init(text: String, value: String?, start: Int? = nil, end: Int? = nil) {
        self.text = text
        self.value = value
        self.start = start
        self.end = end
    }
}

/// The publication date of a clipping, with the span that states it, or the reason there is none.
public struct PublishedDate: Sendable, Hashable {
    /// Why a clipping has no publication date.
    public enum MissingReason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The text states no date of publication at all.
        case absent
        /// The text gives only a relative date such as «منذ 5 أيام», and nothing to resolve it against.
        case relativeOnly = "relative-only"
        /// The text gives a date without the year, or otherwise too little to fix a day.
        case incomplete
        /// The text gives several conflicting dates and none is clearly the publication date.
        case ambiguous
    }

    /// ISO 8601: `2025-04-10` or `2025-02-27T01:36:37Z`; nil when the text gives none.
    public var value: String?
    /// The span that states the date (or, with no value, the relative expression, if any).
    public var evidence: TextSpan?
    /// Set exactly when `value` is nil.
    public var reason: MissingReason?

    public init(value: String?, evidence: TextSpan? = nil, reason: MissingReason? = nil) {
        self.value = value
        self.evidence = evidence
        self.reason = reason
    }
}
