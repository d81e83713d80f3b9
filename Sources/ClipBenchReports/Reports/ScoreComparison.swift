import Foundation
import ClipBenchCore
import ClipBenchEvaluation

/// Two reports side by side, measure by measure, with the paired bootstrap's interval of each
/// difference when the runs were scored together, and the clippings that changed most.
///
/// ```swift
/// let comparison = ScoreComparison(base: baseReport, new: newReport, paired: spreads, topDocuments: 5)
/// print(comparison.table(colour: false))
/// // metric            base    new  change  95% interval
/// // headline.f1      0.806  0.850  +0.044  [+0.010, +0.080]  *
/// ```
public struct ScoreComparison: Sendable {
    /// The paired bootstrap's summary of one difference.
    public struct PairedSpread: Sendable, Hashable {
        public var spread: MeasureSpread
        /// The share of resamples in which `new` beat `base`.
        public var shareImproved: Double?

        public init(spread: MeasureSpread, shareImproved: Double?) {
            self.spread = spread
            self.shareImproved = shareImproved
        }
    }

    /// One measure of both runs.
    public struct Row: Sendable {
        /// The dotted path, such as `entities.strict.f1`.
        public var metric: String
        public var base: Double?
        public var new: Double?
        /// False when the task was not attempted by that run.
        public var baseAttempted: Bool
        public var newAttempted: Bool
        public var paired: PairedSpread?
        /// Whether the summaries show the row (the catalogue's ``MetricGroupReport/isShown``).
        public var isShown = true

        /// `new − base`, when both are defined.
        public var difference: Double? { base.flatMap { left in new.map { $0 - left } } }

        /// Whether the 95% interval of the difference leaves out zero.
        public var isSignificant: Bool {
            guard let low = paired?.spread.low, let high = paired?.spread.high else { return false }
            return low > 0 || high < 0
        }
    }

    /// One clipping whose figures moved, with its largest change.
    public struct DocumentChange: Sendable {
        public var id: String
        /// Each main figure that changed: (metric, base, new).
        public var changes: [(metric: String, base: Double?, new: Double?)]
        /// The largest absolute change among them.
        public var largest: Double
    }

    public var baseName: String
    public var newName: String
    public var rows: [Row]
    public var documents: [DocumentChange]
    /// Replicates and seed of the paired bootstrap; nil when the comparison has no intervals.
    public var bootstrapReplicates: Int?
    public var bootstrapSeed: String?

    /// The per-clipping figures whose changes rank the clippings.
    public static let documentFigures = ["headline.f1", "published.f1", "body.f1", "boilerplate.f1", "entities.strict.f1", "dates.relaxed.f1"]

    /// Compares two reports.
    ///
    /// - Parameters:
    ///   - base: the report compared against.
    ///   - new: the report being judged.
    ///   - paired: the paired bootstrap's spread of each difference, by dotted path (nil: none computed).
    ///   - topDocuments: how many of the clippings that changed most to list.
    public init(base: ScoreReport, new: ScoreReport, paired: [String: PairedSpread]?, topDocuments: Int = 5) {
        baseName = base.extractor
        newName = new.extractor
        bootstrapReplicates = paired == nil ? nil : new.bootstrapReplicates
        bootstrapSeed = paired == nil ? nil : new.bootstrapSeed
        var rows: [Row] = []
        var seen: Set<String> = []
        let newGroups = Dictionary(new.groups.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let baseGroups = Dictionary(base.groups.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // In the catalogue's order, whichever side has the group (body.tokens after body even when
        // only the new run attempted the body).
        let order = Dictionary(MetricCatalog.groups.enumerated().map { ($1.path.joined(separator: "."), $0) }, uniquingKeysWith: { first, _ in first })
        let paths = (base.groups + new.groups).map(\.path).filter { seen.insert($0).inserted }
        for path in paths.enumerated().sorted(by: { (order[$0.1] ?? Int.max, $0.0) < (order[$1.1] ?? Int.max, $1.0) }).map(\.1) {
            let left = baseGroups[path], right = newGroups[path]
            let names = ((left?.measures ?? []) + (right?.measures ?? [])).map(\.name)
            let isShown = (left ?? right)?.isShown ?? true
            var measureSeen: Set<String> = []
            for name in names where measureSeen.insert(name).inserted {
                let metric = path + "." + name
                rows.append(Row(
                    metric: metric,
                    base: left?.attempted == true ? left?.measure(name)?.value : nil,
                    new: right?.attempted == true ? right?.measure(name)?.value : nil,
                    baseAttempted: left?.attempted ?? false, newAttempted: right?.attempted ?? false,
                    paired: paired?[metric], isShown: isShown))
            }
            if names.isEmpty {
                rows.append(Row(metric: path, base: nil, new: nil, baseAttempted: left?.attempted ?? false,
                                newAttempted: right?.attempted ?? false, paired: nil, isShown: isShown))
            }
        }
        self.rows = rows

        let baseDocuments = Dictionary(base.documents.map { ($0.id, $0.figures) }, uniquingKeysWith: { first, _ in first })
        var changes: [DocumentChange] = []
        for document in new.documents {
            guard let before = baseDocuments[document.id] else { continue }
            let after = document.figures
            var moved: [(metric: String, base: Double?, new: Double?)] = []
            var largest = 0.0
            for metric in Self.documentFigures where before[metric] != nil || after[metric] != nil {
                let change = abs((after[metric] ?? 0) - (before[metric] ?? 0))
                if change > 1e-9 {
                    moved.append((metric, before[metric], after[metric]))
                    largest = max(largest, change)
                }
            }
            if !moved.isEmpty { changes.append(DocumentChange(id: document.id, changes: moved, largest: largest)) }
        }
        // Largest change first; ties by id so the order never depends on the input's.
        documents = Array(changes.sorted { ($0.largest, $1.id) > ($1.largest, $0.id) }.prefix(max(0, topDocuments)))
    }

    /// The rows a summary shows: the main figure of each group and its secondary measures
    /// (precision and recall and per-type groups other than strict are in the JSON only).
    public var shownRows: [Row] {
        rows.filter { row in
            row.isShown && !["precision", "recall"].contains(row.metric.split(separator: ".").last.map(String.init) ?? "")
        }
    }

    // MARK: - Rendering

    /// An aligned table for a terminal; `*` marks a difference whose 95% interval leaves out zero.
    public func table(colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let header = ["metric", "base", "new", "change", "95% interval", ""]
        var cells: [[String]] = []
        for row in shownRows {
            if !row.baseAttempted && !row.newAttempted {
                cells.append([row.metric, "not attempted", "", "", "", ""])
                continue
            }
            cells.append([
                row.metric,
                row.baseAttempted ? ScoreReport.format(row.base) : "n/a",
                row.newAttempted ? ScoreReport.format(row.new) : "n/a",
                Self.signed(row.difference),
                row.paired.map { Self.signedInterval($0.spread) } ?? "",
                row.isSignificant ? "*" : "",
            ])
        }
        let widths = header.indices.map { column in
            ([header[column]] + cells.filter { $0[1] != "not attempted" || column == 0 }.map { $0[column] }).map(\.unicodeScalars.count).max() ?? 0
        }
        func pad(_ text: String, _ width: Int, left: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
            return left ? fill + text : text + fill
        }
        var output = paint("Comparing \(baseName) (base) with \(newName) (new)", "1") + "\n"
        if let bootstrapReplicates {
            output += paint("paired bootstrap: \(bootstrapReplicates) resamples" + (bootstrapSeed.map { ", seed \($0)" } ?? "")
                            + "; * marks a change whose 95% interval leaves out zero", "2") + "\n"
        } else {
            output += paint("no paired bootstrap (saved reports): changes only", "2") + "\n"
        }
        output += "\n" + paint([pad(header[0], widths[0], left: false), pad(header[1], widths[1], left: true), pad(header[2], widths[2], left: true),
                                pad(header[3], widths[3], left: true), header[4]].joined(separator: "  "), "1") + "\n"
        for (index, cell) in cells.enumerated() {
            if cell[1] == "not attempted" {
                output += pad(cell[0], widths[0], left: false) + "  " + paint("not attempted", "2") + "\n"
                continue
            }
            var change = pad(cell[3], widths[3], left: true)
            if let difference = shownRows[index].difference, shownRows[index].isSignificant {
                change = paint(change, difference > 0 ? "32" : "31")
            }
            var line = [pad(cell[0], widths[0], left: false), pad(cell[1], widths[1], left: true), pad(cell[2], widths[2], left: true),
                        change, pad(cell[4], widths[4], left: false), cell[5]].joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            output += line + "\n"
        }
        output += documentsText()
        return output
    }

    /// GitHub-flavoured Markdown.
    public func markdown() -> String {
        var output = "### \(ScorecardMarkdownRenderer.escape(newName)) compared with \(ScorecardMarkdownRenderer.escape(baseName))\n\n"
        if let bootstrapReplicates {
            output += "Paired bootstrap over the clippings, \(bootstrapReplicates) resamples" + (bootstrapSeed.map { ", seed \($0)" } ?? "")
                + "; **bold**: the 95% interval of the change leaves out zero.\n\n"
        }
        output += "| metric | base | new | change | 95% interval |\n| --- | ---: | ---: | ---: | :---: |\n"
        for row in shownRows {
            if !row.baseAttempted && !row.newAttempted {
                output += "| \(ScorecardMarkdownRenderer.escape(row.metric)) | *not attempted* | | | |\n"
                continue
            }
            let change = Self.signed(row.difference)
            output += "| \(ScorecardMarkdownRenderer.escape(row.metric)) | \(row.baseAttempted ? ScoreReport.format(row.base) : "n/a") | "
                + "\(row.newAttempted ? ScoreReport.format(row.new) : "n/a") | \(row.isSignificant ? "**\(change)**" : change) | "
                + "\(row.paired.map { Self.signedInterval($0.spread) } ?? "") |\n"
        }
        if !documents.isEmpty {
            output += "\n| clipping | largest change | changes |\n| --- | ---: | --- |\n"
            for document in documents {
                let changes = document.changes.map { "\($0.metric) \(ScoreReport.format($0.base)) → \(ScoreReport.format($0.new))" }.joined(separator: "; ")
                output += "| `\(document.id)` | \(String(format: "%.3f", document.largest)) | \(changes) |\n"
            }
        }
        return output
    }

    /// The comparison as JSON: every measure (precision and recall included) and the clippings that changed most.
    public var jsonValue: JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { .number(Self.rounded($0)) } ?? .null }
        var members: [(String, JSONValue)] = [("base", .string(baseName)), ("new", .string(newName))]
        if let bootstrapReplicates {
            members.append(("bootstrap", .object([("method", .string("paired")), ("replicates", .integer(bootstrapReplicates)),
                                                  ("seed", bootstrapSeed.map(JSONValue.string) ?? .null)])))
        }
        members.append(("metrics", .array(rows.map { row in
            var fields: [(String, JSONValue)] = [("metric", .string(row.metric))]
            fields.append(("base", row.baseAttempted ? number(row.base) : .object([("attempted", .bool(false))])))
            fields.append(("new", row.newAttempted ? number(row.new) : .object([("attempted", .bool(false))])))
            fields.append(("difference", number(row.difference)))
            if let paired = row.paired {
                fields.append(("std", number(paired.spread.standardDeviation)))
                fields.append(("interval", .array([number(paired.spread.low), number(paired.spread.high)])))
                fields.append(("share_improved", number(paired.shareImproved)))
                fields.append(("significant", .bool(row.isSignificant)))
            }
            return .object(fields)
        })))
        members.append(("documents", .array(documents.map { document in
            .object([("id", .string(document.id)), ("largest_change", number(document.largest)),
                     ("changes", .object(document.changes.map { ($0.metric, .array([number($0.base), number($0.new)])) }))])
        })))
        return .object(members)
    }

    private func documentsText() -> String {
        guard !documents.isEmpty else { return "\nno clipping's main figures changed\n" }
        var output = "\nclippings that changed most:\n"
        for document in documents {
            output += "  \(document.id)  " + document.changes.map { change in
                "\(change.metric) \(ScoreReport.format(change.base)) → \(ScoreReport.format(change.new))"
            }.joined(separator: ", ") + "\n"
        }
        return output
    }

    package static func signed(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let rounded = (value * 1000).rounded() / 1000
        guard rounded != 0 else { return "0.000" }
        return (rounded > 0 ? "+" : "−") + String(format: "%.3f", abs(value))
    }

    package static func signedInterval(_ spread: MeasureSpread) -> String {
        guard let low = spread.low, let high = spread.high else { return "" }
        return "[\(signed(low)), \(signed(high))]"
    }

    package static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
