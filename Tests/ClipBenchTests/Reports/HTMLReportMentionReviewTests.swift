import Testing
@testable import ClipBench
@testable import ClipBenchReports

struct HTMLReportMentionReviewTests {
    typealias Mention = HTMLReportMentionReview.Mention

    static let gold = [
        Mention(text: "بيسكوف", label: "PER", start: 10, end: 16),
        Mention(text: "روسيا", label: "LOC", start: 20, end: 25),
        Mention(text: "الكرملين", label: "ORG", start: 30, end: 38),
        Mention(text: "موسكو", label: "LOC", start: 40, end: 45),
    ]
    static let predicted = [
        Mention(text: "بيسكوف", label: "PER", start: 10, end: 16),      // correct
        Mention(text: "روسيا", label: "ORG", start: 20, end: 25),       // wrong type
        Mention(text: "الكرملين،", label: "ORG", start: 30, end: 39),   // overlapping, wrong boundary
        Mention(text: "واشنطن", label: "LOC", start: 50, end: 56),      // spurious
    ]

    @Test func givesEachMentionAVerdict() {
        let review = HTMLReportMentionReview(gold: Self.gold, predicted: Self.predicted)
        #expect(review.count(.correct) == 1)
        #expect(review.count(.wrong) == 2)
        #expect(review.count(.spurious) == 1)
        #expect(review.count(.missed) == 1)
        #expect(review.items.first { $0.verdict == .missed }?.gold?.text == "موسكو")
    }

    @Test func doesNotDependOnTheOrderOfTheLists() {
        let forward = HTMLReportMentionReview(gold: Self.gold, predicted: Self.predicted)
        let reversed = HTMLReportMentionReview(gold: Self.gold.reversed(), predicted: Self.predicted.reversed())
        #expect(forward == reversed)
    }

    @Test func matchesMentionsWithoutOffsetsByNormalisedText() {
        let review = HTMLReportMentionReview(
            gold: [Mention(text: "إسطنبول", label: "LOC", start: 0, end: 7)],
            predicted: [Mention(text: "اسطنبول", label: "LOC", start: nil, end: nil)])
        #expect(review.count(.correct) == 1)
    }

    @Test func exclusiveEndsDoNotOverlap() {
        let review = HTMLReportMentionReview(
            gold: [Mention(text: "أبجدة", label: "PER", start: 0, end: 5)],
            predicted: [Mention(text: "هوز", label: "PER", start: 5, end: 8)])
        #expect(review.count(.spurious) == 1 && review.count(.missed) == 1)
    }
}
