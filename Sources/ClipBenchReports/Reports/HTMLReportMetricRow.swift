import ClipBenchCore

/// One line of the scorecard: a metric group (e.g. `entities · strict`) with its precision, recall, F1
/// and the other numbers reported beside them, read from the score report's JSON (SPEC section 6).
///
/// Reading the JSON rather than a Swift type keeps the page in step with whatever the report holds:
/// every object with `precision`, `recall` or `f1` becomes a row, other numbers become details, and
/// a task given as `null` or `{"attempted": false}` is shown as not attempted. The bootstrap figures
/// beside a group (`"std": {"f1": …}`, `"interval": {"f1": [low, high]}`) become the row's spread.
///
/// ```swift
/// let rows = HTMLReportMetricRow.rows(ofMetrics: metrics)   // the value of the report's "metrics" key
/// rows.first?.path   // ["headline"]
/// ```
public struct HTMLReportMetricRow: Sendable, Hashable {
    /// The keys leading to the group: `["entities", "strict"]`.
    public var path: [String]
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?
    /// The bootstrap standard deviation of precision, recall and F1, where the report gives it.
    public var precisionSpread: Double?
    public var recallSpread: Double?
    public var f1Spread: Double?
    /// The 95% bootstrap interval of F1, where the report gives it.
    public var f1Interval: (low: Double, high: Double)? {
        get { f1IntervalBounds.map { ($0[0], $0[1]) } }
        set { f1IntervalBounds = newValue.map { [$0.low, $0.high] } }
    }
    private var f1IntervalBounds: [Double]?
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
    /// Members that qualify a group rather than being groups of their own.
    private static let bootstrapKeys: Set<String> = ["std", "interval"]

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
                    case "std":
                        row.precisionSpread = number(member.member("precision"))
                        row.recallSpread = number(member.member("recall"))
                        row.f1Spread = number(member.member("f1"))
                    case "interval":
                        if case .array(let bounds) = member.member("f1"), bounds.count == 2,
                           let low = number(bounds[0]), let high = number(bounds[1]) {
                            row.f1Interval = (low, high)
                        }
                    default: if let text = detail(member, isRatio: isRatio(key)) { row.details.append("\(key): \(text)") }
                    }
                }
                rows.append(row)
            }
            for (key, member) in members where !scoreKeys.contains(key) && !bootstrapKeys.contains(key) {
                if case .object = member { collect(member, path: path + [key], into: &rows) }
            }
        default:
            break
        }
    }

    /// The value, with its bootstrap standard deviation when known: `0.750 ± 0.012`.
    public static func format(_ value: Double?, spread: Double?) -> String {
        guard let value else { return "–" }
        guard let spread else { return format(value) }
        return format(value) + " ± " + format(spread)
    }

    package static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .number(let number): number
        default: nil
        }
    }

    /// A scalar or a list of scalars as short text; nil for objects (they become rows of their own).
    private static func detail(_ value: JSONValue, isRatio: Bool = true) -> String? {
        switch value {
        case .integer(let integer): String(integer)
        case .number(let number):
            !isRatio && number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : format(number)
        case .string(let string): string
        case .bool(let bool): bool ? "yes" : "no"
        case .null: "–"
        case .array(let items):
            items.count == 2 ? items.compactMap { detail($0) }.joined(separator: "–") : items.compactMap { detail($0) }.joined(separator: ", ")
        case .object: nil
        }
    }

    /// Whether the value of `key` is a ratio (shown with three decimals) rather than a count.
    package static func isRatio(_ key: String) -> Bool {
        ["accuracy", "match", "f1", "precision", "recall", "share", "rate", "mean"].contains { key.contains($0) }
            && !key.hasSuffix("es") && !key.hasSuffix("documents")
    }

    /// Three decimals, the precision published tables use.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let thousandths = Int((abs(value) * 1000).rounded())
        let digits = String(thousandths % 1000)
        return (value < 0 ? "-" : "") + "\(thousandths / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}

extension JSONValue {
    /// The member named `key` of an object; null for anything else.
    fileprivate func member(_ key: String) -> JSONValue {
        guard case .object(let members) = self else { return .null }
        return members.first { $0.0 == key }?.1 ?? .null
    }
}
