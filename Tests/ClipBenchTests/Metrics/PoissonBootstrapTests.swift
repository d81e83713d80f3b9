import Testing
@testable import ClipBench

@Suite struct PoissonBootstrapTests {
    @Test func weightsDependOnlyOnSeedAndID() {
        let first = PoissonBootstrap(replicates: 50, seed: 1)
        let again = PoissonBootstrap(replicates: 50, seed: 1)
        let otherSeed = PoissonBootstrap(replicates: 50, seed: 2)
        #expect(first.weights(of: "a") == again.weights(of: "a"))
        #expect(first.weights(of: "a") != first.weights(of: "b"))
        #expect(first.weights(of: "a") != otherSeed.weights(of: "a"))
    }

    @Test func weightsArePoissonOfMeanOne() {
        let weights = PoissonBootstrap(replicates: 20_000, seed: 11).weights(of: "doc")
        let mean = Double(weights.reduce(0, +)) / Double(weights.count)
        let zeros = Double(weights.filter { $0 == 0 }.count) / Double(weights.count)
        #expect(abs(mean - 1) < 0.03)
        #expect(abs(zeros - 0.3679) < 0.02)
    }

    @Test func replicatesAreWeightedSums() {
        var bootstrap = PoissonBootstrap(replicates: 30, seed: 3)
        let published = PublishedDateMetric.slots, headline = HeadlineMetric.slots
        var statistics = ScoreStatistics()
        statistics[published.truePositive] = 2
        statistics.add(0.1, to: headline.f1Sum)
        bootstrap.add(id: "a", statistics: statistics)
        let weights = bootstrap.weights(of: "a")
        for replicate in 0..<30 {
            #expect(bootstrap.replicate(replicate)[published.truePositive] == Int64(2 * weights[replicate]))
            #expect(bootstrap.replicate(replicate).exactSum(headline.f1Sum) == ExactSum(0.1) * UInt64(weights[replicate]))
        }
    }

    /// Shards bootstrapped apart merge into the bootstrap of the whole, whatever the grouping: the
    /// ratio sums are exact, so the replicates are equal, not merely close.
    @Test func shardsMergeIntoTheWhole() {
        let headline = HeadlineMetric.slots
        let documents: [(String, Double)] = (0..<40).map { ("d\($0)", 1 / Double($0 + 3)) }
        func statistics(_ ratio: Double) -> ScoreStatistics {
            var statistics = ScoreStatistics()
            statistics[headline.documents] = 1
            statistics.add(ratio, to: headline.f1Sum)
            return statistics
        }
        var whole = PoissonBootstrap(replicates: 25, seed: 9)
        for (id, ratio) in documents { whole.add(id: id, statistics: statistics(ratio)) }
        var merged = PoissonBootstrap(replicates: 25, seed: 9)
        for shard in [documents[30...], documents[..<7], documents[7..<30]] {
            var part = PoissonBootstrap(replicates: 25, seed: 9)
            for (id, ratio) in shard.reversed() { part.add(id: id, statistics: statistics(ratio)) }
            merged.merge(part)
        }
        #expect(merged == whole)
    }

    @Test func summaryOfKnownValues() throws {
        let summary = try #require(BootstrapSummary(values: [1, 2, 3, 4, nil, .nan]))
        #expect(summary.replicates == 4)
        #expect(abs(summary.standardDeviation - 1.2909944487358056) < 1e-12)
        #expect(abs(summary.low - 1.075) < 1e-12)
        #expect(abs(summary.high - 3.925) < 1e-12)
        #expect(BootstrapSummary(values: [1]) == nil)
    }

    @Test func splitMixIsStable() {
        var generator = SplitMix64(seed: 0)
        // Reference values of SplitMix64 seeded with 0.
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(StableHash.fnv1a64("") == 0xCBF2_9CE4_8422_2325)
        #expect(StableHash.fnv1a64("a") == 0xAF63_DC4C_8601_EC8C)
    }
}
