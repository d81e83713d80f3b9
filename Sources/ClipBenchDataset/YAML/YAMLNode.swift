import ClipBenchCore

/// A YAML node as ClipBench reads it: only plain strings, mappings with string keys and
/// sequences, each with the place in the file where it starts.
///
/// Anchors, aliases, tags and duplicate keys never reach this type: ``YAMLReader`` rejects them.
///
/// ```swift
/// let node = try YAMLReader.read("a: [1, 2]\n", path: "x.yaml").get()
/// node.mapping?.value(for: "a")?.sequence?.items.count   // 2
/// ```
public indirect enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    /// Where the node starts (for a quoted scalar, its opening quote).
    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    public var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    /// What the node is, for messages such as "expected a string, found a mapping".
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "null" : "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
