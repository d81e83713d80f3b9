import Foundation
import ClipBenchEvaluation
import ClipBenchCore

/// Renders a scorecard as an aligned table for a terminal.
///
/// Figures have three decimals; `±` is the bootstrap standard deviation of the main figure and
/// the interval its 95% percentile interval. A task not attempted says so instead of a zero.
/// Colour (figures green, yellow or red by value; "not attempted" dimmed) only when asked for
/// (the command line asks ``ColourPolicy``).
///
/// ```swift
/// print(ScorecardTableRenderer(colour: ColourPolicy.standardOutput).render(report))
/// // metric              precision  recall     f1     ±  95% interval
/// // headline                0.812   0.800  0.806 0.041  [0.721, 0.883]
/// ```
public struct ScorecardTableRenderer: Sendable {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ report: ScoreReport) -> String {
        let header = ["metric", "precision", "recall", "value", "±", "95% interval"]
        var rows: [[String]] = []
        var kinds: [ScorecardLine] = []
        for line in report.lines {
            kinds.append(line)
            guard line.attempted else {
                rows.append([line.label, "not attempted", "", "", "", ""])
                continue
            }
            rows.append([
                line.isSecondary ? "  " + line.label : line.label,
                line.precision == nil && line.isSecondary ? "" : ScoreReport.format(line.precision),
                line.recall == nil && line.isSecondary ? "" : ScoreReport.format(line.recall),
                ScoreReport.format(line.value),
                line.spread.map { ScoreReport.format($0.standardDeviation) } ?? "",
                ScoreReport.formatInterval(line.spread),
            ])
        }
        // Secondary measures print their name in the label column and need no P/R.
        for index in rows.indices where kinds[index].isSecondary {
            rows[index][1] = ""
            rows[index][2] = ""
        }
        let widths = header.indices.map { column in
            ([header[column]] + rows.filter { $0[1] != "not attempted" || column == 0 }.map { $0[column] }).map(\.unicodeScalars.count).max() ?? 0
        }

        var output = paint("ClipBench scorecard: \(report.extractor)", "1") + "\n"
        if !report.summary.isEmpty { output += paint(report.summary, "2") + "\n" }
        output += "\n" + paint(layout(header, widths: widths), "1") + "\n"
        for (index, row) in rows.enumerated() {
            let line = kinds[index]
            if !line.attempted {
                output += pad(row[0], widths[0]) + "  " + paint("not attempted", "2") + "\n"
                continue
            }
            var cells = row
            cells[3] = colourFigure(cells[3], line.value, width: widths[3])
            output += layout(cells, widths: widths, painted: 3) + "\n"
        }
        if report.groups.contains(where: { $0.measures.contains { $0.spread != nil } }) {
            output += "\n" + paint("value: F1, or the measure named; ± bootstrap standard deviation; interval: 95% percentile bootstrap.", "2") + "\n"
        }
        return output
    }

    private func layout(_ cells: [String], widths: [Int], painted: Int? = nil) -> String {
        var parts: [String] = []
        for (column, cell) in cells.enumerated() {
            if column == 0 || column == cells.count - 1 {
                parts.append(column == 0 ? pad(cell, widths[column]) : cell)
            } else if column == painted {
                parts.append(cell)
            } else {
                parts.append(padLeft(cell, widths[column]))
            }
        }
        var line = parts.joined(separator: "  ")
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    private func colourFigure(_ text: String, _ value: Double?, width: Int) -> String {
        let padded = padLeft(text, width)
        guard colour, let value else { return padded }
        let code = value >= 0.8 ? "32" : value >= 0.5 ? "33" : "31"
        return paint(padded, code)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
    }

    private func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.unicodeScalars.count)) + text
    }
}
