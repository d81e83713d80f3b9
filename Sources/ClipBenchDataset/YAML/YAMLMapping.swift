import ClipBenchCore

/// One `key: value` pair of a mapping.
public struct YAMLMappingEntry: Sendable, Hashable {
    public var key: YAMLScalar
    public var value: YAMLNode

    public init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A mapping, its entries in file order; keys are unique strings.
public struct YAMLMapping: Sendable, Hashable {
    public var entries: [YAMLMappingEntry]
    /// Whether the mapping is written in flow style (`{a: 1, b: 2}`).
    public var isFlow: Bool
    public var location: SourceLocation

    public init(entries: [YAMLMappingEntry], isFlow: Bool, location: SourceLocation) {
        self.entries = entries
        self.isFlow = isFlow
        self.location = location
    }

    public var keys: [String] { entries.map(\.key.string) }

    /// The value of `key`, or nil when the key is absent.
    public func value(for key: String) -> YAMLNode? {
        entries.first { $0.key.string == key }?.value
    }

    /// The entry of `key`, or nil when the key is absent.
    public func entry(for key: String) -> YAMLMappingEntry? {
        entries.first { $0.key.string == key }
    }
}
