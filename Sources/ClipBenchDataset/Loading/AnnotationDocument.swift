import Foundation
import ClipBenchCore
import ClipBenchModel

/// An annotation file as read: every field with its place in the file, spans possibly still
/// without offsets. ``annotation`` is the plain model once every span is anchored.
///
/// ```swift
/// let loaded = AnnotationLoader.load(contentsOf: url, path: "Annotations/x.yaml")
/// loaded.document?.entities.count
/// loaded.document?.annotation      // nil while a span lacks offsets
/// ```
public struct AnnotationDocument: Sendable, Hashable {
    /// A region item with the place of its label.
    public struct RegionItem: Sendable, Hashable {
        public var span: AnnotatedSpan
        public var label: RegionLabel
        public var category: BoilerplateCategory?
        public var categoryLocation: SourceLocation?
    }

    /// An entity item with the place of its type and registry id.
    public struct EntityItem: Sendable, Hashable {
        public var span: AnnotatedSpan
        public var type: EntityType
        public var typeLocation: SourceLocation
        public var registryID: String?
        public var registryIDLocation: SourceLocation?
    }

    /// A date item with the place of its value.
    public struct DateItem: Sendable, Hashable {
        public var span: AnnotatedSpan
        public var value: String?
        public var valueLocation: SourceLocation
    }

    /// How diagnostics name the file.
    public var path: String
    public var id: String
    public var idLocation: SourceLocation
    public var status: Annotation.Status
    public var statusLocation: SourceLocation
    public var headline: String?
    public var headlineLocation: SourceLocation
    /// `headline: {value: "…", suggested: true}`: the headline is a suggestion nobody has checked yet.
    public var headlineIsSuggested: Bool = false
    public var publishedValue: String?
    public var publishedValueLocation: SourceLocation
    public var publishedReason: PublishedDate.MissingReason?
    public var publishedReasonLocation: SourceLocation?
    public var publishedEvidence: AnnotatedSpan?
    public var publishedLocation: SourceLocation
    /// `suggested: true` on the published mapping.
    public var publishedIsSuggested: Bool
    public var regions: [RegionItem]
    public var entities: [EntityItem]
    public var dates: [DateItem]
    public var notes: String?

    /// Every span of the file in file order: evidence, regions, entities, dates.
    public var spans: [AnnotatedSpan] {
        (publishedEvidence.map { [$0] } ?? []) + regions.map(\.span) + entities.map(\.span) + dates.map(\.span)
    }

    /// Whether the annotation is still a draft (left out of scoring).
    public var isDraft: Bool { status == .draft }

    /// The plain model, or nil while any span lacks its offsets.
    public var annotation: Annotation? {
        var regionModels: [Region] = []
        for item in regions {
            guard let span = item.span.textSpan else { return nil }
            regionModels.append(Region(label: item.label, category: item.category, span: span))
        }
        var entityModels: [EntityMention] = []
        for item in entities {
            guard let start = item.span.start, let end = item.span.end else { return nil }
            entityModels.append(EntityMention(text: item.span.text, type: item.type, start: start, end: end, registryID: item.registryID))
        }
        var dateModels: [DateMention] = []
        for item in dates {
            guard let start = item.span.start, let end = item.span.end else { return nil }
            dateModels.append(DateMention(text: item.span.text, value: item.value, start: start, end: end))
        }
        var evidence: TextSpan? = nil
        if let span = publishedEvidence {
            guard let anchored = span.textSpan else { return nil }
            evidence = anchored
        }
        return Annotation(
            id: id, status: status, headline: headline,
            published: PublishedDate(value: publishedValue, evidence: evidence, reason: publishedReason),
            regions: regionModels, entities: entityModels, dates: dateModels)
    }
}
