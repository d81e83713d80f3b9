import Foundation
import ClipBenchCore
import ClipBenchEvaluation

/// Prints a ``Leaderboard`` as a terminal table, Markdown, versioned JSON or one standalone HTML page.
///
/// Each cell is the value, its 95% bootstrap interval and its rank in the column in parentheses;
/// `*` marks a value significantly below the column's best (paired bootstrap, Holm–Bonferroni). The
/// footnote says so in every format. The time columns appear when some predictions came from
/// `clipbench run -o FILE` (its run log), blank for the others.
///
/// ```swift
/// print(LeaderboardRenderer(colour: false).table(board))
/// // rank  extractor  headline F1                …
/// //    1  baseline   0.806 [0.721, 0.883] (1)   …
/// ```
///
/// - Complexity: O(extractors × metrics).
public struct LeaderboardRenderer: Sendable {
    /// The version of the JSON shape (`Schemas/leaderboard.schema.json`); raised when a key changes meaning.
    public static let jsonVersion = 1

    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    // MARK: - Words shared by every format

    /// The line under the title: how many extractors and clippings, the gold, the bootstrap.
    public static func summary(_ board: Leaderboard) -> String {
        var parts = ["\(board.rows.count) extractors", "\(board.documentCount) clipping\(board.documentCount == 1 ? "" : "s")"]
        if !board.fingerprint.isEmpty { parts.append("gold sha256 \(board.fingerprint.prefix(12))") }
        if board.bootstrapReplicates > 0 { parts.append("bootstrap \(board.bootstrapReplicates) resamples, seed \(board.bootstrapSeed)") }
        parts.append("clipbench \(ToolInfo.version)")
        return parts.joined(separator: " · ")
    }

    /// What the marks mean, the test and its correction.
    public static func footnote(_ board: Leaderboard) -> [String] {
        var lines = ["(n): rank in the column (higher is better); rank: by the mean of the column ranks, a task not attempted counting as last."]
        if board.bootstrapReplicates > 0 {
            lines.append("[low, high]: 95% percentile bootstrap interval over the clippings.")
            lines.append("*: significantly below the column's best (the first given of those ranked 1): paired bootstrap on the same resampled clippings, "
                         + "two-sided, Holm–Bonferroni over the \(board.comparisons) comparison\(board.comparisons == 1 ? "" : "s") made, "
                         + "family-wise α = \(format(Leaderboard.significanceLevel, digits: 2)).")
        } else {
            lines.append("No bootstrap (--bootstrap 0): no intervals and no significance test.")
        }
        if board.hasTiming {
            lines.append("time: wall time of one clipping under clipbench run (median) and of all of them added up (total), failed ones included; blank: not from clipbench run -o.")
        }
        return lines
    }

    /// `0.806 [0.721, 0.883] (1)`, with `*` when significantly below the best; `not attempted` or `—`.
    public static func cellText(_ cell: Leaderboard.Cell) -> String {
        guard cell.attempted else { return "not attempted" }
        guard let value = cell.value else { return "—" }
        var text = format(value)
        if let spread = cell.spread, let low = spread.low, let high = spread.high { text += " [\(format(low)), \(format(high))]" }
        if let rank = cell.rank { text += " (\(rank))" }
        if cell.isSignificantlyBelowBest { text += " *" }
        return text
    }

    /// Seconds with three significant decimals: `0.021 s`, `12.4 s`.
    public static func seconds(_ value: Double) -> String {
        value < 10 ? String(format: "%.3f s", value) : value < 100 ? String(format: "%.2f s", value) : String(format: "%.1f s", value)
    }

    package static func format(_ value: Double, digits: Int = 3) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "—"
    }

    private static func header(_ board: Leaderboard) -> [String] {
        ["rank", "extractor"] + board.metrics.map(\.label) + (board.hasTiming ? ["time median", "time total"] : [])
    }

    private static func cells(_ row: Leaderboard.Row, timing: Bool) -> [String] {
        var cells = [String(row.rank), row.name] + row.cells.map(cellText)
        if timing { cells += [row.timing.map { seconds($0.medianSeconds) } ?? "", row.timing.map { seconds($0.totalSeconds) } ?? ""] }
        return cells
    }

    // MARK: - Table

    /// An aligned table for a terminal; with colour, each column's best is green and bold,
    /// significantly lower values red, "not attempted" dimmed.
    public func table(_ board: Leaderboard) -> String {
        let header = Self.header(board)
        let rows = board.rows.map { Self.cells($0, timing: board.hasTiming) }
        let widths = header.indices.map { column in ([header[column]] + rows.map { $0[column] }).map(\.unicodeScalars.count).max() ?? 0 }
        func pad(_ text: String, _ column: Int) -> String {
            let fill = String(repeating: " ", count: max(0, widths[column] - text.unicodeScalars.count))
            // Numbers (rank, times) are right-aligned; names and cells left-aligned.
            return column == 0 || column >= 2 + board.metrics.count ? fill + text : text + fill
        }
        var output = paint("ClipBench leaderboard", "1") + "\n" + paint(Self.summary(board), "2") + "\n\n"
        output += Self.trimmed(paint(header.indices.map { pad(header[$0], $0) }.joined(separator: "  "), "1")) + "\n"
        for (index, row) in board.rows.enumerated() {
            var parts: [String] = []
            for column in header.indices {
                var text = pad(rows[index][column], column)
                let metric = column - 2
                if metric >= 0, metric < row.cells.count {
                    let cell = row.cells[metric]
                    if !cell.attempted { text = paint(text, "2") }
                    else if cell.rank == 1 { text = paint(text, "1;32") }
                    else if cell.isSignificantlyBelowBest { text = paint(text, "31") }
                }
                parts.append(text)
            }
            output += Self.trimmed(parts.joined(separator: "  ")) + "\n"
        }
        output += "\n" + Self.footnote(board).map { paint($0, "2") }.joined(separator: "\n") + "\n"
        return output
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    // MARK: - Markdown

    /// GitHub-flavoured Markdown: the table (each column's best in bold) and the footnote.
    public func markdown(_ board: Leaderboard) -> String {
        let header = Self.header(board)
        var output = "### ClipBench leaderboard\n\n" + Self.summary(board) + "\n\n"
        output += "| " + header.map(ScorecardMarkdownRenderer.escape).joined(separator: " | ") + " |\n"
        output += "| " + header.indices.map { $0 == 1 ? "---" : $0 == 0 || $0 >= 2 + board.metrics.count ? "---:" : ":---" }.joined(separator: " | ") + " |\n"
        for row in board.rows {
            // The name is the user's text; the cells are ours (only their `*` needs escaping).
            var cells = Self.cells(row, timing: board.hasTiming).map { $0.replacingOccurrences(of: "*", with: "\\*") }
            cells[1] = ScorecardMarkdownRenderer.escape(row.name)
            for (metric, cell) in row.cells.enumerated() where cell.rank == 1 {
                cells[2 + metric] = "**\(cells[2 + metric])**"
            }
            for (metric, cell) in row.cells.enumerated() where !cell.attempted { cells[2 + metric] = "*not attempted*" }
            output += "| " + cells.joined(separator: " | ") + " |\n"
        }
        output += "\n" + Self.footnote(board).map { $0.replacingOccurrences(of: "*", with: "\\*") }.joined(separator: "  \n") + "\n"
        return output
    }

    // MARK: - JSON

    /// The leaderboard as JSON (`Schemas/leaderboard.schema.json`), pretty-printed, with its closing line break.
    public func json(_ board: Leaderboard) -> String {
        Self.jsonValue(of: board).serialized(pretty: true) + "\n"
    }

    /// The JSON value: `format`, `format_version`, the tool, the gold, the bootstrap, the test, the
    /// `metrics` (columns) and the `extractors` (rows, in rank order) with a `scores` object keyed by metric.
    public static func jsonValue(of board: Leaderboard) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        func interval(_ spread: MeasureSpread?) -> JSONValue {
            guard let spread, let low = spread.low, let high = spread.high else { return .null }
            return .array([.number(low), .number(high)])
        }
        let extractors: [JSONValue] = board.rows.map { row in
            var scores: [(String, JSONValue)] = []
            for (metric, cell) in zip(board.metrics, row.cells) {
                guard cell.attempted else {
                    scores.append((metric.path, .object([("attempted", .bool(false))])))
                    continue
                }
                var members: [(String, JSONValue)] = [
                    ("attempted", .bool(true)), ("value", number(cell.value)),
                    ("std", number(cell.spread?.standardDeviation)), ("interval", interval(cell.spread)),
                    ("rank", cell.rank.map(JSONValue.integer) ?? .null), ("best", .bool(cell.isBest)),
                ]
                if let difference = cell.difference {
                    members.append(("below_best", .object([
                        ("difference", .number(difference.value)), ("interval", interval(difference.spread)),
                        ("p_value", number(difference.pValue)), ("adjusted_p_value", number(difference.adjustedPValue)),
                        ("significant", .bool(difference.isSignificant)),
                    ])))
                } else {
                    members.append(("below_best", .null))
                }
                scores.append((metric.path, .object(members)))
            }
            let time: JSONValue = row.timing.map { timing in
                .object([("clippings", .integer(timing.clippings)), ("failed", .integer(timing.failed)),
                         ("median_seconds", .number(ScoreComparison.rounded(timing.medianSeconds))),
                         ("total_seconds", .number(ScoreComparison.rounded(timing.totalSeconds)))])
            } ?? .null
            return .object([
                ("name", .string(row.name)), ("rank", .integer(row.rank)), ("mean_rank", .number(row.meanRank)),
                ("documents_scored", .integer(row.documentCount)), ("missing", .integer(row.missingCount)),
                ("time", time), ("scores", .object(scores)),
            ])
        }
        return .object([
            ("format", .string("clipbench-leaderboard")),
            ("format_version", .integer(jsonVersion)),
            ("version", .string(ToolInfo.version)),
            ("gold_fingerprint", .string(board.fingerprint)),
            ("documents_scored", .integer(board.documentCount)),
            ("bootstrap", .object([("method", .string("poisson")), ("replicates", .integer(board.bootstrapReplicates)),
                                   ("seed", .string(board.bootstrapSeed)), ("confidence", .number(0.95))])),
            ("significance", .object([
                ("test", .string("paired bootstrap, two-sided, against the column's best")),
                ("correction", .string("holm-bonferroni")), ("alpha", .number(Leaderboard.significanceLevel)),
                ("comparisons", .integer(board.comparisons)),
            ])),
            ("ranking", .string("mean of the column ranks; a task not attempted counts as last")),
            ("metrics", .array(board.metrics.map { .object([("key", .string($0.path)), ("label", .string($0.label))]) })),
            ("extractors", .array(extractors)),
        ])
    }
}
