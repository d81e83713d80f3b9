/// A temporal expression found in a clipping: its scalar span and what it means.
public struct DateFinding: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var meaning: DateMeaning

    public init(start: Int, end: Int, meaning: DateMeaning) {
        self.start = start
        self.end = end
        self.meaning = meaning
    }
}
