/// One line of the scorecard: a metric group (e.g. `entities · strict`) with its precision, recall, F1
/// and the other numbers reported beside them, read from the score report's JSON (SPEC section 6).
///
/// Reading the JSON rather than a Swift type keeps the page in step with whatever the report holds:
/// every object with `precision`, `recall` or `f1` becomes a row, other numbers become details, and
/// a task given as `null` or `{"attempted": false}` is shown as not attempted.
///
/// ```swift
/// let rows = HTMLReportMetricRow.rows(ofMetrics: report["metrics"])
/// rows.first?.path   // ["headline"]
/// ```
public struct HTMLReportMetricRow: Sendable, Hashable {
    /// The keys leading to the group: `["entities", "strict"]`.
    public var path: [String]
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?
    /// Other values of the group, in the report's order, as display text (`tp: 12`, `interval: 0.812–0.871`).
    public var details: [String]
    public var isAttempted: Bool

    /// The rows of every task in the `metrics` object, in its order.
    public static func rows(ofMetrics metrics: JSONValue) -> [HTMLReportMetricRow] {
        guard case .object(let tasks) = metrics else { return [] }
        var rows: [HTMLReportMetricRow] = []
        for (task, value) in tasks { collect(value, path: [task], into: &rows) }
        return rows
    }

    private static let scoreKeys: Set<String> = ["precision", "recall", "f1"]

    private static func collect(_ value: JSONValue, path: [String], into rows: inout [HTMLReportMetricRow]) {
        switch value {
        case .null:
            rows.append(HTMLReportMetricRow(path: path, details: [], isAttempted: false))
        case .object(let members):
            if members.contains(where: { $0.0 == "attempted" && $0.1 == .bool(false) }) {
                rows.append(HTMLReportMetricRow(path: path, details: [], isAttempted: false))
                return
            }
            if members.contains(where: { scoreKeys.contains($0.0) }) {
                var row = HTMLReportMetricRow(path: path, details: [], isAttempted: true)
                for (key, member) in members {
                    switch key {
                    case "precision": row.precision = number(member)
                    case "recall": row.recall = number(member)
                    case "f1": row.f1 = number(member)
                    default: if let text = detail(member) { row.details.append("\(key): \(text)") }
                    }
                }
                rows.append(row)
            }
            for (key, member) in members where !scoreKeys.contains(key) {
                if case .object = member { collect(member, path: path + [key], into: &rows) }
            }
        default:
            break
        }
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .number(let number): number
        default: nil
        }
    }

    /// A scalar or a list of scalars as short text; nil for objects (they become rows of their own).
    private static func detail(_ value: JSONValue) -> String? {
        switch value {
        case .integer(let integer): String(integer)
        case .number(let number): format(number)
        case .string(let string): string
        case .bool(let bool): bool ? "yes" : "no"
        case .null: "–"
        case .array(let items):
            items.count == 2 ? items.compactMap(detail).joined(separator: "–") : items.compactMap(detail).joined(separator: ", ")
        case .object: nil
        }
    }

    /// Three decimals, the precision published tables use.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let thousandths = Int((abs(value) * 1000).rounded())
        let digits = String(thousandths % 1000)
        return (value < 0 ? "-" : "") + "\(thousandths / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
