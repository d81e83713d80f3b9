import ClipBenchCore
import ClipBenchModel

/// One clipping's gold annotation with its seed text, as scorers and viewers use it.
public struct GoldClipping: Sendable, Hashable {
    public var annotation: Annotation
    /// The file as read, with the place of every item (for diagnostics and `anchor`).
    public var document: AnnotationDocument
    public var seed: SeedText

    public init(annotation: Annotation, document: AnnotationDocument, seed: SeedText) {
        self.annotation = annotation
        self.document = document
        self.seed = seed
    }

    public var id: String { annotation.id }
    /// Drafts are loaded but left out of scoring.
    public var isDraft: Bool { annotation.status == .draft }
}
