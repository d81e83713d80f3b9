import Foundation
import ClipBenchCore

/// Renders a ``PanelAgreement`` as a text table, as JSON or as Markdown.
///
/// Every form gives the same numbers: each task's F1 (mean over pairs of annotators, with its
/// bootstrap interval), each pair's counts, the region-label coefficients in total and per clipping,
/// and every disagreement of every pair (spans written `[start, end)`).
///
/// ```swift
/// let intervals = panel.intervals(replicates: 1000, seed: 0)
/// print(AgreementReport.text(panel, intervals: intervals))
/// AgreementReport.json(panel, intervals: intervals).serialized(pretty: true)
/// ```
///
/// - Complexity: O(size of the report).
public enum AgreementReport {
    package static func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "n/a" }

    package static func interval(_ summary: BootstrapSummary?) -> String {
        summary.map { "[\(number($0.low)), \(number($0.high))]" } ?? ""
    }

    package static func pairName(_ panel: PanelAgreement, _ pair: PanelAgreement.PairAgreement) -> String {
        "\(panel.annotators[pair.first]) ↔ \(panel.annotators[pair.second])"
    }

    /// The coefficients of one label table, for one line of text.
    package static func coefficients(_ table: LabelAgreement, _ intervals: [String: BootstrapSummary], prefix: String) -> String {
        var parts: [String] = []
        if table.annotators == 2 {
            parts.append("Cohen's kappa \(number(table.cohenKappa)) \(interval(intervals["\(prefix).cohen_kappa"]))".trimmingCharacters(in: .whitespaces))
        }
        parts.append("Fleiss' kappa \(number(table.fleissKappa)) \(interval(intervals["\(prefix).fleiss_kappa"]))".trimmingCharacters(in: .whitespaces))
        parts.append("Krippendorff's alpha \(number(table.krippendorffAlpha)) \(interval(intervals["\(prefix).krippendorff_alpha"]))".trimmingCharacters(in: .whitespaces))
        return parts.joined(separator: "; ")
    }

    /// Disagreements of every pair, each line `clipping: message` when there are several clippings.
    package static func disagreementLines(_ panel: PanelAgreement, pair index: Int) -> [String] {
        panel.clippings.flatMap { clipping in
            clipping.summary.pairs[index].agreement.disagreements.map { panel.clippings.count > 1 ? "\(clipping.id): \($0.message)" : $0.message }
        }
    }

    public static func text(_ panel: PanelAgreement, intervals: [String: BootstrapSummary], maximumDisagreements: Int = 200) -> String {
        let total = panel.total
        var lines = ["Agreement of \(panel.annotators.joined(separator: ", ")) (\(panel.annotators.count) annotators), \(panel.clippings.count) clipping\(panel.clippings.count == 1 ? "" : "s")", ""]
        lines.append("task                  F1 (mean of pairs)  95% interval")
        for (name, value) in total.meanF1 {
            lines.append(name.padding(toLength: 22, withPad: " ", startingAt: 0) + number(value).padding(toLength: 20, withPad: " ", startingAt: 0) + interval(intervals["\(name).f1"]))
        }
        lines.append("")
        lines.append("region labels over \(total.labels.count) non-whitespace characters: \(coefficients(total.labels, intervals, prefix: "region_labels"))")
        lines.append("with boilerplate categories: \(coefficients(total.categories, intervals, prefix: "region_categories"))")
        if panel.clippings.count > 1 {
            lines.append("")
            lines.append("per clipping: alpha (labels)  alpha (categories)  entities F1  dates F1")
            for clipping in panel.clippings {
                let f1 = Dictionary(uniqueKeysWithValues: clipping.summary.meanF1.map { ($0.name, $0.value) })
                lines.append("  \(clipping.id)  \(number(clipping.summary.labels.krippendorffAlpha))  \(number(clipping.summary.categories.krippendorffAlpha))  \(number(f1["entities"]))  \(number(f1["dates.strict"]))")
            }
        }
        for (index, pair) in total.pairs.enumerated() {
            lines.append("")
            lines.append("\(pairName(panel, pair)) (the first in the place of the gold):")
            lines.append("task                  P      R      F1     both/first only/second only")
            for (name, counts) in pair.agreement.tasks {
                lines.append(name.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + "  \(number(counts.precision))  \(number(counts.recall))  \(number(counts.f1))  \(counts.matched)/\(counts.onlyFirst)/\(counts.onlySecond)")
            }
            lines.append("date values equal in \(pair.agreement.dateValuesEqual) of \(pair.agreement.datesRelaxed.matched) relaxed matches")
            if panel.annotators.count > 2 {
                lines.append("region labels: Cohen's kappa \(number(total.labels.pair(pair.first, pair.second).cohenKappa)); with categories \(number(total.categories.pair(pair.first, pair.second).cohenKappa))")
            }
            let disagreements = disagreementLines(panel, pair: index)
            if disagreements.isEmpty {
                lines.append("No disagreements.")
            } else {
                lines.append("Disagreements (first ≠ second):")
                lines += disagreements.prefix(maximumDisagreements).map { "  " + $0 }
                if disagreements.count > maximumDisagreements {
                    lines.append("  … and \(disagreements.count - maximumDisagreements) more (--format json lists them all)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ panel: PanelAgreement, intervals: [String: BootstrapSummary], replicates: Int, seed: UInt64) -> JSONValue {
        func value(_ number: Double?) -> JSONValue { number.map(JSONValue.number) ?? .null }
        func coefficients(_ table: LabelAgreement) -> JSONValue {
            var fields: [(String, JSONValue)] = [("characters", .integer(table.count)), ("observed", value(table.observed))]
            if table.annotators == 2 { fields.append(("cohen_kappa", value(table.cohenKappa))) }
            fields += [("fleiss_kappa", value(table.fleissKappa)), ("krippendorff_alpha", value(table.krippendorffAlpha))]
            return .object(fields)
        }
        func summary(_ summary: PanelAgreement.Summary, clippingID: String?) -> JSONValue {
            .object([
                ("tasks", .object(summary.meanF1.map { ($0.name, .object([("f1_mean", .number($0.value))])) })),
                ("region_labels", coefficients(summary.labels)),
                ("region_categories", coefficients(summary.categories)),
                ("pairs", .array(summary.pairs.map { pair in
                    var fields: [(String, JSONValue)] = [
                        ("first", .string(panel.annotators[pair.first])), ("second", .string(panel.annotators[pair.second])),
                        ("tasks", .object(pair.agreement.tasks.map { name, counts in
                            (name, .object([
                                ("precision", .number(counts.precision)), ("recall", .number(counts.recall)), ("f1", .number(counts.f1)),
                                ("both", .integer(counts.matched)), ("first_only", .integer(counts.onlyFirst)), ("second_only", .integer(counts.onlySecond)),
                            ]))
                        })),
                        ("date_values_equal", .integer(pair.agreement.dateValuesEqual)),
                        ("region_labels_cohen_kappa", value(summary.labels.pair(pair.first, pair.second).cohenKappa)),
                        ("region_categories_cohen_kappa", value(summary.categories.pair(pair.first, pair.second).cohenKappa)),
                    ]
                    if clippingID != nil {
                        fields.append(("disagreements", .array(pair.agreement.disagreements.map { disagreement in
                            var item: [(String, JSONValue)] = [("task", .string(disagreement.task.rawValue))]
                            if let range = disagreement.range { item += [("start", .integer(range.lowerBound)), ("end", .integer(range.upperBound))] }
                            item.append(("message", .string(disagreement.message)))
                            return .object(item)
                        })))
                    }
                    return .object(fields)
                })),
            ])
        }
        return .object([
            ("annotators", .array(panel.annotators.map(JSONValue.string))),
            ("clippings", .integer(panel.clippings.count)),
            ("spans", .string("[start, end) in Unicode scalars")),
            ("total", summary(panel.total, clippingID: nil)),
            ("bootstrap", .object([
                ("replicates", .integer(replicates)), ("seed", .string(String(seed))), ("level", .number(0.95)),
                ("intervals", .object(intervals.keys.sorted().map { name in
                    (name, .object([("low", .number(intervals[name]!.low)), ("high", .number(intervals[name]!.high)),
                                    ("standard_deviation", .number(intervals[name]!.standardDeviation))]))
                })),
            ])),
            ("per_clipping", .array(panel.clippings.map { clipping in
                if case .object(let fields) = summary(clipping.summary, clippingID: clipping.id) {
                    return .object([("id", .string(clipping.id))] + fields)
                }
                return .null
            })),
        ])
    }

    public static func markdown(_ panel: PanelAgreement, intervals: [String: BootstrapSummary], maximumDisagreements: Int = 200) -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        let total = panel.total
        var lines = ["# Agreement of \(panel.annotators.count) annotators on \(panel.clippings.count) clipping\(panel.clippings.count == 1 ? "" : "s")", ""]
        lines.append("Annotators: " + panel.annotators.map { "`\(cell($0))`" }.joined(separator: ", ") + ". Spans are `[start, end)` in Unicode scalars.")
        lines.append("")
        lines.append("| task | F1 (mean of pairs) | 95% interval |")
        lines.append("| --- | ---: | --- |")
        for (name, value) in total.meanF1 {
            lines.append("| \(name) | \(number(value)) | \(interval(intervals["\(name).f1"])) |")
        }
        lines.append("")
        lines.append("| region labels over \(total.labels.count) characters | coefficients |")
        lines.append("| --- | --- |")
        lines.append("| labels | \(coefficients(total.labels, intervals, prefix: "region_labels")) |")
        lines.append("| with boilerplate categories | \(coefficients(total.categories, intervals, prefix: "region_categories")) |")
        lines.append("")
        lines.append("## Per clipping")
        lines.append("")
        lines.append("| clipping | alpha (labels) | alpha (categories) | " + PanelAgreement.Summary.taskNames.map { "\($0) F1" }.joined(separator: " | ") + " |")
        lines.append("| --- | ---: | ---: | " + PanelAgreement.Summary.taskNames.map { _ in "---:" }.joined(separator: " | ") + " |")
        for clipping in panel.clippings {
            lines.append("| \(clipping.id) | \(number(clipping.summary.labels.krippendorffAlpha)) | \(number(clipping.summary.categories.krippendorffAlpha)) | "
                + clipping.summary.meanF1.map { number($0.value) }.joined(separator: " | ") + " |")
        }
        for (index, pair) in total.pairs.enumerated() {
            lines.append("")
            lines.append("## \(cell(pairName(panel, pair)))")
            lines.append("")
            lines.append("| task | P | R | F1 | both | first only | second only |")
            lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
            for (name, counts) in pair.agreement.tasks {
                lines.append("| \(name) | \(number(counts.precision)) | \(number(counts.recall)) | \(number(counts.f1)) | \(counts.matched) | \(counts.onlyFirst) | \(counts.onlySecond) |")
            }
            let disagreements = disagreementLines(panel, pair: index)
            lines.append("")
            if disagreements.isEmpty {
                lines.append("No disagreements.")
            } else {
                lines += disagreements.prefix(maximumDisagreements).map { "- " + cell($0) }
                if disagreements.count > maximumDisagreements {
                    lines.append("- … and \(disagreements.count - maximumDisagreements) more (`--format json` lists them all)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
