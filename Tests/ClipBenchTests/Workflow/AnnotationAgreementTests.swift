import Testing
@testable import ClipBench
@testable import ClipBenchEvaluation

struct AnnotationAgreementTests {
    static let text = SeedText("عنوان\nنص الخبر هنا\nشارك")

    func span(_ start: Int, _ end: Int) -> TextSpan { TextSpan(start: start, end: end, text: Self.text[start..<end]) }

    func annotation(lastLabel: RegionLabel, category: BoilerplateCategory?, entityType: EntityType, dateValue: String?, headline: String,
                    registryID: String? = nil) -> Annotation {
        Annotation(
            id: "x", headline: headline, published: PublishedDate(value: nil, reason: .absent),
            regions: [Region(label: .headline, span: span(0, 5)), Region(label: .body, span: span(6, 18)), Region(label: lastLabel, category: category, span: span(19, 23))],
            entities: [EntityMention(text: "الخبر", type: entityType, start: 9, end: 14, registryID: registryID)],
            dates: [DateMention(text: "هنا", value: dateValue, start: 15, end: 18)])
    }

    @Test func agreesFullyWithItself() {
        let a = annotation(lastLabel: .boilerplate, category: .share, entityType: .miscellaneous, dateValue: nil, headline: "عنوان", registryID: "news")
        let agreement = AnnotationAgreement(first: a, second: a, text: Self.text)
        #expect(agreement.tasks.allSatisfy { $0.counts.f1 == 1 })
        #expect(agreement.registryIDs == MatchCounts(matched: 1))
        #expect(agreement.disagreements.isEmpty)
    }

    @Test func reportsEachDisagreementWithSpansWrittenOneWay() throws {
        let a = annotation(lastLabel: .boilerplate, category: .share, entityType: .miscellaneous, dateValue: nil, headline: "عنوان")
        let b = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: "2025", headline: "عنوان آخر")
        let agreement = AnnotationAgreement(first: a, second: b, text: Self.text)
        #expect(agreement.regions == MatchCounts(matched: 2, onlyFirst: 1, onlySecond: 1))
        #expect(agreement.entities == MatchCounts(matched: 0, onlyFirst: 1, onlySecond: 1))
        #expect(agreement.datesStrict.matched == 1 && agreement.dateValuesEqual == 0)
        #expect(agreement.datesValue == MatchCounts(onlyFirst: 1, onlySecond: 1))
        #expect(agreement.disagreements.map(\.message) == [
            "regions [19, 23) «شارك»: boilerplate/share ≠ body",
            "entity [9, 14) «الخبر»: MISC ≠ ORG",
            "date [15, 18) «هنا»: value null ≠ 2025",
            "headline: «عنوان» ≠ «عنوان آخر»",
        ])
        #expect(agreement.disagreements[0].range == 19..<23)
        #expect(agreement.disagreements[0].first == .regionLabel("boilerplate/share"))
    }

    @Test func reportsRegistryIDsThatDiffer() {
        let a = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: nil, headline: "عنوان", registryID: "russian-embassy")
        let b = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: nil, headline: "عنوان", registryID: "russian-foreign-ministry")
        let agreement = AnnotationAgreement(first: a, second: b, text: Self.text)
        #expect(agreement.entities == MatchCounts(matched: 1))
        #expect(agreement.registryIDs == MatchCounts(onlyFirst: 1, onlySecond: 1))
        #expect(agreement.disagreements.map(\.message) == ["entity [9, 14) «الخبر»: registry id russian-embassy ≠ russian-foreign-ministry"])
    }

    @Test func resolvesIDsOfTwoRegistriesByWikidataOrName() {
        let a = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: nil, headline: "عنوان", registryID: "al-bayan")
        let b = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: nil, headline: "عنوان", registryID: "albayan-newspaper")
        let first = EntityRegistry(entries: [RegistryEntry(id: "al-bayan", type: .organisation, arabicName: "البيان", englishName: "Al Bayan")])
        let sameName = EntityRegistry(entries: [RegistryEntry(id: "albayan-newspaper", type: .organisation, arabicName: "البَيان", englishName: "Al-Bayan newspaper")])
        #expect(AnnotationAgreement(first: a, second: b, text: Self.text, firstRegistry: first, secondRegistry: sameName).registryIDs == MatchCounts(matched: 1))
        let other = EntityRegistry(entries: [RegistryEntry(id: "albayan-newspaper", type: .organisation, arabicName: "صحيفة الخليج", englishName: "Al Khaleej")])
        let differs = AnnotationAgreement(first: a, second: b, text: Self.text, firstRegistry: first, secondRegistry: other)
        #expect(differs.registryIDs == MatchCounts(onlyFirst: 1, onlySecond: 1))
        #expect(differs.disagreements.count == 1)
    }

    @Test func comparesDateValuesAsInstantsAndHeadlinesNormalised() {
        var a = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: "2013-08-28T10:00:00Z", headline: "عنوان")
        var b = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: "2013-08-28T14:00:00+04:00", headline: "عُنوان")
        a.published = PublishedDate(value: "2013-08-28", evidence: span(15, 18))
        b.published = PublishedDate(value: "2013-08-28", evidence: span(15, 18))
        let agreement = AnnotationAgreement(first: a, second: b, text: Self.text)
        #expect(agreement.datesValue == MatchCounts(matched: 1))
        #expect(agreement.headline == MatchCounts(matched: 1))
        #expect(agreement.published == MatchCounts(matched: 1))
        #expect(agreement.disagreements.isEmpty)
        b.dates[0].value = "2013-08-28"
        b.published = PublishedDate(value: nil, reason: .ambiguous)
        let differs = AnnotationAgreement(first: a, second: b, text: Self.text)
        #expect(differs.datesValue == MatchCounts(onlyFirst: 1, onlySecond: 1))
        #expect(differs.published == MatchCounts(onlyFirst: 1, onlySecond: 1))
        #expect(differs.disagreements.map(\.message).last == "published: 2013-08-28 ≠ none (ambiguous)")
    }

    @Test func matchesOverlappingDatesOneToOne() {
        var a = annotation(lastLabel: .body, category: nil, entityType: .organisation, dateValue: nil, headline: "عنوان")
        var b = a
        a.dates = [DateMention(text: "الخبر هنا", value: nil, start: 9, end: 18)]
        b.dates = [DateMention(text: "هنا", value: nil, start: 15, end: 18), DateMention(text: "نص", value: nil, start: 6, end: 8)]
        let agreement = AnnotationAgreement(first: a, second: b, text: Self.text)
        #expect(agreement.datesRelaxed == MatchCounts(matched: 1, onlySecond: 1))
        #expect(agreement.datesStrict == MatchCounts(onlyFirst: 1, onlySecond: 2))
        #expect(agreement.disagreements.map(\.message) == [
            "date [6, 8) «نص» null: only in the second",
            "date [9, 18) «الخبر هنا»: span differs from [15, 18) «هنا»",
        ])
    }
}
