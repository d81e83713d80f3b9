import Testing
@testable import ClipBench

/// Scorecards built from real clippings: every extractor predicts only the headline, right or wrong
/// on chosen clippings, so the headline F1 is known and the bootstrap weights are shared.
struct LeaderboardFixture {
    static let clippingCount = 120
    static let ids = (0..<clippingCount).map { "c\($0)" }

    /// An extractor whose headline is wrong on the clippings `wrong` picks (by index), right elsewhere.
    static func scorecard(name: String, replicates: Int = 400, seed: UInt64 = 3, attempts: Bool = true,
                          wrong: (Int) -> Bool = { _ in false }) -> Scorecard {
        var evaluator = Evaluator(configuration: EvaluationConfiguration(extractor: name, bootstrapReplicates: replicates, seed: seed,
                                                                         keepsDocuments: false))
        for (index, id) in ids.enumerated() {
            let clipping = MetricsTestClipping.sample(id: id)
            let headline = wrong(index) ? "عنوان آخر تماما" : clipping.annotation.headline
            let prediction = attempts ? Prediction(id: id, attempted: [.headline], headline: headline) : Prediction(id: id, attempted: [.dates])
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
        }
        return evaluator.scorecard()
    }

    static let headline = [LeaderboardMetric(path: "headline.f1", label: "headline F1")]
}

@Suite struct LeaderboardTests {
    typealias Fixture = LeaderboardFixture

    @Test func ranksTiesEquallyAndKeepsTheGivenOrderAmongThem() throws {
        let perfect = Fixture.scorecard(name: "perfect")
        let twin = Fixture.scorecard(name: "twin")
        let worse = Fixture.scorecard(name: "worse") { $0 % 2 == 0 }
        let board = try Leaderboard(entries: [.init(name: "worse", scorecard: worse), .init(name: "perfect", scorecard: perfect),
                                              .init(name: "twin", scorecard: twin)], metrics: Fixture.headline)
        #expect(board.rows.map(\.name) == ["perfect", "twin", "worse"])
        #expect(board.rows.map(\.rank) == [1, 1, 3])
        #expect(board.rows.map { $0.cells[0].rank } == [1, 1, 3])
        // The reference is the first given of the tied best; the twin is compared and equal.
        #expect(board.rows[0].cells[0].isBest && !board.rows[1].cells[0].isBest)
        #expect(board.rows[1].cells[0].difference?.value == 0)
        #expect(board.rows[1].cells[0].difference?.pValue == 1)
        #expect(board.rows[1].cells[0].isSignificantlyBelowBest == false)
        #expect(board.rows[2].cells[0].value == 0.5)
    }

    @Test func findsTheClearlyWorseExtractorSignificantAndTheNearTwinNot() throws {
        let best = Fixture.scorecard(name: "best")
        let clearlyWorse = Fixture.scorecard(name: "clearly worse") { $0 % 3 == 0 }      // wrong on 40 of 120
        let nearTwin = Fixture.scorecard(name: "near twin") { $0 == 7 }                  // wrong on 1 of 120
        let board = try Leaderboard(entries: [.init(name: "best", scorecard: best), .init(name: "clearly worse", scorecard: clearlyWorse),
                                              .init(name: "near twin", scorecard: nearTwin)], metrics: Fixture.headline)
        let byName = Dictionary(uniqueKeysWithValues: board.rows.map { ($0.name, $0.cells[0]) })
        let worse = try #require(byName["clearly worse"]?.difference)
        let twin = try #require(byName["near twin"]?.difference)
        #expect(worse.isSignificant)
        #expect(worse.pValue == 0)
        #expect((worse.spread?.low ?? 0) > 0)
        #expect(!twin.isSignificant)
        #expect((twin.pValue ?? 0) > 0.05)
        #expect(board.comparisons == 2)
        // The paired interval of a difference is narrower than either side's own interval allows.
        #expect(abs(twin.value - 1.0 / 120) < 1e-6)
    }

    @Test func correctsEveryComparisonOfTheTableTogetherByHolm() throws {
        let best = Fixture.scorecard(name: "best", replicates: 300)
        var entries: [Leaderboard.Entry] = [.init(name: "best", scorecard: best)]
        // Differences of one, two, three … wrong clippings: raw p-values from large to small.
        for count in 1...6 {
            entries.append(.init(name: "wrong on \(count)", scorecard: Fixture.scorecard(name: "w", replicates: 300) { $0 < count }))
        }
        let board = try Leaderboard(entries: entries, metrics: Fixture.headline + [LeaderboardMetric(path: "headline.exact_match", label: "exact")])
        let differences = board.rows.flatMap { $0.cells.compactMap(\.difference) }
        #expect(differences.count == 12)
        #expect(board.comparisons == 12)
        let raw = differences.compactMap(\.pValue)
        let expected = Leaderboard.holmAdjusted(raw)
        for (difference, adjusted) in zip(differences, expected) {
            #expect(abs((difference.adjustedPValue ?? -1) - adjusted) < 1e-5, "the raw p-values are published rounded to six decimals")
            #expect(difference.isSignificant == (adjusted <= Leaderboard.significanceLevel))
        }
        // Some raw p-value under 0.05 is no longer significant once corrected.
        #expect(differences.contains { ($0.pValue ?? 1) <= 0.05 && !$0.isSignificant })
    }

    @Test(arguments: [
        ([0.01, 0.04, 0.03], [0.03, 0.06, 0.06]),
        ([0.5], [0.5]),
        ([0.2, 0.001, 0.9, 0.02], [0.4, 0.004, 0.9, 0.06]),
    ])
    func adjustsPValuesByHolmsStepDown(raw: [Double], adjusted: [Double]) {
        let result = Leaderboard.holmAdjusted(raw)
        #expect(result.count == adjusted.count)
        for (value, expected) in zip(result, adjusted) { #expect(abs(value - expected) < 1e-12) }
    }

    @Test func computesTheTwoSidedBootstrapPValue() {
        #expect(Leaderboard.pValue([0.1, 0.2, -0.05, 0.3]) == 0.5)
        #expect(Leaderboard.pValue([0.1, 0.2, 0.3]) == 0)
        #expect(Leaderboard.pValue([0, 0, 0]) == 1)
        #expect(Leaderboard.pValue([0.1]) == nil)
    }

    @Test func leavesATaskNotAttemptedUnrankedAndRanksItLast() throws {
        let attempted = Fixture.scorecard(name: "headline") { $0 % 2 == 0 }
        let other = Fixture.scorecard(name: "dates only", attempts: false)
        let board = try Leaderboard(entries: [.init(name: "dates only", scorecard: other), .init(name: "headline", scorecard: attempted)],
                                    metrics: Fixture.headline)
        #expect(board.rows.map(\.name) == ["headline", "dates only"])
        let cell = board.rows[1].cells[0]
        #expect(!cell.attempted && cell.rank == nil && cell.difference == nil)
        #expect(board.rows[1].meanRank == 3)
        #expect(board.comparisons == 0)
    }

    @Test func dropsAColumnNoExtractorAttempted() throws {
        let board = try Leaderboard(entries: [.init(name: "a", scorecard: Fixture.scorecard(name: "a")),
                                              .init(name: "b", scorecard: Fixture.scorecard(name: "b"))],
                                    metrics: LeaderboardMetric.main)
        #expect(board.metrics.map(\.path) == ["headline.f1"])
    }

    @Test func refusesScorecardsThatCannotBePaired() {
        let one = Fixture.scorecard(name: "a", seed: 1)
        let other = Fixture.scorecard(name: "b", seed: 2)
        #expect(throws: Leaderboard.Mismatch.self) {
            try Leaderboard(entries: [.init(name: "a", scorecard: one), .init(name: "b", scorecard: other)], metrics: Fixture.headline)
        }
        #expect(throws: Leaderboard.Mismatch.self) {
            try Leaderboard(entries: [.init(name: "a", scorecard: one)], metrics: [LeaderboardMetric(path: "headline.nothing", label: "x")])
        }
    }

    @Test func keepsTheValuesAndIntervalsOfEachExtractorsOwnReport() throws {
        let scorecard = Fixture.scorecard(name: "a") { $0 % 5 == 0 }
        let board = try Leaderboard(entries: [.init(name: "a", scorecard: scorecard), .init(name: "b", scorecard: Fixture.scorecard(name: "b"))],
                                    metrics: Fixture.headline)
        let own = try #require(ScoreReport(scorecard: scorecard).group("headline")?.measure("f1"))
        let cell = try #require(board.rows.first { $0.name == "a" }?.cells[0])
        #expect(cell.value == own.value)
        #expect(cell.spread == own.spread)
    }
}
