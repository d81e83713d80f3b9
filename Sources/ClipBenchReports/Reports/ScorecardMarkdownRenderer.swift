import Foundation
import ClipBenchEvaluation

/// Renders a scorecard as GitHub-flavoured Markdown, ready to paste into a README: a heading, a
/// line saying what was scored, the metrics table, and a table of the main figures per clipping.
///
/// ```swift
/// ScorecardMarkdownRenderer().render(report)
/// // ### ClipBench scorecard: baseline
/// // | metric | precision | recall | value | ± | 95% interval |
/// ```
public struct ScorecardMarkdownRenderer: Sendable {
    /// The heading level of the title (`###` by default).
    public var headingLevel: Int

    public init(headingLevel: Int = 3) {
        self.headingLevel = headingLevel
    }

    /// The per-clipping columns: each a header and the figure's dotted path.
    package static let documentColumns: [(String, String)] = [
        ("headline F1", "headline.f1"), ("published F1", "published.f1"), ("body F1", "body.f1"),
        ("boilerplate F1", "boilerplate.f1"), ("entities strict F1", "entities.strict.f1"),
        ("dates relaxed F1", "dates.relaxed.f1"),
    ]

    public func render(_ report: ScoreReport) -> String {
        var output = renderMetrics(report)
        let columns = Self.documentColumnIndices(for: report)
        if !report.documents.isEmpty, !columns.isEmpty {
            output += Self.documentTableHeader(columns)
            for document in report.documents {
                output += Self.documentRow(id: document.id, isMissing: document.isMissing, cells: Self.documentCells(of: document), columns: columns)
            }
        }
        return output
    }

    /// Everything before the per-clipping table: the heading, what was scored, the metrics table.
    public func renderMetrics(_ report: ScoreReport) -> String {
        var output = String(repeating: "#", count: max(1, headingLevel)) + " ClipBench scorecard: \(Self.escape(report.extractor))\n\n"
        if !report.summary.isEmpty { output += report.summary + ".\n\n" }
        output += "| metric | precision | recall | value | ± | 95% interval |\n"
        output += "| --- | ---: | ---: | ---: | ---: | :---: |\n"
        for line in report.lines {
            guard line.attempted else {
                output += "| \(Self.escape(line.label)) | *not attempted* | | | | |\n"
                continue
            }
            let label = line.isSecondary ? "&nbsp;&nbsp;" + Self.escape(line.label) : "**\(Self.escape(line.label))**"
            let precision = line.isSecondary ? "" : ScoreReport.format(line.precision)
            let recall = line.isSecondary ? "" : ScoreReport.format(line.recall)
            output += "| \(label) | \(precision) | \(recall) | \(ScoreReport.format(line.value)) | "
                + "\(line.spread.map { ScoreReport.format($0.standardDeviation) } ?? "") | \(ScoreReport.formatInterval(line.spread)) |\n"
        }
        output += "\nvalue: F1, or the measure named; ± is the bootstrap standard deviation, the interval the 95% percentile bootstrap interval.\n"
        return output
    }

    /// The positions in ``documentColumns`` of the columns the per-clipping table shows: those
    /// whose group the run attempted.
    package static func documentColumnIndices(for report: ScoreReport) -> [Int] {
        let attempted = Set(report.groups.filter(\.attempted).map(\.path))
        return documentColumns.indices.filter { attempted.contains(String(documentColumns[$0].1.split(separator: ".").dropLast().joined(separator: "."))) }
    }

    /// The per-clipping table's header (with the blank line before it), for the columns at `columns`.
    package static func documentTableHeader(_ columns: [Int]) -> String {
        "\n| clipping | " + columns.map { documentColumns[$0].0 }.joined(separator: " | ") + " |\n"
            + "| --- |" + String(repeating: " ---: |", count: columns.count) + "\n"
    }

    /// One clipping's figure in every one of ``documentColumns``, formatted.
    package static func documentCells(of document: DocumentReport) -> [String] {
        let figures = document.figures
        return documentColumns.map { ScoreReport.format(figures[$0.1]) }
    }

    /// One clipping's line of the per-clipping table: `cells` are all its ``documentCells(of:)``,
    /// of which those at `columns` are shown.
    package static func documentRow(id: String, isMissing: Bool, cells: [String], columns: [Int]) -> String {
        "| `\(id)`\(isMissing ? " (missing)" : "") | " + columns.map { cells[$0] }.joined(separator: " | ") + " |\n"
    }

    /// Escapes the characters that would break a table cell.
    package static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "*", "_", "`", "[", "]", "<", ">": result += "\\\(character)"
            case "\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
