/// A span to mark: its scalar range, its nesting layer (lower encloses higher) and what it is.
public struct MarkupMark<Payload> {
    public var range: Range<Int>
    public var layer: Int
    public var payload: Payload

    public init(range: Range<Int>, layer: Int, payload: Payload) {
        self.range = range
        self.layer = layer
        self.payload = payload
    }
}

extension MarkupMark: Sendable where Payload: Sendable {}
