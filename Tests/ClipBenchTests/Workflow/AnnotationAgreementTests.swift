import Testing
@testable import ClipBench

struct AnnotationAgreementTests {
    static let text = SeedText("عنوان\nنص الخبر هنا\nشارك")

    func span(_ start: Int, _ end: Int) -> TextSpan { TextSpan(start: start, end: end, text: Self.text[start..<end]) }

    func annotation(lastLabel: RegionLabel, category: BoilerplateCategory?, entityType: EntityType, dateValue: String?, headline: String) -> Annotation {
        Annotation(
            id: "x", headline: headline, published: PublishedDate(value: nil, reason: .absent),
            regions: [Region(label: .headline, span: span(0, 5)), Region(label: .body, span: span(6, 18)), Region(label: lastLabel, category: category, span: span(19, 23))],
            entities: [EntityMention(text: "الخبر", type: entityType, start: 9, end: 14)],
            dates: [DateMention(text: "هنا", value: dateValue, start: 15, end: 18)])
    }

    @Test func agreesFullyWithItself() {
        let a = annotation(lastLabel: .boilerplate, category: .share, entityType: .miscellaneous, dateValue: nil, headline: "عنوان")
        let agreement = AnnotationAgreement(first: a, second: a, text: Self.text)
        #expect(agreement.regionLabels.kappa == 1)
        #expect(agreement.regions.f1 == 1 && agreement.entities.f1 == 1 && agreement.datesRelaxed.f1 == 1)
        #expect(agreement.disagreements.isEmpty)
    }

    @Test func reportsEachDisagreement() throws {
        let a = annotation(lastLabel: .boilerplate, category: .share, entityType: .miscellaneous, dateValue: nil, headline: "عنوان")
        let b = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: "2025", headline: "عنوان آخر")
        let agreement = AnnotationAgreement(first: a, second: b, text: Self.text)
        // 19 non-whitespace scalars, the last 4 differ: body in one, boilerplate in the other.
        #expect(agreement.regionLabels.count == 19)
        #expect(agreement.regionLabels.observed == 15.0 / 19)
        #expect(try #require(agreement.regionLabels.kappa) < 1)
        #expect(agreement.regions == MatchCounts(matched: 2, onlyFirst: 1, onlySecond: 1))
        #expect(agreement.entities == MatchCounts(matched: 0, onlyFirst: 1, onlySecond: 1))
        #expect(agreement.datesStrict.matched == 1 && agreement.dateValuesEqual == 0)
        #expect(agreement.disagreements == [
            "regions 19..<23 «شارك»: boilerplate/share ≠ body",
            "entity 9:14 «الخبر»: MISC ≠ ORG",
            "date 15:18 «هنا»: value null ≠ 2025",
            "headline: «عنوان» ≠ «عنوان آخر»",
        ])
    }
}
