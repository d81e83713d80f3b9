/// A node of a markup tree: plain text, or a (piece of a) mark with its children.
public enum MarkupNode<Payload> {
    case text(Range<Int>)
    case mark(MarkupElement<Payload>)
}

extension MarkupNode: Sendable where Payload: Sendable {}

/// A mark in the tree; when the mark crossed a border it is cut, and the tree holds several pieces.
public struct MarkupElement<Payload> {
    public var mark: MarkupMark<Payload>
    /// The part of the mark this piece covers.
    public var range: Range<Int>
    /// Whether the mark began before this piece (it was split at an enclosing border).
    public var isCutAtStart: Bool
    /// Whether the mark goes on after this piece.
    public var isCutAtEnd: Bool
    public var children: [MarkupNode<Payload>]
}

extension MarkupElement: Sendable where Payload: Sendable {}
