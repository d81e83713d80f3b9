import Foundation

/// Why `check --update` refused to re-pin a gate.
public struct GateUpdateRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// A metric whose floor would go down, or that the run no longer reports (`new` nil).
    public struct Lowering: Sendable, Hashable {
        public var name: String
        public var old: Double
        public var new: Double?
    }

    public var lowerings: [Lowering]

    public var description: String {
        let items = lowerings.map { lowering in
            lowering.new.map { "\(lowering.name) from \(GateVerdict.format(lowering.old)) to \(GateVerdict.format($0))" }
                ?? "\(lowering.name) (no longer in the report)"
        }
        return "refusing to lower \(lowerings.count == 1 ? "a floor" : "\(lowerings.count) floors"): "
            + items.joined(separator: ", ") + "; pass --allow-regression to accept the regression"
    }
}

extension RegressionGate {
    /// The floor pinned for a measured value: rounded down to four decimals, so the pinned
    /// run always passes and the file stays readable.
    public static func floor(for value: Double) -> Double {
        (value * 10_000 + 1e-7).rounded(.down) / 10_000
    }

    /// The gate re-pinned from a run: every floor set to the run's value, the fingerprint to the
    /// current dataset's, tolerances kept.
    ///
    /// - Parameters:
    ///   - values: the run's figures by dotted path.
    ///   - fingerprint: the current dataset's fingerprint.
    ///   - allowingRegression: whether a floor may go down (or a metric the run lacks be dropped).
    /// - Throws: ``GateUpdateRefusal`` naming every floor that would go down, unless allowed.
    public func repinned(values: [String: Double], fingerprint: GateFingerprint, allowingRegression: Bool) throws(GateUpdateRefusal) -> RegressionGate {
        var lowerings: [GateUpdateRefusal.Lowering] = []
        var repinned: [GateMetric] = []
        for metric in metrics {
            guard let value = values[metric.name] else {
                lowerings.append(.init(name: metric.name, old: metric.floor, new: nil))
                continue
            }
            let floor = Self.floor(for: value)
            if floor < metric.floor { lowerings.append(.init(name: metric.name, old: metric.floor, new: floor)) }
            repinned.append(GateMetric(name: metric.name, floor: floor, tolerance: metric.tolerance))
        }
        if !lowerings.isEmpty, !allowingRegression { throw GateUpdateRefusal(lowerings: lowerings) }
        return RegressionGate(extractor: extractor, fingerprint: fingerprint, metrics: repinned)
    }

    /// A new gate pinning `names` (in that order) at the run's values, with the default tolerance.
    public static func pinning(_ names: [String], values: [String: Double], extractor: String?, fingerprint: GateFingerprint) -> RegressionGate {
        RegressionGate(
            extractor: extractor, fingerprint: fingerprint,
            metrics: names.compactMap { name in values[name].map { GateMetric(name: name, floor: floor(for: $0)) } })
    }
}

extension RegressionGate {
    /// The measures a new gate pins: each attempted group's F1 and its other headline figures
    /// (exact match, accuracy, value F1, …), not precision or recall (which trade off against
    /// each other), and per-type entity groups for the strict schema only.
    public static func defaultMetricNames(in report: ScoreReport) -> [String] {
        var names: [String] = []
        for group in report.groups where group.attempted && group.isShown {
            // A figure of 0 would be pinned at floor 0, which no run can fall below: it checks nothing.
            for measure in group.measures where (measure.value ?? 0) > 0 && !["precision", "recall"].contains(measure.name) {
                names.append(group.path + "." + measure.name)
            }
        }
        return names
    }

    /// The path of `target` relative to the folder holding `file`, such as `../../Schemas/gate.schema.json`.
    public static func relativePath(to target: URL, from file: URL) -> String {
        let targetParts = target.standardizedFileURL.pathComponents
        let baseParts = file.standardizedFileURL.deletingLastPathComponent().pathComponents
        var common = 0
        while common < min(targetParts.count, baseParts.count), targetParts[common] == baseParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: baseParts.count - common)
        return (ups + targetParts[common...]).joined(separator: "/")
    }
}
