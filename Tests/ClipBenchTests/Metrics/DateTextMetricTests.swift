import Testing
@testable import ClipBench

@Suite struct DateTextMetricTests {
    @Test func comparesNormalisedTexts() {
        let clipping = MetricsTestClipping.sample()
        // Gold: «10 أبريل 2025», «١٨ فبراير», «الغد». Found: one with another value (values do not count here), one not in the gold.
        let prediction = Prediction(id: "t1", attempted: [.dates], dates: [
            DateMention(text: "الغد", value: "2025-04-11"), DateMention(text: "أمس", value: nil),
        ])
        let (_, attempted, figures) = clipping.counted(by: DateTextMetric.self, prediction: prediction)
        #expect(attempted == [.dateTexts])
        #expect(figures["dates.text.tp"] == 1)
        #expect(figures["dates.text.fp"] == 1)
        #expect(figures["dates.text.fn"] == 2)
        #expect(figures["dates.text.recall"] == 1.0 / 3)
    }

    @Test func nothingOnEitherSideIsPerfect() {
        let clipping = MetricsTestClipping(lines: [(.body, "لا تاريخ هنا")])
        let figures = clipping.counted(by: DateTextMetric.self, prediction: Prediction(id: "t1", attempted: [.dates])).figures
        #expect(figures["dates.text.precision"] == 1)
        #expect(figures["dates.text.f1"] == 1)
    }
}
