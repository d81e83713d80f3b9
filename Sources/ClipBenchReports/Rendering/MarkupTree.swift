/// Nests overlapping spans into a tree that can be written as properly nested markup.
///
/// Regions, entities and dates of a clipping overlap freely: an entity may run across the end of
/// a region, a date may start inside an entity and end after it. Markup (HTML elements, bracket
/// markers, ANSI styles) needs a tree, so a mark that crosses the border of an enclosing mark is
/// split there and continues as a second piece after it. Marks of a lower `layer` enclose marks
/// of a higher one; within a layer, the earlier and then the longer mark encloses the other.
///
/// ```swift
/// let marks = [MarkupMark(range: 0..<5, layer: 0, payload: "region"),
///              MarkupMark(range: 3..<8, layer: 1, payload: "entity")]
/// MarkupTree.build(range: 0..<10, marks: marks)
/// // [mark(region, [text 0..<3, mark(entity, [text 3..<5], cut end)]),
/// //  mark(entity, [text 5..<8], cut start), text 8..<10]
/// ```
///
/// - Complexity: O(n·m) for n marks and m nodes in the result; clippings have a few hundred marks.
public enum MarkupTree {
    /// The nodes covering `range`, with every mark clipped to it; empty marks are dropped.
    ///
    /// - Parameters:
    ///   - range: the scalar offsets to cover; text outside every mark becomes `.text` nodes.
    ///   - marks: the spans, in any order; two marks with the same range nest in list order.
    /// - Returns: the nodes left to right; concatenating their text gives back `range` exactly.
    public static func build<Payload>(range: Range<Int>, marks: [MarkupMark<Payload>]) -> [MarkupNode<Payload>] {
        let pieces = marks.enumerated().map { Piece(mark: $0.element, order: $0.offset, range: $0.element.range) }
        return build(range: range, pieces: pieces)
    }

    /// One mark, or the part of it that falls inside the range being built.
    private struct Piece<Payload> {
        package var mark: MarkupMark<Payload>
        package var order: Int
        package var range: Range<Int>

        package func clipped(to bounds: Range<Int>) -> Piece? {
            let lower = max(range.lowerBound, bounds.lowerBound)
            let upper = min(range.upperBound, bounds.upperBound)
            guard lower < upper else { return nil }
            return Piece(mark: mark, order: order, range: lower..<upper)
        }

        /// Whether this piece goes outside `other` when both start at once or this one first.
        package func encloses(_ other: Piece) -> Bool {
            if mark.layer != other.mark.layer { return mark.layer < other.mark.layer }
            if range.lowerBound != other.range.lowerBound { return range.lowerBound < other.range.lowerBound }
            if range.upperBound != other.range.upperBound { return range.upperBound > other.range.upperBound }
            return order < other.order
        }
    }

    private static func build<Payload>(range: Range<Int>, pieces: [Piece<Payload>]) -> [MarkupNode<Payload>] {
        var nodes: [MarkupNode<Payload>] = []
        var remaining = pieces.compactMap { $0.clipped(to: range) }
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            // The outermost layer present decides the next element; anything before it is built
            // from the inner layers alone, so an outer mark is never split by an inner one.
            guard let outerLayer = remaining.map(\.mark.layer).min() else {
                nodes.append(.text(cursor..<range.upperBound))
                break
            }
            var chosen: Piece<Payload>?
            for piece in remaining where piece.mark.layer == outerLayer {
                if let current = chosen, !piece.encloses(current) { continue }
                chosen = piece
            }
            guard let outer = chosen else { break }
            if cursor < outer.range.lowerBound {
                let gap = cursor..<outer.range.lowerBound
                nodes.append(contentsOf: build(range: gap, pieces: remaining.compactMap { $0.clipped(to: gap) }))
            }
            let others = remaining.filter { $0.order != outer.order }
            let children = build(range: outer.range, pieces: others.compactMap { $0.clipped(to: outer.range) })
            nodes.append(.mark(MarkupElement(
                mark: outer.mark, range: outer.range,
                isCutAtStart: outer.range.lowerBound > outer.mark.range.lowerBound,
                isCutAtEnd: outer.range.upperBound < outer.mark.range.upperBound,
                children: children)))
            cursor = outer.range.upperBound
            let rest = cursor..<range.upperBound
            remaining = others.compactMap { $0.clipped(to: rest) }
        }
        return nodes
    }
}
