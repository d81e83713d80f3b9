import Testing
@testable import ClipBench

@Suite struct EntityRegistryMetricTests {
    @Test func comparesRegistryIDs() {
        let clipping = MetricsTestClipping.sample()
        // Gold ids: putin (twice), moscow, xi, tass; «الرياض» has none.
        let prediction = Prediction(id: "t1", attempted: [.entities], entities: [
            EntityMention(text: "بوتين", type: .person, registryID: "putin"),
            EntityMention(text: "الصين", type: .location, registryID: "china"),
            EntityMention(text: "بلا معرف", type: .person),
        ])
        let (_, attempted, figures) = clipping.counted(by: EntityRegistryMetric.self, prediction: prediction)
        #expect(attempted == [.entityTexts])
        #expect(figures["entities.registry.tp"] == 1)
        #expect(figures["entities.registry.fp"] == 1)
        #expect(figures["entities.registry.fn"] == 3)
    }

    @Test func missingClippingFindsNothing() {
        let clipping = MetricsTestClipping.sample()
        let (_, attempted, figures) = clipping.counted(by: EntityRegistryMetric.self, prediction: nil)
        #expect(attempted.isEmpty)
        #expect(figures["entities.registry.recall"] == 0)
        #expect(figures["entities.registry.fn"] == 4)
    }
}
