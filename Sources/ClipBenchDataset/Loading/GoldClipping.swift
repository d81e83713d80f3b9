import ClipBenchCore
import ClipBenchModel

/// One clipping's gold annotation with its seed text, as scorers and viewers use it.
///
/// It holds what every user of loaded gold reads (scoring, `gold`, `stats`, `show`, the
/// exports), so a clipping read back from the ``GoldCache`` is equal to one loaded in full. The
/// file's item locations are the ``AnnotationDocument``'s, for diagnostics and editing, which
/// load the file themselves.
public struct GoldClipping: Sendable, Hashable {
    public var annotation: Annotation
    /// The file's free-text `notes` (the exports carry them), or nil.
    public var notes: String?
    public var seed: SeedText

    public init(annotation: Annotation, notes: String?, seed: SeedText) {
        self.annotation = annotation
        self.notes = notes
        self.seed = seed
    }

    public var id: String { annotation.id }
    /// Drafts are loaded but left out of scoring.
    public var isDraft: Bool { annotation.status == .draft }
}
