import ClipBenchCore
import ClipBenchEvaluation

/// A horizontal bar chart of precision, recall and F1 for the rows of one task, as inline SVG.
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
        let labelWidth = 130
        let barWidth = 200
        let barHeight = 11
        let rowHeight = 3 * barHeight + 14
        let width = labelWidth + barWidth + 52
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
            let label = row.keys.dropFirst().joined(separator: " · ")
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(top + rowHeight / 2)\" font-size=\"11\" text-anchor=\"end\">"
                + HTMLEscaping.escape(label.isEmpty ? row.keys.joined(separator: " · ") : label) + "</text>"
            guard row.attempted else {
                svg += "<text x=\"\(labelWidth + 6)\" y=\"\(top + rowHeight / 2)\" font-size=\"11\" "
                    + "font-style=\"italic\" fill=\"#6e7781\">not attempted</text>"
                continue
            }
            for (position, series) in Self.series.enumerated() {
                let y = top + 4 + position * barHeight
                let value = row.measure(series.measure)?.value.map { min(max($0, 0), 1) }
                let length = Int(((value ?? 0) * Double(barWidth)).rounded())
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight - 2)\" fill=\"\(series.colour)\">"
                    + "<title>\(series.name) \(value.map(HTMLReport.format) ?? "–")</title></rect>"
                svg += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + barHeight - 3)\" font-size=\"9\">"
                    + (value.map(HTMLReport.format) ?? "–") + "</text>"
            }
        }
        return svg + "</svg>"
    }
}
