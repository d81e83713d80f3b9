import ClipBenchCore
import ClipBenchModel

/// What a mark on a clipping's text stands for: a region, an entity mention or a date mention.
///
/// ```swift
/// let marks = ClippingMark.marks(of: annotation, in: text)   // regions, then entities, then dates
/// let tree = MarkupTree.build(range: 0..<text.count, marks: marks)
/// ```
public enum ClippingMark: Sendable, Hashable {
    case region(Region)
    case entity(EntityMention)
    case date(DateMention)

    /// Regions enclose entities, which enclose dates.
    public var layer: Int {
        switch self {
        case .region: 0
        case .entity: 1
        case .date: 2
        }
    }

    /// The marks of every region, entity and date of `annotation` whose offsets lie inside `text`.
    ///
    /// Spans without offsets, reversed or outside the text are left out (the validator reports them);
    /// rendering never traps on bad data.
    public static func marks(of annotation: Annotation, in text: SeedText) -> [MarkupMark<ClippingMark>] {
        var marks: [MarkupMark<ClippingMark>] = []
        func add(_ start: Int?, _ end: Int?, _ mark: ClippingMark) {
            guard let start, let end, start < end, text.contains(start..<end) else { return }
            marks.append(MarkupMark(range: start..<end, layer: mark.layer, payload: mark))
        }
        for region in annotation.regions { add(region.span.start, region.span.end, .region(region)) }
        for entity in annotation.entities { add(entity.start, entity.end, .entity(entity)) }
        for date in annotation.dates { add(date.start, date.end, .date(date)) }
        return marks
    }
}
