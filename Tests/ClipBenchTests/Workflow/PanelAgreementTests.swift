import Testing
@testable import ClipBench
@testable import ClipBenchEvaluation

struct PanelAgreementTests {
    static let text = SeedText("عنوان\nنص الخبر هنا\nشارك")

    func clipping(_ id: String, lastLabels: [RegionLabel]) -> AgreementLoader.Clipping {
        let annotations = lastLabels.map { label in
            Annotation(
                id: id, headline: "عنوان", published: PublishedDate(value: nil, reason: .absent),
                regions: [Region(label: .headline, span: TextSpan(start: 0, end: 5, text: Self.text[0..<5])),
                          Region(label: .body, span: TextSpan(start: 6, end: 18, text: Self.text[6..<18])),
                          Region(label: label, category: label == .boilerplate ? .share : nil, span: TextSpan(start: 19, end: 23, text: Self.text[19..<23]))],
                entities: [], dates: [])
        }
        return AgreementLoader.Clipping(id: id, text: Self.text, annotations: annotations, notes: annotations.map { _ in nil }, files: [])
    }

    let annotators = ["a", "b", "c"].map { AgreementLoader.Annotator(name: $0, registry: nil, registryURL: nil) }

    @Test func comparesEveryPairAndAllAnnotatorsAtOnce() throws {
        let panel = PanelAgreement(annotators: annotators, clippings: [
            clipping("one", lastLabels: [.boilerplate, .boilerplate, .body]),
            clipping("two", lastLabels: [.boilerplate, .boilerplate, .boilerplate]),
        ])
        #expect(panel.total.pairs.map { [$0.first, $0.second] } == [[0, 1], [0, 2], [1, 2]])
        // 19 non-whitespace scalars per clipping; in "one" the last 4 are boilerplate, boilerplate, body.
        var expected = LabelAgreement(annotators: 3)
        expected.add(["headline", "headline", "headline"], count: 10)
        expected.add(["body", "body", "body"], count: 20)
        expected.add(["boilerplate", "boilerplate", "body"], count: 4)
        expected.add(["boilerplate", "boilerplate", "boilerplate"], count: 4)
        #expect(panel.total.labels == expected)
        let alpha = try #require(panel.total.labels.krippendorffAlpha)
        #expect(alpha > 0.8 && alpha < 1)
        #expect(panel.clippings[1].summary.labels.krippendorffAlpha == 1)
        #expect(panel.total.pairs[0].agreement.disagreements.isEmpty)
        #expect(panel.total.pairs[1].agreement.disagreements.map(\.message) == ["regions [19, 23) «شارك»: boilerplate/share ≠ body"])
        let regions = try #require(panel.total.meanF1.first { $0.name == "regions" })
        // Pairs a–b 6/6; a–c and b–c each 5 of 6 regions alike: F1 (1 + 5/6 + 5/6) / 3.
        #expect(abs(regions.value - (1 + 5.0 / 6 + 5.0 / 6) / 3) < 1e-12)
        #expect(panel.total.measures.contains { $0.name == "region_labels.krippendorff_alpha" && $0.value == alpha })
        #expect(!panel.total.measures.contains { $0.name == "region_labels.cohen_kappa" })
    }

    @Test func bootstrapIsSeededAndSpansTheClippings() throws {
        let panel = PanelAgreement(annotators: annotators, clippings: [
            clipping("one", lastLabels: [.boilerplate, .boilerplate, .body]),
            clipping("two", lastLabels: [.boilerplate, .boilerplate, .boilerplate]),
            clipping("three", lastLabels: [.body, .boilerplate, .body]),
        ])
        let intervals = panel.intervals(replicates: 300, seed: 7)
        #expect(intervals == panel.intervals(replicates: 300, seed: 7))
        let alpha = try #require(intervals["region_labels.krippendorff_alpha"])
        let total = try #require(panel.total.labels.krippendorffAlpha)
        #expect(alpha.low < total && total < alpha.high && alpha.high <= 1)
        #expect(panel.intervals(replicates: 0, seed: 7).isEmpty)
    }
}
