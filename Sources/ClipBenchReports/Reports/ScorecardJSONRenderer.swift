import ClipBenchCore
import ClipBenchEvaluation

/// Renders a report as the JSON report of SPEC section 6: `extractor`, `version`,
/// `gold_fingerprint`, the bootstrap settings, `metrics` (headline, published, body, boilerplate,
/// entities, dates) and `documents`.
///
/// Every attempted group has its measures (`precision`, `recall`, `f1`, …), its counts, and, with a
/// bootstrap, `std` and `interval` (`[low, high]`, 95%) per measure. A group whose task no
/// prediction attempted is `{"attempted": false}`. The report's values are already rounded to six
/// decimals, so the text is the same byte for byte whatever the order of the clippings.
///
/// ```swift
/// let text = ScorecardJSONRenderer.render(ScoreReport(scorecard: scorecard))
/// // {"extractor": "baseline", "version": "0.1.0", …}
/// ```
///
/// - Complexity: O(size of the report).
public enum ScorecardJSONRenderer {
    /// The pretty-printed report with its closing line break.
    public static func render(_ report: ScoreReport) -> String {
        jsonValue(of: report).serialized(pretty: true) + "\n"
    }

    /// The report as a JSON value.
    public static func jsonValue(of report: ScoreReport) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("extractor", .string(report.extractor)),
            ("version", report.toolVersion.map(JSONValue.string) ?? .null),
            ("gold_fingerprint", report.fingerprint.map(JSONValue.string) ?? .null),
            ("documents_scored", report.documentCount.map(JSONValue.integer) ?? .null),
            ("missing", report.missingCount.map(JSONValue.integer) ?? .null),
            ("attempted", .object(ScoredTask.allCases.map { ($0.rawValue, .integer(report.attemptedCounts[$0] ?? 0)) })),
            ("bootstrap", .object([
                ("method", .string("poisson")), ("replicates", .integer(report.bootstrapReplicates ?? 0)),
                ("seed", report.bootstrapSeed.map(JSONValue.string) ?? .null), ("confidence", .number(0.95)),
            ])),
        ]
        members.append(("metrics", metrics(report.groups, withBootstrap: report.hasBootstrap)))
        members.append(("documents", .array(report.documents.map(jsonValue(of:)))))
        return .object(members)
    }

    /// One clipping's row: `{"id", "missing", "metrics": {…}}`, without bootstrap figures.
    public static func jsonValue(of document: DocumentReport) -> JSONValue {
        .object([("id", .string(document.id)), ("missing", .bool(document.isMissing)),
                 ("metrics", metrics(document.groups, withBootstrap: false))])
    }

    /// The groups as the nested `metrics` object, in their order.
    package static func metrics(_ groups: [MetricGroupReport], withBootstrap: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = []
        for group in groups {
            insert(jsonValue(of: group, withBootstrap: withBootstrap), at: group.keys, into: &members)
        }
        return .object(members)
    }

    /// One group's object.
    package static func jsonValue(of group: MetricGroupReport, withBootstrap: Bool) -> JSONValue {
        guard group.attempted else { return .object([("attempted", .bool(false))]) }
        var members: [(String, JSONValue)] = group.figures.map { ($0.name, number($0.value)) }
        if withBootstrap {
            let measures = group.measures
            members.append(("std", .object(measures.map { ($0.name, number($0.spread?.standardDeviation)) })))
            members.append(("interval", .object(measures.map { measure in
                guard let spread = measure.spread else { return (measure.name, .null) }
                return (measure.name, .array([number(spread.low), number(spread.high)]))
            })))
        }
        return .object(members)
    }

    /// Puts `value` at `path` inside an ordered object, creating intermediate objects in order.
    private static func insert(_ value: JSONValue, at path: [String], into members: inout [(String, JSONValue)]) {
        guard let key = path.first else { return }
        let index = members.firstIndex { $0.0 == key }
        if path.count == 1 {
            if let index, case .object(let existing) = members[index].1, case .object(let new) = value {
                // A group that also has children (body and body.tokens): keep the children after the figures.
                members[index].1 = .object(new + existing)
            } else {
                members.append((key, value))
            }
            return
        }
        var child: [(String, JSONValue)] = []
        if let index, case .object(let existing) = members[index].1 { child = existing }
        insert(value, at: Array(path.dropFirst()), into: &child)
        if let index {
            members[index].1 = .object(child)
        } else {
            members.append((key, .object(child)))
        }
    }

    private static func number(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}
