import ClipBenchCore
import ClipBenchEvaluation

/// A horizontal bar chart of precision, recall and F1 for the rows of one task, as inline SVG; each
/// bar with a bootstrap interval carries it as an error bar (a line from the 2.5th to the 97.5th
/// percentile, with end caps).
///
/// ```swift
/// let svg = HTMLReportChart(title: "entities", rows: rows).svg
/// ```
public struct HTMLReportChart: Sendable {
    public var title: String
    public var rows: [MetricGroupReport]

    public init(title: String, rows: [MetricGroupReport]) {
        self.title = title
        self.rows = rows
    }

    package static let series: [(name: String, colour: String, measure: String)] = [
        ("P", "#4e79a7", "precision"), ("R", "#f28e2b", "recall"), ("F1", "#59a14f", "f1"),
    ]

    /// The chart; rows without any score are shown as "not attempted".
    public var svg: String {
        let labelWidth = 150
        let barWidth = 200
        let barHeight = 11
        let rowHeight = 3 * barHeight + 14
        let width = labelWidth + barWidth + 56
        let height = 22 + rows.count * rowHeight
        var svg = "<svg class=\"chart\" direction=\"ltr\" width=\"\(width)\" "
            + "height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" "
            + "aria-label=\"\(HTMLEscaping.escape(title)): precision, recall and F1\">"
        // Legend.
        for (index, series) in Self.series.enumerated() {
            let x = labelWidth + index * 60
            svg += "<rect x=\"\(x)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(series.colour)\"/>"
            svg += "<text x=\"\(x + 14)\" y=\"13\" font-size=\"11\">\(series.name)</text>"
        }
        svg += "<line x1=\"\(labelWidth)\" y1=\"20\" x2=\"\(labelWidth)\" y2=\"\(height)\" stroke=\"#8c959f\"/>"
        for (index, row) in rows.enumerated() {
            let top = 22 + index * rowHeight
            // The task is the chart's caption: a row names its variant (or the task, for its main row).
            let words = MetricLabels.group(row.keys).components(separatedBy: " · ")
            let label = words.count > 1 ? words.dropFirst().joined(separator: " · ") : words.joined()
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(top + rowHeight / 2)\" font-size=\"11\" text-anchor=\"end\">"
                + HTMLEscaping.escape(label) + "</text>"
            guard row.attempted else {
                svg += "<text x=\"\(labelWidth + 6)\" y=\"\(top + rowHeight / 2)\" font-size=\"11\" "
                    + "font-style=\"italic\" fill=\"#6e7781\">not attempted</text>"
                continue
            }
            for (position, series) in Self.series.enumerated() {
                let y = top + 4 + position * barHeight
                let measure = row.measure(series.measure)
                let value = measure?.value.map { min(max($0, 0), 1) }
                let length = Int(((value ?? 0) * Double(barWidth)).rounded())
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight - 2)\" fill=\"\(series.colour)\">"
                    + "<title>\(series.name) \(value.map(HTMLReport.format) ?? "–")</title></rect>"
                var textX = labelWidth + length + 4
                if let low = measure?.spread?.low, let high = measure?.spread?.high {
                    let left = labelWidth + Int((min(max(low, 0), 1) * Double(barWidth)).rounded())
                    let right = labelWidth + Int((min(max(high, 0), 1) * Double(barWidth)).rounded())
                    let middle = y + (barHeight - 2) / 2
                    svg += "<g class=\"error-bar\" stroke=\"#1f2328\"><title>\(series.name) 95% interval \(HTMLReport.format(low))–\(HTMLReport.format(high))</title>"
                        + "<line x1=\"\(left)\" y1=\"\(middle)\" x2=\"\(right)\" y2=\"\(middle)\"/>"
                        + "<line x1=\"\(left)\" y1=\"\(middle - 3)\" x2=\"\(left)\" y2=\"\(middle + 3)\"/>"
                        + "<line x1=\"\(right)\" y1=\"\(middle - 3)\" x2=\"\(right)\" y2=\"\(middle + 3)\"/></g>"
                    textX = max(textX, right + 4)
                }
                svg += "<text x=\"\(textX)\" y=\"\(y + barHeight - 3)\" font-size=\"9\">"
                    + (value.map(HTMLReport.format) ?? "–") + "</text>"
            }
        }
        return svg + "</svg>"
    }
}
