import Foundation
import ClipBenchEvaluation

/// One line of a scorecard as the table and Markdown renderers show it.
public struct ScorecardLine: Sendable {
    /// The group's dotted path, or `path · measure` for a measure shown on its own line.
    public var label: String
    /// The group the line belongs to.
    public var path: String
    /// The measure shown in the main column (`f1`, or `exact_match`, `accuracy`, …).
    public var measure: String?
    public var attempted: Bool
    public var precision: Double?
    public var recall: Double?
    public var value: Double?
    public var spread: MeasureSpread?
    /// Whether this line is a secondary measure of the group above it.
    public var isSecondary: Bool
}

extension ScoreReport {
    /// The lines of the scorecard, in report order: one per group (precision, recall, F1), then one
    /// per other measure of the group (exact match, accuracy, value F1, …). Per-type entity groups
    /// are shown for the strict schema only (the JSON report keeps them all).
    public var lines: [ScorecardLine] {
        var result: [ScorecardLine] = []
        for group in groups where group.isShown {
            guard group.attempted else {
                result.append(ScorecardLine(label: group.path, path: group.path, measure: nil, attempted: false, isSecondary: false))
                continue
            }
            let f1 = group.measure("f1")
            let precision = group.measure("precision")?.value
            let recall = group.measure("recall")?.value
            if f1 != nil || precision != nil || recall != nil {
                result.append(ScorecardLine(label: group.path, path: group.path, measure: f1 == nil ? nil : "f1", attempted: true,
                                            precision: precision, recall: recall, value: f1?.value, spread: f1?.spread, isSecondary: false))
            }
            for measure in group.measures where !["precision", "recall", "f1"].contains(measure.name) {
                let isFirst = f1 == nil && precision == nil && recall == nil && measure.name == group.measures.first?.name
                result.append(ScorecardLine(label: isFirst ? group.path : "\(group.path) · \(measure.name.replacingOccurrences(of: "_", with: " "))",
                                            path: group.path, measure: measure.name, attempted: true,
                                            value: measure.value, spread: measure.spread, isSecondary: !isFirst))
            }
        }
        return result
    }

    /// The first line of a report: who was scored on what.
    public var summary: String {
        var parts: [String] = []
        if let documentCount {
            parts.append("\(documentCount) clipping\(documentCount == 1 ? "" : "s")" + (missingCount.map { " (\($0) missing)" } ?? ""))
        }
        if let fingerprint { parts.append("gold sha256 \(fingerprint.prefix(12))") }
        if let bootstrapReplicates, bootstrapReplicates > 0 {
            parts.append("bootstrap \(bootstrapReplicates) resamples" + (bootstrapSeed.map { ", seed \($0)" } ?? ""))
        }
        if let toolVersion { parts.append("clipbench \(toolVersion)") }
        return parts.joined(separator: " · ")
    }

    /// A figure with three decimals, or `—` when undefined.
    package static func format(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "%.3f", value)
    }

    /// `[0.721, 0.883]`, or empty.
    package static func formatInterval(_ spread: MeasureSpread?) -> String {
        guard let spread, let low = spread.low, let high = spread.high else { return "" }
        return "[\(format(low)), \(format(high))]"
    }
}
