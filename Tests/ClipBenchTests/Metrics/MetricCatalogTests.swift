import Testing
@testable import ClipBench

@Suite struct MetricCatalogTests {
    @Test func groupsAreInReportOrder() {
        let paths = MetricCatalog.groups.map { $0.path.joined(separator: ".") }
        let schemas = ["strict", "exact", "partial", "type"]
        let expected = ["headline", "published", "body", "body.tokens.micro", "body.tokens.macro", "boilerplate"]
            + schemas.map { "entities." + $0 }
            + ["PER", "ORG", "LOC", "MISC"].flatMap { type in schemas.map { "entities.by_type.\(type).\($0)" } }
            + ["entities.text", "entities.registry", "dates.strict", "dates.relaxed", "dates.text"]
        #expect(paths == expected)
    }

    @Test func tasksAreInReportOrder() {
        #expect(ScoredTask.allCases.map(\.rawValue)
            == ["headline", "published", "body", "boilerplate", "entity_spans", "entity_texts", "date_spans", "date_texts"])
        #expect(ScoredTask(rawValue: "date_spans") == .dateSpans)
        #expect(ScoredTask(rawValue: "dates") == nil)
    }

    @Test func slotNamesAreUniqueAndLaidOutInListOrder() {
        let layout = MetricCatalog.layout
        #expect(Set(layout.countNames).count == layout.countNames.count)
        #expect(Set(layout.sumNames).count == layout.sumNames.count)
        #expect(layout.countNames.first == "headline.documents")
        #expect(layout.sumNames == ["headline.precision_sum", "headline.recall_sum", "headline.f1_sum", "body.precision_sum",
                                    "body.recall_sum", "body.tokens.precision_sum", "body.tokens.recall_sum"])
        #expect(HeadlineMetric.slots.documents.index == 0)
        #expect(DateTextMetric.slots.falseNegative.index == layout.countNames.count - 1)
    }

    @Test func everyGroupHasMeasuresAndCounts() {
        for group in MetricCatalog.groups {
            #expect(!group.measures.isEmpty, "\(group.path)")
            #expect(!group.counts.isEmpty, "\(group.path)")
        }
    }

    @Test func countingAllMetricsEqualsCountingEachAlone() {
        let clipping = MetricsTestClipping.sample()
        let (all, attempted) = MetricCatalog.count(ScoringInput(gold: clipping.annotation, seed: clipping.seed, prediction: clipping.goldPrediction))
        var alone = ScoreStatistics()
        var attemptedAlone: Set<ScoredTask> = []
        func add<M: Metric>(_ metric: M.Type) {
            alone.add(clipping.counted(by: metric, prediction: clipping.goldPrediction).statistics)
            attemptedAlone.formUnion(clipping.counted(by: metric, prediction: clipping.goldPrediction).attempted)
        }
        for metric in MetricCatalog.metrics { add(metric) }
        #expect(all == alone)
        #expect(attempted == attemptedAlone)
        #expect(attempted == Set(ScoredTask.allCases))
    }
}
