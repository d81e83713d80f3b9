import Testing
@testable import ClipBench

@Suite struct EntityTextMetricTests {
    @Test func comparesNormalisedTextAndType() {
        let clipping = MetricsTestClipping.sample()
        // «بوتين» found with harakat, «موسكو» with the wrong type, one name that is not in the gold.
        let prediction = Prediction(id: "t1", attempted: [.entities], entities: [
            EntityMention(text: "بُوتين", type: .person), EntityMention(text: "موسكو", type: .organisation),
            EntityMention(text: "لندن", type: .location),
        ])
        let (_, attempted, figures) = clipping.counted(by: EntityTextMetric.self, prediction: prediction)
        #expect(attempted == [.entityTexts])
        #expect(figures["entities.text.tp"] == 1)
        #expect(figures["entities.text.fp"] == 2)
        #expect(figures["entities.text.fn"] == 5)
        #expect(figures["entities.text.precision"] == 1.0 / 3)
    }

    @Test func repeatedNamesCountOnce() {
        let clipping = MetricsTestClipping(lines: [(.body, "زار بوتين ثم بوتين")], entities: [("بوتين", .person, nil)])
        let prediction = Prediction(id: "t1", attempted: [.entities], entities: [
            EntityMention(text: "بوتين", type: .person), EntityMention(text: "بوتين", type: .person),
        ])
        let figures = clipping.counted(by: EntityTextMetric.self, prediction: prediction).figures
        #expect(figures["entities.text.f1"] == 1)
    }
}
