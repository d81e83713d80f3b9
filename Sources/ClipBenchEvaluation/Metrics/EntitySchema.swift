/// The SemEval-2013 task 9.1 evaluation schemas, as nervaluate names them.
public enum EntitySchema: String, Sendable, Hashable, CaseIterable {
    /// Exact boundaries and the same type.
    case strict
    /// Exact boundaries, whatever the type.
    case exact
    /// Overlapping boundaries (half credit), whatever the type.
    case partial
    /// The same type on overlapping boundaries.
    case type

    package var index: Int {
        switch self {
        case .strict: 0
        case .exact: 1
        case .partial: 2
        case .type: 3
        }
    }
}
