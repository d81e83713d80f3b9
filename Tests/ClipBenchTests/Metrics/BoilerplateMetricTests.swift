import Testing
@testable import ClipBench

@Suite struct BoilerplateMetricTests {
    static let clipping = MetricsTestClipping(lines: [
        (.boilerplate, "Menu Home"), (.headline, "Title here"), (.body, "Body text one two"), (.boilerplate, "Share this"),
    ])

    static func counts(_ metric: BoilerplateMetric) -> [Int] {
        [metric.truePositive, metric.falsePositive, metric.falseNegative]
    }

    @Test func goldRegionsArePerfect() {
        let regions = Self.clipping.annotation.regions.map(PredictedRegion.init)
        #expect(Self.counts(BoilerplateMetric.counts(gold: Self.clipping.annotation.regions, seed: Self.clipping.seed, predictedRegions: regions)) == [4, 0, 0])
    }

    @Test func noRegionsMissEverything() {
        #expect(Self.counts(BoilerplateMetric.counts(gold: Self.clipping.annotation.regions, seed: Self.clipping.seed, predictedRegions: [])) == [0, 0, 4])
    }

    @Test func overlappingAndOutOfRangeRegionsAreClamped() {
        let regions = [PredictedRegion(label: .boilerplate, start: -5, end: 12), PredictedRegion(label: .boilerplate, start: 3, end: 9),
                       PredictedRegion(label: .body, start: 0, end: 100), PredictedRegion(label: .boilerplate, start: 40, end: 999)]
        // Predicted: Menu, Home, Title (starts at 10) and "this" (45); "Share" starts at 39, before the region.
        #expect(Self.counts(BoilerplateMetric.counts(gold: Self.clipping.annotation.regions, seed: Self.clipping.seed, predictedRegions: regions)) == [3, 1, 1])
    }

    /// Body alignment: headline words are not scored; unkept body and boilerplate words are predicted boilerplate.
    @Test(arguments: [
        ("Body text one two", [4, 0, 0]),
        ("Body text EXTRA one two", [4, 0, 0]),
        ("Body text one two\nShare this", [2, 0, 2]),
        ("Body text", [4, 2, 0]),
        ("", [4, 4, 0]),
        ("Title here Body text one two", [4, 0, 0]),
    ] as [(String, [Int])])
    func alignsPredictedBody(body: String, expected: [Int]) {
        #expect(Self.counts(BoilerplateMetric.counts(gold: Self.clipping.annotation.regions, seed: Self.clipping.seed, predictedBody: body)) == expected)
    }

    @Test func goldWithoutBoilerplate() {
        let clipping = MetricsTestClipping(lines: [(.headline, "Title here"), (.body, "Body text one two")])
        let regions = [PredictedRegion(label: .boilerplate, start: 0, end: 5)]
        #expect(Self.counts(BoilerplateMetric.counts(gold: clipping.annotation.regions, seed: clipping.seed, predictedRegions: regions)) == [0, 1, 0])
        #expect(Self.counts(BoilerplateMetric.counts(gold: clipping.annotation.regions, seed: clipping.seed, predictedRegions: [])) == [0, 0, 0])
        #expect(Self.counts(BoilerplateMetric.counts(gold: clipping.annotation.regions, seed: clipping.seed, predictedBody: "Body text one two")) == [0, 0, 0])
    }

    @Test func arabicBodyWithHarakatAndTatweel() {
        let sample = MetricsTestClipping.sample()
        let body = DocumentScore.goldBody(of: sample.annotation)
        let metric = BoilerplateMetric.counts(gold: sample.annotation.regions, seed: sample.seed, predictedBody: body)
        #expect(metric.falsePositive == 0 && metric.falseNegative == 0 && metric.truePositive > 0)
    }
}

@Suite struct BodyAlignmentTests {
    @Test func keepsTheMatchedRun() {
        let alignment = BodyAlignment(body: "b c d", seed: SeedText("a b c d e"))
        #expect(alignment.keptSeedWords == [false, true, true, true, false])
        #expect(alignment.bodyToSeed == [1, 2, 3])
        #expect(alignment.extraBodyWords == 0)
    }

    @Test func anchorsOnContextNotOnTheFirstOccurrence() {
        // "the" occurs early in navigation; the body's "the end of story" is found at its real place.
        let seed = SeedText("the menu x\nthe end of story")
        let alignment = BodyAlignment(body: "the end of story", seed: seed)
        #expect(alignment.keptSeedWords == [false, false, false, true, true, true, true])
    }

    @Test func extraWordsAreReported() {
        let alignment = BodyAlignment(body: "a zz b", seed: SeedText("a b"))
        #expect(alignment.bodyToSeed == [0, nil, 1])
        #expect(alignment.extraBodyWords == 1)
    }
}

extension BoilerplateMetricTests {
    @Test func countsFromRegionsOrBodyOrNothing() {
        let clipping = MetricsTestClipping.sample()
        let byRegions = clipping.counted(by: BoilerplateMetric.self, prediction: clipping.goldPrediction)
        #expect(byRegions.attempted == [.boilerplate])
        #expect(byRegions.figures["boilerplate.f1"] == 1)
        let byBody = clipping.counted(by: BoilerplateMetric.self,
                                      prediction: Prediction(id: "t1", attempted: [.body], body: DocumentScore.goldBody(of: clipping.annotation)))
        #expect(byBody.attempted == [.boilerplate])
        #expect(byBody.figures["boilerplate.fn"] == 0)
        let neither = clipping.counted(by: BoilerplateMetric.self, prediction: Prediction(id: "t1", attempted: [.headline]))
        #expect(neither.attempted.isEmpty)
        #expect(neither.figures["boilerplate.tp"] == 0)
        #expect((neither.figures["boilerplate.fn"] ?? 0) > 0)
    }
}
