import Testing
@testable import ClipBench

@Suite struct BodyShingleMetricTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var gold: String
        var predicted: String
        var truePositive: Double
        var falsePositive: Double
        var falseNegative: Double
        var precision: Double?
        var recall: Double?
        var equal: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "both empty", gold: "", predicted: " , ", truePositive: 0, falsePositive: 0, falseNegative: 0,
             precision: nil, recall: nil, equal: true),
        Case(name: "empty prediction", gold: "a b c d e", predicted: "", truePositive: 0, falsePositive: 0, falseNegative: 1,
             precision: nil, recall: 0, equal: false),
        Case(name: "empty gold", gold: "", predicted: "a b", truePositive: 0, falsePositive: 1, falseNegative: 0,
             precision: 0, recall: nil, equal: false),
        Case(name: "perfect, punctuation ignored", gold: "a b c d e", predicted: "a, b. c d\ne!", truePositive: 1, falsePositive: 0,
             falseNegative: 0, precision: 1, recall: 1, equal: true),
        Case(name: "disjoint", gold: "a b c d", predicted: "e f g h", truePositive: 0, falsePositive: 0.5, falseNegative: 0.5,
             precision: 0, recall: 0, equal: false),
        // gold shingles {abcd, bcde}, predicted {abcd}.
        Case(name: "partial overlap", gold: "a b c d e", predicted: "a b c d", truePositive: 0.5, falsePositive: 0,
             falseNegative: 0.5, precision: 1, recall: 0.5, equal: false),
        // Fewer than four words: one short shingle.
        Case(name: "short texts equal", gold: "a b", predicted: "a b", truePositive: 1, falsePositive: 0, falseNegative: 0,
             precision: 1, recall: 1, equal: true),
        Case(name: "short texts differ", gold: "a b", predicted: "a b c", truePositive: 0, falsePositive: 0.5, falseNegative: 0.5,
             precision: 0, recall: 0, equal: false),
        Case(name: "case is kept", gold: "A b c d", predicted: "a b c d", truePositive: 0, falsePositive: 0.5, falseNegative: 0.5,
             precision: 0, recall: 0, equal: false),
        // Shingles are a multiset: gold abcd ×2, bcda, cdab, dabc; predicted abcd ×1 → tp 1, fn 4.
        Case(name: "repeated shingles", gold: "a b c d a b c d", predicted: "a b c d", truePositive: 0.2, falsePositive: 0,
             falseNegative: 0.8, precision: 1, recall: 0.2, equal: false),
        // Harakat split Arabic words (Python's \w), so the vocalised name is four one-letter words.
        Case(name: "Arabic harakat split words", gold: "مُحَمَّد", predicted: "محمد", truePositive: 0, falsePositive: 0.5,
             falseNegative: 0.5, precision: 0, recall: 0, equal: false),
        Case(name: "Arabic tatweel is a letter", gold: "محـمد رسول", predicted: "محـمد رسول", truePositive: 1, falsePositive: 0,
             falseNegative: 0, precision: 1, recall: 1, equal: true),
    ]

    @Test(arguments: cases)
    func scoresOneDocument(_ example: Case) {
        let score = BodyShingleMetric.score(gold: example.gold, predicted: example.predicted)
        #expect(abs(score.truePositive - example.truePositive) < 1e-12)
        #expect(abs(score.falsePositive - example.falsePositive) < 1e-12)
        #expect(abs(score.falseNegative - example.falseNegative) < 1e-12)
        #expect(score.precision == example.precision)
        #expect(score.recall == example.recall)
        #expect(score.tokensEqual == example.equal)
    }
}

extension BodyShingleMetricTests {
    @Test func countsIntoTheBenchmarkMeans() {
        let clipping = MetricsTestClipping(lines: [(.body, "a b c d e")])
        let (statistics, attempted, figures) = clipping.counted(by: BodyShingleMetric.self,
                                                                prediction: Prediction(id: "t1", attempted: [.body], body: "a b c d"))
        #expect(attempted == [.body])
        #expect(statistics[BodyShingleMetric.slots.documents] == 1)
        #expect(figures["body.precision"] == 1)
        #expect(figures["body.recall"] == 0.5)
        #expect(figures["body.accuracy"] == 0)
        #expect(figures["body.recall_documents"] == 1)
    }

    @Test func nothingPredictedLeavesPrecisionUndefined() {
        let clipping = MetricsTestClipping(lines: [(.body, "a b c d e")])
        let figures = clipping.counted(by: BodyShingleMetric.self, prediction: nil).figures
        #expect(figures["body.precision"] == nil)
        #expect(figures["body.precision_documents"] == 0)
        #expect(figures["body.recall"] == 0)
    }
}
