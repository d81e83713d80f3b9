/// The difference between two scorecards, measure by measure, with a paired bootstrap.
///
/// Both scorecards must come from the same clippings, the same number of replicates and the same
/// seed: the Poisson weights depend only on (seed, document id, replicate), so replicate `r` of
/// both draws the same documents the same number of times, and `new − base` per replicate is the
/// paired bootstrap distribution of the difference.
///
/// ```swift
/// let differences = try PairedBootstrap.compare(base: baseScorecard, new: newScorecard)
/// for difference in differences where difference.name == "f1" { print(difference.group, difference.difference ?? .nan) }
/// ```
public enum PairedBootstrap {
    /// Why two scorecards cannot be compared with a paired bootstrap.
    public struct Mismatch: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// The difference of every measure of every group attempted by either side.
    public static func compare(base: Scorecard, new: Scorecard) throws(Mismatch) -> [MetricDifference] {
        guard base.replicates.count == new.replicates.count, base.configuration.seed == new.configuration.seed else {
            throw Mismatch(description: "the two scorecards were bootstrapped with different replicates or seeds")
        }
        guard base.documentSetHash == new.documentSetHash, base.documentCount == new.documentCount else {
            throw Mismatch(description: "the two scorecards were computed on different clippings")
        }
        var differences: [MetricDifference] = []
        for definition in MetricCatalog.groups {
            let baseAttempted = base.isAttempted(definition.task), newAttempted = new.isAttempted(definition.task)
            guard baseAttempted || newAttempted else { continue }
            for measure in definition.measures {
                let baseValue = baseAttempted ? measure.value(base.totals) : nil
                let newValue = newAttempted ? measure.value(new.totals) : nil
                let replicateDifferences = baseAttempted && newAttempted
                    ? Self.replicateDifferences(of: measure, new, minus: base)
                    : [Double?](repeating: nil, count: base.replicates.count)
                let defined = replicateDifferences.compactMap { $0 }
                differences.append(MetricDifference(
                    group: definition.path.joined(separator: "."), name: measure.name,
                    base: baseValue, new: newValue,
                    difference: baseValue.flatMap { left in newValue.map { $0 - left } },
                    summary: BootstrapSummary(values: replicateDifferences),
                    shareImproved: defined.isEmpty ? nil : Double(defined.filter { $0 > 0 }.count) / Double(defined.count)))
            }
        }
        return differences
    }

    /// The paired bootstrap distribution of `minuend − subtrahend` for one measure: the difference
    /// in each replicate `r` of both scorecards (which resample the same clippings); nil where
    /// either side is undefined or not finite. What ``compare(base:new:)`` and the leaderboard's
    /// comparisons with the best are computed from.
    ///
    /// ```swift
    /// let differences = PairedBootstrap.replicateDifferences(of: measure, best, minus: other)
    /// BootstrapSummary(values: differences)?.low
    /// ```
    ///
    /// - Precondition: both scorecards have the same number of replicates and seed.
    /// - Complexity: O(replicates).
    public static func replicateDifferences(of measure: MetricMeasure, _ minuend: Scorecard, minus subtrahend: Scorecard) -> [Double?] {
        zip(minuend.replicates, subtrahend.replicates).map { pair in
            guard let left = measure.value(pair.0), let right = measure.value(pair.1), left.isFinite, right.isFinite else { return nil }
            return left - right
        }
    }
}
