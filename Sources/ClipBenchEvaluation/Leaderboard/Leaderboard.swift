import ClipBenchCore

/// Many extractors scored on the same clippings, side by side: every extractor × a list of
/// measures, each with its bootstrap interval, its rank, and whether it is significantly below the
/// best of its column (`clipbench score A B C…`).
///
/// - Values and intervals are exactly those of each extractor's own ``ScoreReport`` (six decimals).
/// - Ranks per column are competition ranks ("1224") on those values, higher first, among the
///   extractors that attempted the task. Rows are ordered by the mean of their column ranks (a
///   column an extractor did not attempt counts as the last rank, one below every extractor); ties
///   keep the order the extractors were given in.
/// - Significance: in each column the best extractor (the first given of those ranked 1) is compared
///   with every other that attempted it by a paired bootstrap. The Poisson weights depend only on
///   (seed, clipping id), so replicate `r` of every scorecard resamples the same clippings, and
///   `best_r − other_r` is the paired distribution of the difference. Its two-sided p-value is
///   `min(1, 2·min(#{d ≤ 0}, #{d ≥ 0}) / n)` over the `n` replicates where both are defined (0 means
///   below 1/n). The p-values of every comparison in the table are corrected together by
///   Holm–Bonferroni; a difference is significant when its adjusted p-value is at most
///   ``significanceLevel`` (family-wise).
///
/// ```swift
/// let board = try Leaderboard(entries: [Leaderboard.Entry(name: "a", scorecard: a), Leaderboard.Entry(name: "b", scorecard: b)],
///                             metrics: LeaderboardMetric.main)
/// board.rows.first?.name          // the extractor with the best mean rank
/// board.rows[1].cells[0].isSignificant
/// ```
///
/// - Complexity: O(extractors × metrics × replicates · log replicates); memory is the scorecards'
///   replicate sums, O(extractors × replicates × slots), whatever the number of clippings.
public struct Leaderboard: Sendable {
    /// One extractor's input: its name, its scorecard and, for predictions from `run`, its timing.
    public struct Entry: Sendable {
        public var name: String
        public var scorecard: Scorecard
        public var timing: RunTiming?

        public init(name: String, scorecard: Scorecard, timing: RunTiming? = nil) {
            self.name = name
            self.scorecard = scorecard
            self.timing = timing
        }
    }

    /// The best extractor minus this one, with its paired bootstrap.
    public struct Difference: Sendable, Hashable {
        /// best − this, from the rounded values.
        public var value: Double
        /// The paired bootstrap's spread of the difference (nil without replicates).
        public var spread: MeasureSpread?
        /// The two-sided bootstrap p-value, and the same after Holm–Bonferroni.
        public var pValue: Double?
        public var adjustedPValue: Double?
        /// Whether the adjusted p-value is at most ``Leaderboard/significanceLevel``.
        public var isSignificant: Bool
    }

    /// One extractor's figure in one column.
    public struct Cell: Sendable, Hashable {
        /// False when the extractor's predictions never had the task's key.
        public var attempted: Bool
        /// The value as the extractor's JSON report holds it; nil when undefined or not attempted.
        public var value: Double?
        /// The bootstrap spread (95% interval); nil without a bootstrap.
        public var spread: MeasureSpread?
        /// The competition rank in the column; nil when not attempted or undefined.
        public var rank: Int?
        /// Whether this is the column's reference: the first given of the extractors ranked 1.
        public var isBest: Bool
        /// The comparison with the column's best (nil for the best itself and cells without a value).
        public var difference: Difference?

        public var isSignificantlyBelowBest: Bool { difference?.isSignificant ?? false }
    }

    /// One extractor's row.
    public struct Row: Sendable {
        public var name: String
        /// The competition rank of the mean column rank.
        public var rank: Int
        /// The mean of the column ranks (a column not attempted counts as extractors + 1).
        public var meanRank: Double
        /// One cell per ``Leaderboard/metrics``.
        public var cells: [Cell]
        public var documentCount: Int
        public var missingCount: Int
        /// Nil unless the predictions came from `clipbench run -o FILE`.
        public var timing: RunTiming?
    }

    /// Why scorecards cannot share one leaderboard: the paired comparison's own reason.
    public typealias Mismatch = PairedBootstrap.Mismatch

    /// The family-wise significance level of the Holm–Bonferroni correction.
    public static let significanceLevel = 0.05

    /// The columns: the metrics asked for that some extractor attempted, in the order asked for.
    public var metrics: [LeaderboardMetric]
    /// The rows, best mean rank first.
    public var rows: [Row]
    public var bootstrapReplicates: Int
    public var bootstrapSeed: String
    public var fingerprint: String
    public var documentCount: Int
    /// The number of comparisons the Holm–Bonferroni correction was taken over.
    public var comparisons: Int

    /// Whether any row has a run time (the time columns are shown).
    public var hasTiming: Bool { rows.contains { $0.timing != nil } }

    /// Builds the leaderboard of `entries` over `metrics`.
    ///
    /// - Throws: ``Mismatch`` when the scorecards were not scored on the same clippings with the same
    ///   bootstrap (replicates and seed), which the paired comparison needs, or a metric path is unknown.
    public init(entries: [Entry], metrics requested: [LeaderboardMetric]) throws(Mismatch) {
        guard let first = entries.first else { throw Mismatch(description: "a leaderboard needs at least one scorecard") }
        for entry in entries.dropFirst() {
            guard entry.scorecard.replicates.count == first.scorecard.replicates.count,
                  entry.scorecard.configuration.seed == first.scorecard.configuration.seed else {
                throw Mismatch(description: "'\(entry.name)' was bootstrapped with other replicates or another seed than '\(first.name)'")
            }
            guard entry.scorecard.documentSetHash == first.scorecard.documentSetHash,
                  entry.scorecard.documentCount == first.scorecard.documentCount else {
                throw Mismatch(description: "'\(entry.name)' was scored on other clippings than '\(first.name)'")
            }
        }
        var definitions: [(metric: LeaderboardMetric, group: MetricGroupDefinition, measure: MetricMeasure)] = []
        for metric in requested {
            guard let definition = metric.definition else { throw Mismatch(description: "no measure '\(metric.path)' in the metric catalogue") }
            if entries.contains(where: { $0.scorecard.isAttempted(definition.group.task) }) {
                definitions.append((metric, definition.group, definition.measure))
            }
        }
        let reports = entries.map { ScoreReport(scorecard: $0.scorecard) }
        // cells[row][column]
        var cells: [[Cell]] = entries.indices.map { row in
            definitions.map { definition in
                let attempted = entries[row].scorecard.isAttempted(definition.group.task)
                let figure = attempted ? reports[row].group(definition.group.path.joined(separator: "."))?.measure(definition.measure.name) : nil
                return Cell(attempted: attempted, value: figure?.value, spread: figure?.spread, rank: nil, isBest: false, difference: nil)
            }
        }
        // Ranks, and the raw p-values of each comparison with the column's best.
        var tests: [(row: Int, column: Int, pValue: Double)] = []
        for (column, definition) in definitions.enumerated() {
            let ranked = entries.indices.filter { cells[$0][column].value != nil }
            for row in ranked {
                let value = cells[row][column].value ?? 0
                cells[row][column].rank = 1 + ranked.count { (cells[$0][column].value ?? 0) > value }
            }
            guard let best = ranked.first(where: { cells[$0][column].rank == 1 }) else { continue }
            cells[best][column].isBest = true
            for row in ranked where row != best {
                let differences = PairedBootstrap.replicateDifferences(of: definition.measure, entries[best].scorecard,
                                                                       minus: entries[row].scorecard)
                let defined = differences.compactMap { $0 }
                let pValue = Self.pValue(defined)
                let spread = BootstrapSummary(values: differences).map { summary in
                    MeasureSpread(standardDeviation: ScoreReport.rounded(summary.standardDeviation) ?? 0,
                                  low: ScoreReport.rounded(summary.low), high: ScoreReport.rounded(summary.high))
                }
                let value = (cells[best][column].value ?? 0) - (cells[row][column].value ?? 0)
                cells[row][column].difference = Difference(value: ScoreReport.rounded(value) ?? 0, spread: spread,
                                                           pValue: pValue.flatMap(ScoreReport.rounded), adjustedPValue: nil, isSignificant: false)
                if let pValue { tests.append((row, column, pValue)) }
            }
        }
        for (index, adjusted) in Self.holmAdjusted(tests.map(\.pValue)).enumerated() {
            let test = tests[index]
            cells[test.row][test.column].difference?.adjustedPValue = ScoreReport.rounded(adjusted)
            cells[test.row][test.column].difference?.isSignificant = adjusted <= Self.significanceLevel
        }
        // Rows by mean rank; a column not attempted (or undefined) ranks below every extractor.
        let meanRanks: [Double] = cells.map { row in
            guard !row.isEmpty else { return 1 }
            return row.map { Double($0.rank ?? entries.count + 1) }.reduce(0, +) / Double(row.count)
        }
        let order = entries.indices.sorted { (meanRanks[$0], $0) < (meanRanks[$1], $1) }
        rows = order.map { index in
            let rank = 1 + entries.indices.count { meanRanks[$0] < meanRanks[index] - 1e-9 }
            return Row(name: entries[index].name, rank: rank, meanRank: ScoreReport.rounded(meanRanks[index]) ?? 0,
                       cells: cells[index], documentCount: entries[index].scorecard.documentCount,
                       missingCount: entries[index].scorecard.missingCount, timing: entries[index].timing)
        }
        metrics = definitions.map(\.metric)
        bootstrapReplicates = first.scorecard.replicates.count
        bootstrapSeed = String(first.scorecard.configuration.seed)
        fingerprint = first.scorecard.configuration.goldFingerprint
        documentCount = first.scorecard.documentCount
        comparisons = tests.count
    }

    /// The two-sided percentile-bootstrap p-value of "the difference is 0": twice the smaller share
    /// of replicates on either side of 0 (a replicate at 0 counts on both), at most 1; nil for
    /// fewer than two replicates.
    ///
    /// ```swift
    /// Leaderboard.pValue([0.1, 0.2, -0.05, 0.3])   // 2 · 1/4 = 0.5
    /// ```
    public static func pValue(_ differences: [Double]) -> Double? {
        guard differences.count >= 2 else { return nil }
        let atMostZero = differences.count { $0 <= 0 }
        let atLeastZero = differences.count { $0 >= 0 }
        return min(1, 2 * Double(min(atMostZero, atLeastZero)) / Double(differences.count))
    }

    /// Holm–Bonferroni adjusted p-values, in the order given: sorted ascending, the `i`-th smallest
    /// (from 0) is multiplied by `m − i`, capped at 1 and made non-decreasing. Rejecting where the
    /// adjusted value is at most α is Holm's step-down procedure at family-wise level α.
    ///
    /// ```swift
    /// Leaderboard.holmAdjusted([0.01, 0.04, 0.03])   // [0.03, 0.06, 0.06]
    /// ```
    public static func holmAdjusted(_ pValues: [Double]) -> [Double] {
        let count = pValues.count
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var adjusted = [Double](repeating: 1, count: count)
        var running = 0.0
        for (position, index) in order.enumerated() {
            running = max(running, min(1, Double(count - position) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
