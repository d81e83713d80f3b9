/// The spread of a measure over bootstrap replicates.
public struct BootstrapSummary: Sendable, Hashable {
    /// The sample standard deviation (n − 1) of the replicate values.
    public var standardDeviation: Double
    /// The 2.5th and 97.5th percentiles (linear interpolation between order statistics).
    public var low: Double
    public var high: Double
    /// The number of replicates in which the measure was defined.
    public var replicates: Int

    /// Summarises replicate values; undefined (NaN or nil) replicates are left out. Nil for fewer than two.
    public init?(values: [Double?]) {
        let defined = values.compactMap { $0 }.filter(\.isFinite).sorted()
        guard defined.count >= 2 else { return nil }
        let mean = defined.reduce(0, +) / Double(defined.count)
        let variance = defined.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(defined.count - 1)
        standardDeviation = variance.squareRoot()
        low = Self.percentile(defined, 0.025)
        high = Self.percentile(defined, 0.975)
        replicates = defined.count
    }

    /// The `fraction` quantile of sorted values (Hyndman and Fan type 7, as NumPy's default).
    package static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
