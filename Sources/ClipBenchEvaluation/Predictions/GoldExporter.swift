import ClipBenchModel

/// Turns a gold annotation into the prediction format (SPEC section 4), every task attempted,
/// so that scoring the gold against itself gives 1.0 on every metric.
///
/// The body is the text of the `body` regions in text order, one per line (``DocumentScore/goldBody(of:)``); regions, entities
/// (with their registry ids) and dates keep their offsets.
///
/// ```swift
/// let line = GoldExporter.prediction(for: clipping.annotation).jsonLine
/// ```
public enum GoldExporter {
    /// The gold of one clipping as a prediction with every key present.
    public static func prediction(for annotation: Annotation) -> Prediction {
        // One definition of the gold body for the scorer and this export.
        let body = DocumentScore.goldBody(of: annotation)
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
