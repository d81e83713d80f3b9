/// A regression gate: per metric a floor and a tolerance, and the fingerprint of the gold and
/// seeds the floors were pinned on (a gate file such as `Evaluation/gates/baseline.yaml`).
///
/// A run passes when every gated metric is at least `floor − tolerance` and the dataset's
/// fingerprint is the pinned one: floors measured on other gold prove nothing.
///
/// ```swift
/// let gate = RegressionGate(extractor: "baseline", fingerprint: fingerprint,
///                           metrics: [GateMetric(name: "body.f1", floor: 0.81, tolerance: 0.01)])
/// gate.verdict(values: ["body.f1": 0.805], fingerprint: fingerprint).passed   // true
/// ```
public struct RegressionGate: Sendable, Hashable {
    /// The tolerance given to a metric pinned for the first time.
    public static let defaultTolerance = 0.01

    /// The extractor the floors were measured for, for people reading the file.
    public var extractor: String?
    public var fingerprint: GateFingerprint
    /// The gated metrics, in file order.
    public var metrics: [GateMetric]

    public init(extractor: String?, fingerprint: GateFingerprint, metrics: [GateMetric]) {
        self.extractor = extractor
        self.fingerprint = fingerprint
        self.metrics = metrics
    }
}

/// One gated metric: its dotted path in the report's `metrics` (such as `entities.strict.f1`),
/// the floor pinned from a run, and how far below the floor a run may fall and still pass.
public struct GateMetric: Sendable, Hashable {
    public var name: String
    public var floor: Double
    public var tolerance: Double

    public init(name: String, floor: Double, tolerance: Double = RegressionGate.defaultTolerance) {
        self.name = name
        self.floor = floor
        self.tolerance = tolerance
    }

    /// The lowest value that passes.
    public var threshold: Double { floor - tolerance }
}
