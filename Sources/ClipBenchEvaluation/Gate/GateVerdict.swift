import Foundation

/// The outcome of checking one run against a ``RegressionGate``: each metric's result and
/// whether the dataset is the one the gate was pinned on.
///
/// ```swift
/// let verdict = gate.verdict(values: ["body.f1": 0.62], fingerprint: current)
/// if !verdict.passed { print(verdict.report()) }   // FAIL body.f1 0.6200 < 0.8000 …
/// ```
public struct GateVerdict: Sendable, Hashable {
    /// One gated metric's result.
    public struct MetricResult: Sendable, Hashable {
        public var metric: GateMetric
        /// The run's value, or nil when the run has no such figure (task not attempted).
        public var value: Double?

        public var passed: Bool {
            guard let value else { return false }
            // A hair of slack so a value printed and read back as the floor still passes.
            return value >= metric.threshold - 1e-9
        }

        /// How far below `floor − tolerance` the value is (positive when failing).
        public var shortfall: Double? { value.map { metric.threshold - $0 } }
    }

    public var metrics: [MetricResult]
    /// How the dataset differs from the pinned one; empty when it is the same.
    public var datasetChanges: [GateFingerprintChange]

    public var failedMetrics: [MetricResult] { metrics.filter { !$0.passed } }
    public var passed: Bool { datasetChanges.isEmpty && failedMetrics.isEmpty }

    /// A plain-text account, one line per metric, then the dataset check and a summary line.
    public func report() -> String {
        let width = metrics.map(\.metric.name.count).max() ?? 0
        var lines: [String] = []
        for result in metrics {
            let name = result.metric.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let bound = "floor \(Self.format(result.metric.floor)) − tolerance \(Self.format(result.metric.tolerance))"
            guard let value = result.value else {
                lines.append("FAIL  \(name)  not attempted or not in the report (\(bound))")
                continue
            }
            if result.passed {
                lines.append("ok    \(name)  \(Self.format(value)) ≥ \(Self.format(result.metric.threshold)) (\(bound))")
            } else {
                lines.append("FAIL  \(name)  \(Self.format(value)) < \(Self.format(result.metric.threshold)) (\(bound)): \(Self.format(result.shortfall ?? 0)) below")
            }
        }
        if datasetChanges.isEmpty {
            lines.append("ok    dataset fingerprint unchanged")
        } else {
            lines.append("FAIL  the gold or seeds changed since the gate was pinned: " + datasetChanges.map(\.description).joined(separator: "; "))
        }
        let failures = failedMetrics.count + (datasetChanges.isEmpty ? 0 : 1)
        if passed {
            lines.append("gate passed: \(metrics.count) metric\(metrics.count == 1 ? "" : "s") at or above their floors")
        } else {
            // The closing lines repeat what failed, so a long list of ok lines never hides it.
            lines.append("gate failed: \(failures) problem\(failures == 1 ? "" : "s")")
            for result in failedMetrics {
                let shortfall = result.value == nil ? "not attempted" : "\(Self.format(result.shortfall ?? 0)) below \(Self.format(result.metric.threshold))"
                lines.append("  \(result.metric.name): \(shortfall)")
            }
            if !datasetChanges.isEmpty { lines.append("  the dataset fingerprint changed") }
        }
        return lines.joined(separator: "\n")
    }

    /// Four decimals, the precision floors are pinned at.
    public static func format(_ value: Double) -> String { String(format: "%.4f", value) }
}

extension RegressionGate {
    /// Checks a run's metric values (by dotted path) and its dataset fingerprint against the gate.
    ///
    /// - Parameters:
    ///   - values: the run's figures by dotted path, such as `entities.strict.f1`; a gated metric
    ///     missing here (not attempted) fails.
    ///   - fingerprint: the current dataset's fingerprint.
    public func verdict(values: [String: Double], fingerprint current: GateFingerprint) -> GateVerdict {
        GateVerdict(
            metrics: metrics.map { GateVerdict.MetricResult(metric: $0, value: values[$0.name]) },
            datasetChanges: fingerprint.changes(to: current))
    }
}
