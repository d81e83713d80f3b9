import ClipBenchEvaluation

extension HTMLReport {
    /// What the page shows for one clipping; the name `score` calls it by.
    public typealias DocumentInput = HTMLReportDocument

    /// The page for an evaluator's scorecard and the clippings it scored (drafts left out,
    /// `prediction` nil for a missing clipping).
    ///
    /// ```swift
    /// let html = HTMLReport.render(scorecard: evaluator.scorecard(), details: documents)
    /// ```
    public static func render(scorecard: Scorecard, details: [DocumentInput]) -> String {
        render(report: scorecard.jsonValue, documents: details)
    }
}
