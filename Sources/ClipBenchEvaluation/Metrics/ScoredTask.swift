/// A group of metrics that an extractor attempts or not as a whole.
///
/// A task is attempted by a prediction when the prediction has its key (SPEC section 4). A task that
/// no prediction of a run attempts is reported as not attempted, never as zero.
public enum ScoredTask: String, Sendable, Hashable, CaseIterable {
    case headline, published, body, boilerplate
    /// The SemEval schemas: entities attempted, with offsets (or an empty list).
    case entitySpans = "entity_spans"
    /// Entities by (normalised text, type) and by registry id: entities attempted.
    case entityTexts = "entity_texts"
    /// Date mentions by span: dates attempted, with offsets (or an empty list).
    case dateSpans = "date_spans"
    /// Date mentions by normalised text: dates attempted.
    case dateTexts = "date_texts"
}
