/// Turns a gold annotation into the prediction format (SPEC section 4), every task attempted,
/// so that scoring the gold against itself gives 1.0 on every metric.
///
/// The body is the text of the `body` regions in file order, one per line; regions, entities
/// (with their registry ids) and dates keep their offsets.
///
/// ```swift
/// let line = GoldExporter.prediction(for: clipping.annotation).jsonLine
/// ```
public enum GoldExporter {
    /// The gold of one clipping as a prediction with every key present.
    public static func prediction(for annotation: Annotation) -> Prediction {
        let body = annotation.regions.filter { $0.label == .body }.map(\.span.text).joined(separator: "\n")
        return Prediction(
            id: annotation.id,
            attempted: Set(PredictionTask.allCases),
            headline: annotation.headline,
            published: annotation.published.value,
            body: body,
            regions: annotation.regions.map(PredictedRegion.init),
            entities: annotation.entities,
            dates: annotation.dates)
    }
}
