import Testing
@testable import ClipBench

@Suite struct BodyTokenMetricTests {
    @Test func microAndMacroOfOneClipping() {
        let clipping = MetricsTestClipping(lines: [(.body, "واحد اثنان ثلاثة أربعة")])
        // Predicted: two gold words (one with harakat, which normalisation removes) and one extra word.
        let prediction = Prediction(id: "t1", attempted: [.body], body: "واحِد اثنان خمسة")
        let (_, attempted, figures) = clipping.counted(by: BodyTokenMetric.self, prediction: prediction)
        #expect(attempted == [.body])
        #expect(figures["body.tokens.micro.tp"] == 2)
        #expect(figures["body.tokens.micro.fp"] == 1)
        #expect(figures["body.tokens.micro.fn"] == 2)
        #expect(figures["body.tokens.micro.precision"] == 2.0 / 3)
        #expect(figures["body.tokens.micro.recall"] == 0.5)
        #expect(figures["body.tokens.macro.precision_documents"] == 1)
        #expect(figures["body.tokens.macro.recall"] == 0.5)
    }

    @Test func macroAveragesDocumentsMicroSumsCounts() {
        // Document one: 1 of 1 gold word found; document two: 1 of 3. Macro recall (1 + 1/3) / 2, micro 2/4.
        let slots = BodyTokenMetric.slots
        var total = ScoreStatistics()
        for (gold, predicted) in [("أ", "أ"), ("ب ت ث", "ب")] {
            var document = ScoreStatistics()
            BodyTokenMetric.add(TokenOverlap(normalizedGold: gold, normalizedPredicted: predicted), slots: slots, to: &document)
            total.add(document)
        }
        let groups = BodyTokenMetric.groups(slots: slots)
        let microRecall = groups[0].measures[1].value(total)
        let macroRecall = groups[1].measures[1].value(total)
        let expectedMacro: Double = (1 + 1.0 / 3) / 2
        #expect(microRecall == 0.5)
        #expect(macroRecall == expectedMacro)
        #expect(groups[1].perDocument == false)
    }

    @Test func noPredictionIsUndefinedMacroPrecision() {
        let clipping = MetricsTestClipping(lines: [(.body, "نص")])
        let (_, attempted, figures) = clipping.counted(by: BodyTokenMetric.self, prediction: Prediction(id: "t1", attempted: []))
        #expect(attempted.isEmpty)
        #expect(figures["body.tokens.macro.precision"] == nil)
        #expect(figures["body.tokens.micro.recall"] == 0)
    }
}
