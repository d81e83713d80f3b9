import ClipBenchCore
import ClipBenchModel
import ClipBenchEvaluation

/// The score report as one standalone HTML page (`clipbench score --format html`).
///
/// The page holds the scorecard (a table of every metric group), a bar chart per task (inline
/// SVG), and for each clipping the extractor's body aligned against the gold (kept, missed and
/// extra text in three colours, right to left) and its entities and dates marked correct, wrong,
/// spurious or missed. It loads nothing: inline CSS, no scripts, no fonts.
///
/// It renders the scores from the ``ScoreReport`` (the figures the JSON report holds); the
/// per-clipping views are computed from the gold and the predictions.
///
/// ```swift
/// let html = HTMLReport.render(report: ScoreReport(scorecard: scorecard), documents: documents)
/// ```
///
/// - Complexity: linear in the size of the report and the texts, plus the body alignments.
public enum HTMLReport {
    /// The complete page for `report` and the clippings it scored.
    public static func render(report: ScoreReport, documents: [HTMLReportDocument]) -> String {
        let title = "ClipBench · " + report.extractor

        // The scorecard and the charts are Latin and numbers: that part of the page runs left to right.
        var body = "<section dir=\"ltr\">\n<h1>\(HTMLEscaping.escape(title))</h1>\n"
        body += "<p class=\"meta\">" + HTMLEscaping.escape(summaryLine(report, documents: documents.count)) + "</p>\n"
        // Charts first (the picture), then the numbers; per-type rows fold away under their own heading.
        let mainRows = report.groups.filter { !$0.keys.contains("by_type") }
        let typeRows = report.groups.filter { $0.keys.contains("by_type") }
        body += "<h2>Charts</h2>\n<div class=\"charts\">\n"
        for (task, taskRows) in group(mainRows) {
            body += "<figure><figcaption>\(HTMLEscaping.escape(MetricLabels.group([task])))</figcaption>"
                + HTMLReportChart(title: task, rows: taskRows).svg + "</figure>\n"
        }
        body += "</div>\n<h2>Scorecard</h2>\n" + scorecardTable(mainRows) + "\n"
        if !typeRows.isEmpty {
            body += "<details class=\"by-type\"><summary>Entities by type</summary>\n" + scorecardTable(typeRows) + "\n</details>\n"
        }
        body += "</section>\n<h2>المقالات · Clippings</h2>\n" + legend + "\n"
        let documentMetrics = Dictionary(report.documents.map { ($0.id, $0.groups) }, uniquingKeysWith: { first, _ in first })
        // Worst first, so the clippings that need a look come first; perfect ones fold away.
        let ordered = worstFirst(documents, metrics: documentMetrics)
        for document in ordered where !isPerfect(document, metrics: documentMetrics[document.gold.id] ?? []) {
            body += section(for: document, metrics: documentMetrics[document.gold.id] ?? [], open: true)
        }
        let perfect = ordered.filter { isPerfect($0, metrics: documentMetrics[$0.gold.id] ?? []) }
        if !perfect.isEmpty {
            body += "<details class=\"perfect\"><summary class=\"ltr\">\(perfect.count) clipping\(perfect.count == 1 ? "" : "s") "
                + "scored 1.000 on every measure</summary>\n"
            for document in perfect {
                body += section(for: document, metrics: documentMetrics[document.gold.id] ?? [], open: false)
            }
            body += "</details>\n"
        }
        return HTMLPage(title: title, style: HTMLPage.baseStyle + style, body: body).rendered
    }

    /// The page's own additions to the shared look.
    package static let style = """
        td.num, table.scorecard td:first-child { white-space: nowrap; } td.num small { color: #6e7781; }
        details.by-type { border: 0; padding: 0; }
        .charts { display: flex; flex-wrap: wrap; gap: .6rem 1.4rem; }
        figure { margin: 0; } figcaption { font-weight: 600; font-size: .9rem; }
        svg.chart text { font-family: "DejaVu Sans", sans-serif; fill: #1f2328; }
        details { border: 1px solid #d0d7de; border-radius: 6px; padding: .3rem .8rem; margin: .6rem 0; }
        summary { cursor: pointer; font-weight: 600; }
        ul.scores { list-style: none; padding: 0; margin: .3rem 0 .6rem; display: flex; flex-wrap: wrap; gap: .2rem .4rem;
          font-size: .78rem; color: #57606a; }
        ul.scores li { border: 1px solid #d0d7de; border-radius: 4px; padding: 0 .35rem; }
        ul.scores b { color: #1f2328; font-weight: 600; }
        ol.align { white-space: pre-wrap; overflow-wrap: anywhere; border-inline-start: 3px solid #d0d7de;
          padding-inline-start: 2.6rem; margin: .3rem 0; }
        ol.align li::marker { color: #8c959f; font-size: .75rem; font-family: "DejaVu Sans Mono", monospace; }
        details.perfect > summary { color: #1a7f37; }
        ul.mentions { list-style: none; padding: 0; margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .3rem .5rem; }
        ul.mentions li { border: 1px solid #d0d7de; border-radius: 4px; padding: 0 .4rem; font-size: .92rem; }
        li.v-correct { border-color: #1a7f37; background: #eefbf0; } li.v-wrong { border-color: #b42323; background: #fff0f0; }
        li.v-spurious { border-color: #b42323; background: #fff0f0; border-style: dashed; }
        li.v-missed { border-color: #9a6700; background: #fff8e1; }
        .label { direction: ltr; unicode-bidi: isolate; font-size: .75rem; color: #57606a; }
        """

    package static let legend = """
        <div class="legend" aria-label="legend"><b>النص · body</b><span class="chip kept ltr">kept</span>\
        <span class="chip missed ltr">missed</span><span class="chip extra ltr">extra</span>\
        <b>كيانات وتواريخ · entities and dates</b><span class="chip ok ltr">✓ correct</span>\
        <span class="chip bad ltr">✗ wrong</span><span class="chip bad ltr">+ spurious</span>\
        <span class="chip miss ltr">○ missed</span></div>
        """

    /// What was scored, key by key as the JSON report names it.
    private static func summaryLine(_ report: ScoreReport, documents: Int) -> String {
        var parts = ["extractor: \(report.extractor)"]
        if let version = report.toolVersion { parts.append("clipbench \(version)") }
        if let fingerprint = report.fingerprint { parts.append("gold SHA-256 \(fingerprint)") }
        if let count = report.documentCount { parts.append("\(count) clipping\(count == 1 ? "" : "s") scored") }
        if let count = report.missingCount { parts.append("\(count) without a prediction") }
        parts.append("tasks attempted (predictions): " + ScoredTask.allCases.map {
            "\($0.rawValue.replacingOccurrences(of: "_", with: " ")) \(report.attemptedCounts[$0] ?? 0)"
        }.joined(separator: ", "))
        parts.append("bootstrap: \(report.bootstrapReplicates ?? 0) Poisson resamples" + (report.bootstrapSeed.map { ", seed \($0)" } ?? "")
                     + ", 95% intervals")
        parts.append("\(documents) clipping\(documents == 1 ? "" : "s") shown, worst first")
        return parts.joined(separator: " · ")
    }

    /// The clippings, worst first: missing ones, then by the mean of their groups' F1 (or the group's
    /// first measure without one), lowest first; ties by id.
    package static func worstFirst(_ documents: [HTMLReportDocument], metrics: [String: [MetricGroupReport]]) -> [HTMLReportDocument] {
        func score(_ document: HTMLReportDocument) -> Double {
            guard document.prediction != nil else { return -1 }
            let figures = (metrics[document.gold.id] ?? []).filter(\.attempted).compactMap { ($0.measure("f1") ?? $0.measures.first)?.value }
            return figures.isEmpty ? 1 : figures.reduce(0, +) / Double(figures.count)
        }
        let scores = Dictionary(documents.map { ($0.gold.id, score($0)) }, uniquingKeysWith: { first, _ in first })
        return documents.sorted { (scores[$0.gold.id] ?? 0, $0.gold.id) < (scores[$1.gold.id] ?? 0, $1.gold.id) }
    }

    /// Whether a clipping has a prediction and every defined measure of its row is 1.
    package static func isPerfect(_ document: HTMLReportDocument, metrics: [MetricGroupReport]) -> Bool {
        guard document.prediction != nil, !metrics.isEmpty else { return false }
        return metrics.allSatisfy { group in group.attempted && group.measures.allSatisfy { ($0.value ?? 1) == 1 } }
    }

    /// Groups by task, in the report's order.
    package static func group(_ rows: [MetricGroupReport]) -> [(String, [MetricGroupReport])] {
        var groups: [(String, [MetricGroupReport])] = []
        for row in rows {
            let task = row.keys.first ?? ""
            if let index = groups.firstIndex(where: { $0.0 == task }) {
                groups[index].1.append(row)
            } else {
                groups.append((task, [row]))
            }
        }
        return groups
    }

    private static func scorecardTable(_ rows: [MetricGroupReport]) -> String {
        var html = "<table class=\"scorecard\">\n<thead><tr><th>metric</th><th>precision</th><th>recall</th>"
            + "<th>F1</th><th>details</th></tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><td>\(HTMLEscaping.escape(MetricLabels.group(row.keys)))</td>"
            guard row.attempted else {
                html += "<td class=\"na\" colspan=\"4\">not attempted</td></tr>\n"
                continue
            }
            for name in ["precision", "recall", "f1"] {
                let measure = row.measure(name)
                html += "<td class=\"num\">\(measure?.value.map(format) ?? "–")"
                    + (measure?.spread.map { "<small> ± \(format($0.standardDeviation))</small>" } ?? "") + "</td>"
            }
            // The other measures and the counts, in the report's order: ratios with three decimals, counts whole.
            var details = row.figures.filter { !["precision", "recall", "f1"].contains($0.name) }.map { figure in
                "\(MetricLabels.figure(figure.name)): " + (figure.value.map { figure.kind == .count ? formatCount($0) : format($0) } ?? "–")
            }
            if let spread = row.measure("f1")?.spread, let low = spread.low, let high = spread.high {
                details.insert("F1 95%: \(format(low))–\(format(high))", at: 0)
            }
            html += "<td class=\"meta\">\(HTMLEscaping.escape(details.joined(separator: " · ")))</td></tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// Three decimals, the precision published tables use; `–` when not finite.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let thousandths = Int((abs(value) * 1000).rounded())
        let digits = String(thousandths % 1000)
        return (value < 0 ? "-" : "") + "\(thousandths / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// A count as a whole number (three decimals if it is not one).
    package static func formatCount(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : format(value)
    }

    /// A compact line of one clipping's scores: one chip per group with its F1.
    private static func documentScores(_ rows: [MetricGroupReport]) -> String {
        guard !rows.isEmpty else { return "" }
        var html = "<ul class=\"scores\" dir=\"ltr\">"
        for row in rows {
            let name = HTMLEscaping.escape(MetricLabels.group(row.keys))
            html += row.attempted
                ? "<li>\(name) <b>\(row.measure("f1")?.value.map(format) ?? "–")</b></li>"
                : "<li class=\"na\">\(name) not attempted</li>"
        }
        return html + "</ul>\n"
    }

    private static func section(for document: HTMLReportDocument, metrics: [MetricGroupReport], open: Bool) -> String {
        let gold = document.gold
        var html = "<details\(open ? " open" : "") id=\"clip-\(HTMLEscaping.escape(gold.id))\">\n<summary><span class=\"ltr\">\(HTMLEscaping.escape(gold.id))</span> "
            + HTMLEscaping.escape(gold.headline ?? "") + "</summary>\n"
        guard let prediction = document.prediction else {
            return html + "<p class=\"na\">no prediction for this clipping (missing)</p>\n</details>\n"
        }
        html += documentScores(metrics)
        html += "<table class=\"fields\">\n<thead><tr><th></th><th class=\"ltr\">gold</th><th class=\"ltr\">predicted</th><th></th></tr></thead>\n"
        // Each mark is the metric's own verdict: the headline's exact match, the publication date's outcome.
        html += fieldRow("Headline", task: .headline, gold: gold.headline, predicted: prediction.headline, prediction: prediction,
                         agrees: HeadlineMetric.score(gold: gold.headline, predicted: prediction.headline).exactMatch)
        let published = PublishedDateMetric.outcome(gold: gold.published.value, predicted: prediction.published)
        html += fieldRow("Publication date", task: .published, gold: gold.published.value, predicted: prediction.published, prediction: prediction,
                         agrees: published == .truePositive || published == .trueNegative)
        html += "</table>\n"

        html += "<h3>Body</h3>\n"
        if prediction.attempted.contains(.body) {
            let alignment = HTMLReportBodyAlignment(gold: document.goldBody, predicted: prediction.body ?? "")
            html += "<p class=\"meta ltr\">tokens: \(alignment.keptTokens) kept · \(alignment.missedTokens) missed · "
                + "\(alignment.extraTokens) extra</p>\n" + alignedLines(alignment)
        } else {
            html += "<p class=\"na\">not attempted</p>\n"
        }

        html += "<h3>Entities</h3>\n"
        html += prediction.attempted.contains(.entities)
            ? review(HTMLReportMentionReview(entitiesOf: gold, predicted: prediction.entities))
            : "<p class=\"na\">not attempted</p>\n"
        html += "<h3>Dates</h3>\n"
        html += prediction.attempted.contains(.dates)
            ? review(HTMLReportMentionReview(datesOf: gold, predicted: prediction.dates))
            : "<p class=\"na\">not attempted</p>\n"
        return html + "</details>\n"
    }

    /// The aligned body as a numbered list of lines (the lines of the view: the extractor's body
    /// with the missed gold text put back), each line's runs coloured by kind.
    package static func alignedLines(_ alignment: HTMLReportBodyAlignment) -> String {
        var lines: [[HTMLReportBodyAlignment.Segment]] = [[]]
        for segment in alignment.segments {
            for (index, part) in segment.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { lines.append([]) }
                if !part.isEmpty { lines[lines.count - 1].append(HTMLReportBodyAlignment.Segment(kind: segment.kind, text: String(part))) }
            }
        }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        var html = "<ol class=\"align\">"
        for line in lines {
            html += "<li>" + line.map { "<span class=\"\($0.kind.rawValue)\">\(HTMLEscaping.escape($0.text))</span>" }.joined() + "</li>"
        }
        return html + "</ol>\n"
    }

    private static func fieldRow(
        _ name: String, task: PredictionTask, gold: String?, predicted: String?, prediction: Prediction, agrees: Bool
    ) -> String {
        let goldText = gold.map(HTMLEscaping.escape) ?? "<span class=\"na\">none</span>"
        guard prediction.attempted.contains(task) else {
            return "<tr><th class=\"ltr\">\(name)</th><td>\(goldText)</td><td class=\"na\" colspan=\"2\">not attempted</td></tr>\n"
        }
        let verdict = agrees ? "<td class=\"ok\">✓</td>" : "<td class=\"bad\">✗</td>"
        let predictedText = predicted.map(HTMLEscaping.escape) ?? "<span class=\"na\">none</span>"
        return "<tr><th class=\"ltr\">\(name)</th><td>\(goldText)</td><td>\(predictedText)</td>\(verdict)</tr>\n"
    }

    private static func review(_ review: HTMLReportMentionReview) -> String {
        let counts = HTMLReportMentionReview.Verdict.allCases.map { "\(review.count($0)) \($0.rawValue)" }
        var html = "<p class=\"meta ltr\">\(counts.joined(separator: " · "))</p>\n<ul class=\"mentions\">"
        let symbols: [HTMLReportMentionReview.Verdict: String] = [.correct: "✓", .wrong: "✗", .spurious: "+", .missed: "○"]
        for verdict in HTMLReportMentionReview.Verdict.allCases {
            for item in review.items where item.verdict == verdict {
                html += "<li class=\"v-\(verdict.rawValue)\" title=\"\(verdict.rawValue)\">\(symbols[verdict] ?? "") "
                switch verdict {
                case .correct, .missed:
                    html += mention(item.gold ?? item.predicted)
                case .wrong:
                    html += mention(item.predicted) + " <span class=\"label\">gold:</span> " + mention(item.gold)
                case .spurious:
                    html += mention(item.predicted)
                }
                html += "</li>"
            }
        }
        return html + "</ul>\n"
    }

    private static func mention(_ mention: HTMLReportMentionReview.Mention?) -> String {
        guard let mention else { return "" }
        let offsets = mention.start.flatMap { start in mention.end.map { " [\(start), \($0))" } } ?? ""
        return HTMLEscaping.escape(mention.text)
            + " <span class=\"label\">\(HTMLEscaping.escape(mention.label + offsets))</span>"
    }
}
