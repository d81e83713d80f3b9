import Foundation
import ClipBenchCore

/// Renders an ``AnnotationAgreement`` as a short text report or as JSON.
///
/// ```swift
/// print(AgreementReport.text(agreement, clippings: 1, first: "a.yaml", second: "b.yaml"))
/// ```
public enum AgreementReport {
    /// The tasks in report order, with their counts.
    package static func rows(_ agreement: AnnotationAgreement) -> [(String, MatchCounts)] {
        [("regions", agreement.regions), ("entities", agreement.entities), ("dates.strict", agreement.datesStrict),
         ("dates.relaxed", agreement.datesRelaxed), ("headline", agreement.headline), ("published", agreement.published)]
    }

    public static func text(_ agreement: AnnotationAgreement, clippings: Int, first: String, second: String, maximumDisagreements: Int = 200) -> String {
        func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "n/a" }
        var lines = ["Agreement of \(first) (first) and \(second) (second), \(clippings) clipping\(clippings == 1 ? "" : "s")", ""]
        lines.append("task            P      R      F1     both/first only/second only")
        for (name, counts) in rows(agreement) {
            lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0)
                + "  \(number(counts.precision))  \(number(counts.recall))  \(number(counts.f1))  \(counts.matched)/\(counts.onlyFirst)/\(counts.onlySecond)")
        }
        lines.append("date values equal in \(agreement.dateValuesEqual) of \(agreement.datesRelaxed.matched) relaxed matches")
        let labels = agreement.regionLabels
        lines.append("region labels over \(labels.count) non-whitespace characters: kappa \(number(labels.kappa)) (observed \(number(labels.observed)), chance \(number(labels.expected))); with boilerplate categories: kappa \(number(agreement.regionCategories.kappa))")
        lines.append("")
        if agreement.disagreements.isEmpty {
            lines.append("No disagreements.")
        } else {
            lines.append("Disagreements (first ≠ second):")
            lines += agreement.disagreements.prefix(maximumDisagreements).map { "  " + $0 }
            if agreement.disagreements.count > maximumDisagreements {
                lines.append("  … and \(agreement.disagreements.count - maximumDisagreements) more (--format json lists them all)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ agreement: AnnotationAgreement, clippings: Int, first: String, second: String) -> JSONValue {
        func value(_ number: Double?) -> JSONValue { number.map(JSONValue.number) ?? .null }
        var tasks: [(String, JSONValue)] = rows(agreement).map { name, counts in
            (name, .object([
                ("precision", .number(counts.precision)), ("recall", .number(counts.recall)), ("f1", .number(counts.f1)),
                ("both", .integer(counts.matched)), ("first_only", .integer(counts.onlyFirst)), ("second_only", .integer(counts.onlySecond)),
            ]))
        }
        tasks.append(("date_values_equal", .integer(agreement.dateValuesEqual)))
        return .object([
            ("first", .string(first)), ("second", .string(second)), ("clippings", .integer(clippings)),
            ("tasks", .object(tasks)),
            ("region_labels", .object([
                ("characters", .integer(agreement.regionLabels.count)), ("kappa", value(agreement.regionLabels.kappa)),
                ("observed", value(agreement.regionLabels.observed)), ("chance", value(agreement.regionLabels.expected)),
                ("kappa_with_categories", value(agreement.regionCategories.kappa)),
            ])),
            ("disagreements", .array(agreement.disagreements.map(JSONValue.string))),
        ])
    }
}
