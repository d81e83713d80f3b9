import ClipBenchCore
import ClipBenchEvaluation

/// The leaderboard as one standalone HTML page (`clipbench score A B C… --format html`): the table,
/// then one chart per metric with each extractor's value as a bar and its 95% bootstrap interval as
/// an error bar. Inline CSS and SVG only: no scripts, no fonts, nothing from the network.
///
/// The page is right to left like every ClipBench page; the table and charts are isolated left to
/// right and each extractor's name is bidi-isolated (`<bdi>`, `unicode-bidi` in the SVG), so an
/// Arabic name cannot reorder the figures around it.
///
/// ```swift
/// let html = LeaderboardHTMLPage.render(board)
/// ```
///
/// - Complexity: O(extractors × metrics).
public enum LeaderboardHTMLPage {
    /// The complete page.
    public static func render(_ board: Leaderboard) -> String {
        var body = "<section dir=\"ltr\">\n<h1>ClipBench leaderboard</h1>\n"
        body += "<p class=\"meta\">\(HTMLEscaping.escape(LeaderboardRenderer.summary(board)))</p>\n"
        body += table(board)
        body += "<ul class=\"notes\">" + LeaderboardRenderer.footnote(board).map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul>\n"
        body += "<h2>Charts</h2>\n<div class=\"charts\">\n"
        for (column, metric) in board.metrics.enumerated() {
            body += "<figure><figcaption>\(HTMLEscaping.escape(metric.label))</figcaption>" + chart(board, column: column) + "</figure>\n"
        }
        body += "</div>\n</section>\n"
        return HTMLPage(title: "ClipBench leaderboard", style: HTMLPage.baseStyle + style, body: body).rendered
    }

    package static let style = """
        .scroll { overflow-x: auto; } table.leaderboard td.num, table.leaderboard td:nth-child(2) { white-space: nowrap; } td.best { font-weight: 700; background: #eefbf0; }
        td.below { color: #b42323; } ul.notes { color: #57606a; font-size: .85rem; padding-inline-start: 1.2rem; }
        .charts { display: flex; flex-wrap: wrap; gap: .6rem 1.4rem; }
        figure { margin: 0; } figcaption { font-weight: 600; font-size: .9rem; }
        svg.chart text { font-family: "DejaVu Sans", sans-serif; fill: #1f2328; }
        """

    private static func table(_ board: Leaderboard) -> String {
        // A wide table scrolls inside the page rather than running off it.
        var html = "<div class=\"scroll\"><table class=\"leaderboard\">\n<thead><tr><th>rank</th><th>extractor</th>"
        html += board.metrics.map { "<th>\(HTMLEscaping.escape($0.label))</th>" }.joined()
        if board.hasTiming { html += "<th>time median</th><th>time total</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in board.rows {
            html += "<tr><td class=\"num\">\(row.rank)</td><td><bdi>\(HTMLEscaping.escape(row.name))</bdi></td>"
            for cell in row.cells {
                let kind = !cell.attempted ? "na" : cell.rank == 1 ? "num best" : cell.isSignificantlyBelowBest ? "num below" : "num"
                html += "<td class=\"\(kind)\">\(HTMLEscaping.escape(LeaderboardRenderer.cellText(cell)))</td>"
            }
            if board.hasTiming {
                html += "<td class=\"num\">\(row.timing.map { LeaderboardRenderer.seconds($0.medianSeconds) } ?? "")</td>"
                    + "<td class=\"num\">\(row.timing.map { LeaderboardRenderer.seconds($0.totalSeconds) } ?? "")</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    /// One metric's chart: a bar per extractor, in rank order, its interval drawn as an error bar.
    package static func chart(_ board: Leaderboard, column: Int) -> String {
        let labelWidth = 150, barWidth = 260, rowHeight = 22
        let width = labelWidth + barWidth + 120
        let height = 24 + board.rows.count * rowHeight
        var svg = "<svg class=\"chart\" direction=\"ltr\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
            + "role=\"img\" aria-label=\"\(HTMLEscaping.escape(board.metrics[column].label)) of each extractor with its 95% interval\">"
        // The scale: 0, 0.5 and 1.
        for tick in [0.0, 0.5, 1.0] {
            let x = labelWidth + Int(tick * Double(barWidth))
            svg += "<line x1=\"\(x)\" y1=\"14\" x2=\"\(x)\" y2=\"\(height)\" stroke=\"#d0d7de\"/>"
                + "<text x=\"\(x)\" y=\"11\" font-size=\"9\" text-anchor=\"middle\">\(LeaderboardRenderer.format(tick, digits: 1))</text>"
        }
        func position(_ value: Double) -> Int { labelWidth + Int((min(max(value, 0), 1) * Double(barWidth)).rounded()) }
        for (index, row) in board.rows.enumerated() {
            let top = 18 + index * rowHeight
            let middle = top + rowHeight / 2
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(middle + 4)\" font-size=\"11\" text-anchor=\"end\" unicode-bidi=\"isolate\">"
                + HTMLEscaping.escape(row.name) + "</text>"
            let cell = row.cells[column]
            guard cell.attempted, let value = cell.value else {
                svg += "<text x=\"\(labelWidth + 6)\" y=\"\(middle + 4)\" font-size=\"11\" font-style=\"italic\" fill=\"#6e7781\">"
                    + (cell.attempted ? "undefined" : "not attempted") + "</text>"
                continue
            }
            let colour = cell.rank == 1 ? "#1a7f37" : cell.isSignificantlyBelowBest ? "#b42323" : "#4e79a7"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(top + 4)\" width=\"\(position(value) - labelWidth)\" height=\"\(rowHeight - 8)\" "
                + "fill=\"\(colour)\" fill-opacity=\"0.75\"><title>\(HTMLEscaping.escape(LeaderboardRenderer.cellText(cell)))</title></rect>"
            if let low = cell.spread?.low, let high = cell.spread?.high {
                let left = position(low), right = position(high)
                svg += "<g class=\"error-bar\" stroke=\"#1f2328\" stroke-width=\"1.5\"><line x1=\"\(left)\" y1=\"\(middle)\" x2=\"\(right)\" y2=\"\(middle)\"/>"
                    + "<line x1=\"\(left)\" y1=\"\(middle - 5)\" x2=\"\(left)\" y2=\"\(middle + 5)\"/>"
                    + "<line x1=\"\(right)\" y1=\"\(middle - 5)\" x2=\"\(right)\" y2=\"\(middle + 5)\"/></g>"
            }
            let mark = cell.isSignificantlyBelowBest ? " *" : ""
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(middle + 4)\" font-size=\"10\">"
                + LeaderboardRenderer.format(value) + " (\(cell.rank ?? 0))" + mark + "</text>"
        }
        return svg + "</svg>"
    }
}
