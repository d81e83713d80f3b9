/// The SemEval-2013 outcome of a gold or predicted mention under one schema.
public enum EntityOutcome: String, Sendable, Hashable, CaseIterable {
    case correct, incorrect, partial, missing, spurious

    package var index: Int {
        switch self {
        case .correct: 0
        case .incorrect: 1
        case .partial: 2
        case .missing: 3
        case .spurious: 4
        }
    }
}
