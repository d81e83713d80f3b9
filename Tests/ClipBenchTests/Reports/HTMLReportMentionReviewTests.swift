import Testing
@testable import ClipBench
@testable import ClipBenchReports

struct HTMLReportMentionReviewTests {
    static func entity(_ text: String, _ type: EntityType, _ start: Int?, _ end: Int?) -> EntityMention {
        EntityMention(text: text, type: type, start: start, end: end)
    }

    static let gold = [
        entity("بيسكوف", .person, 10, 16),
        entity("روسيا", .location, 20, 25),
        entity("الكرملين", .organisation, 30, 38),
        entity("موسكو", .location, 40, 45),
    ]
    static let predicted = [
        entity("بيسكوف", .person, 10, 16),          // correct
        entity("روسيا", .organisation, 20, 25),     // wrong type
        entity("الكرملين،", .organisation, 30, 39), // overlapping, wrong boundary
        entity("واشنطن", .location, 50, 56),        // spurious
    ]

    @Test func givesEachMentionAVerdict() {
        let review = HTMLReportMentionReview(entities: Self.gold, predicted: Self.predicted)
        #expect(review.count(.correct) == 1)
        #expect(review.count(.wrong) == 2)
        #expect(review.count(.spurious) == 1)
        #expect(review.count(.missed) == 1)
        #expect(review.items.first { $0.verdict == .missed }?.gold?.text == "موسكو")
    }

    @Test func doesNotDependOnTheOrderOfTheLists() {
        let forward = HTMLReportMentionReview(entities: Self.gold, predicted: Self.predicted)
        let reversed = HTMLReportMentionReview(entities: Self.gold.reversed(), predicted: Self.predicted.reversed())
        #expect(forward == reversed)
    }

    @Test func matchesMentionsWithoutOffsetsByNormalisedText() {
        let review = HTMLReportMentionReview(
            entities: [Self.entity("إسطنبول", .location, 0, 7)],
            predicted: [Self.entity("اسطنبول", .location, nil, nil)])
        #expect(review.count(.correct) == 1)
    }

    @Test func exclusiveEndsDoNotOverlap() {
        let review = HTMLReportMentionReview(
            entities: [Self.entity("أبجدة", .person, 0, 5)],
            predicted: [Self.entity("هوز", .person, 5, 8)])
        #expect(review.count(.spurious) == 1 && review.count(.missed) == 1)
    }

    @Test func pairsEntitiesAsTheMetricDoes() throws {
        // Gold LOC [0,3) and PER [3,10); the prediction PER [1,9) shares 2 scalars with LOC and 6 with
        // PER. The metric pairs it with PER; the review once showed it wrong against LOC and PER missed.
        let gold = [Self.entity("عمّان", .location, 0, 3), Self.entity("سلمى الخطيب", .person, 3, 10)]
        let predicted = [Self.entity("مّان سلمى الخط", .person, 1, 9)]
        let review = HTMLReportMentionReview(entities: gold, predicted: predicted)
        let wrong = try #require(review.items.first { $0.verdict == .wrong })
        #expect(wrong.gold?.label == "PER" && wrong.gold?.start == 3)
        #expect(review.items.first { $0.verdict == .missed }?.gold?.label == "LOC")
        let metricPairs = EntitySpanMetric.pairs(gold: gold, predicted: predicted, schema: .strict)
        #expect(metricPairs.map(\.gold) == [1])
    }

    @Test func pairsEveryMentionTheMaximumMatchingPairs() {
        // Greedy pairing would give the first prediction the second gold mention and leave two unpaired.
        let gold = [Self.entity("أ", .person, 0, 10), Self.entity("ب", .person, 10, 20), Self.entity("ج", .person, 20, 30)]
        let predicted = [Self.entity("د", .person, 5, 18), Self.entity("ه", .person, 12, 14), Self.entity("و", .person, 25, 28)]
        let review = HTMLReportMentionReview(entities: gold, predicted: predicted)
        #expect(review.count(.wrong) == 3 && review.count(.missed) == 0 && review.count(.spurious) == 0)
    }

    @Test func pairsDatesAsTheRelaxedMetricDoes() {
        // Both predictions overlap the first gold date; only one also overlaps the second. The metric
        // pairs both, and the review shows both paired, the value-agreeing one correct.
        let gold = [DateMention(text: "١٨ شباط", value: "2025-02-18", start: 0, end: 7),
                    DateMention(text: "٢٠٢٥", value: "2025", start: 8, end: 12)]
        let predicted = [DateMention(text: "١٨ شباط", value: "2025-02-18", start: 0, end: 7),
                         DateMention(text: "شباط ٢٠٢٥", value: "2025-02", start: 3, end: 12)]
        let review = HTMLReportMentionReview(dates: gold, predicted: predicted)
        #expect(review.count(.correct) == 1 && review.count(.wrong) == 1 && review.count(.missed) == 0)
        #expect(DateMentionMetric.counts(gold: gold, predicted: predicted).relaxedMatches == 2)
    }
}
