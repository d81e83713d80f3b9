import Testing
@testable import ClipBench

@Suite struct HeadlineMetricTests {
    @Test(arguments: [
        // gold tokens [cat, sat], predicted [cat, sat, down]: P 2/3, R 1, F1 0.8.
        ("The cat sat", "a cat sat down", false, 2.0 / 3, 1.0, 0.8),
        ("The Cat.", "cat", true, 1, 1, 1),
        ("red fox", "blue dog", false, 0, 0, 0),
        ("", "", true, 1, 1, 1),
        ("", "something", false, 0, 0, 0),
        ("something", "", false, 0, 0, 0),
        // Harakat, tatweel, hamza and guillemets do not matter.
        ("«أَحْمَـــد» يفوز", "احمد يفوز", true, 1, 1, 1),
        // One of three Arabic words: P 1/1, R 1/3, F1 0.5.
        ("الرئيس يزور موسكو", "موسكو", false, 1, 1.0 / 3, 0.5),
    ] as [(String, String, Bool, Double, Double, Double)])
    func scores(gold: String, predicted: String, exact: Bool, precision: Double, recall: Double, f1: Double) {
        let score = HeadlineMetric.score(gold: gold, predicted: predicted)
        #expect(score.exactMatch == exact)
        #expect(abs(score.precision - precision) < 1e-12)
        #expect(abs(score.recall - recall) < 1e-12)
        #expect(abs(score.f1 - f1) < 1e-12)
    }

    @Test func absentHeadlinesAreEmpty() {
        #expect(HeadlineMetric.score(gold: nil, predicted: nil).f1 == 1)
        #expect(HeadlineMetric.score(gold: "x", predicted: nil).f1 == 0)
        #expect(HeadlineMetric.score(gold: nil, predicted: "x").exactMatch == false)
    }
}

extension HeadlineMetricTests {
    @Test func countsAndFormulasOfTheMetric() {
        let clipping = MetricsTestClipping.sample()
        // Three of the five gold words: P 1, R 3/5, F1 0.75.
        let (statistics, attempted, figures) = clipping.counted(by: HeadlineMetric.self,
                                                                prediction: Prediction(id: "t1", attempted: [.headline], headline: "بوتين يستقبل شي"))
        #expect(attempted == [.headline])
        #expect(statistics[HeadlineMetric.slots.documents] == 1)
        #expect(figures["headline.recall"] == 0.6)
        #expect(abs((figures["headline.f1"] ?? 0) - 0.75) < 1e-12)
        #expect(figures["headline.exact_match"] == 0)
        #expect(figures["headline.exact_matches"] == 0)
    }

    @Test func headlineNotAttemptedStillCountsTheDocument() {
        let (statistics, attempted, _) = MetricsTestClipping.sample().counted(by: HeadlineMetric.self, prediction: Prediction(id: "t1"))
        #expect(attempted.isEmpty)
        #expect(statistics[HeadlineMetric.slots.documents] == 1)
    }
}
