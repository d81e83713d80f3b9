/// A `[start, end)` range of Unicode scalars in a clipping, with the exact text it covers.
///
/// ```swift
/// let span = TextSpan(start: 4, end: 9, text: "روسيا")
/// span.range   // 4..<9
/// ```
public struct TextSpan: Sendable, Hashable, Codable {
    /// The offset of the first scalar, 0-based.
    public var start: Int
    /// The offset one past the last scalar.
    public var end: Int
    /// The text of the seed at `start..<end`, recorded so a shifted offset is caught.
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// The span as a range; callers check `start <= end` first.
    public var range: Range<Int> { start..<max(start, end) }

    /// Whether the two spans share at least one scalar (ends are exclusive): an empty span
    /// overlaps nothing, as with `Range.overlaps`.
    public func overlaps(_ other: TextSpan) -> Bool {
        start < end && other.start < other.end && start < other.end && other.start < end
    }
}
