import ClipBenchEvaluation

/// The forms a scorecard can be printed in (`clipbench score --format …`).
///
/// ```swift
/// let text = ReportFormat.markdown.render(report, details: [], colour: false)
/// ```
public enum ReportFormat: String, Sendable, CaseIterable {
    /// An aligned table for a terminal (the default).
    case table
    /// The JSON report of SPEC section 6, pretty-printed, byte-identical for identical inputs.
    case json
    /// GitHub-flavoured Markdown, ready to paste into a README.
    case markdown
    /// JUnit XML: each metric (and gate) a test case.
    case junit
    /// One standalone HTML page with charts and each clipping's review.
    case html

    /// Renders a report.
    ///
    /// - Parameters:
    ///   - report: the report (``ScoreReport/init(scorecard:)``, or a saved one).
    ///   - details: every clipping's gold, text and prediction (used by `html` only).
    ///   - verdict: a gate's verdict to include (`junit` only).
    ///   - colour: whether the table may use terminal colours.
    public func render(_ report: ScoreReport, details: [HTMLReportDocument] = [], verdict: GateVerdict? = nil, colour: Bool = false) -> String {
        switch self {
        case .table: ScorecardTableRenderer(colour: colour).render(report)
        case .json: ScorecardJSONRenderer.render(report)
        case .markdown: ScorecardMarkdownRenderer().render(report)
        case .junit: ScorecardJUnitRenderer().render(report, verdict: verdict)
        case .html: HTMLReport.render(report: report, documents: details)
        }
    }
}
