import Testing
@testable import ClipBench

struct AnnotationAdjudicationTests {
    static let tunis = TextSpan(start: 14, end: 18, text: "تونس")
    static let name = TextSpan(start: 0, end: 8, text: "مُحَمَّد")

    static func annotation(headline: String?, entities: [EditedAnnotation.EntityItem], dates: [EditedAnnotation.DateItem] = []) -> EditedAnnotation {
        EditedAnnotation(id: "a", status: .done, headline: headline, published: PublishedDate(value: nil, reason: .absent),
                         entities: entities, dates: dates)
    }

    static let left = annotation(headline: "عنوان", entities: [
        .init(span: name, type: .person), .init(span: tunis, type: .location, registryID: "tunisia"),
    ])
    static let right = annotation(headline: "عنوان آخر", entities: [
        .init(span: tunis, type: .location, registryID: "tunis"),
    ], dates: [.init(span: TextSpan(start: 20, end: 24, text: "2025"), value: "2025")])

    @Test func listsEachDisagreementItemByItem() {
        let adjudication = AnnotationAdjudication(left: Self.left, right: Self.right)
        #expect(adjudication.disagreements.map(\.summary) == [
            "headline «»: عنوان | عنوان آخر",
            "entities «مُحَمَّد»: PER | none",
            "entities «تونس»: LOC → tunisia | LOC → tunis",
            "dates «2025»: none | 2025",
        ])
    }

    @Test func mergesTheChosenSideOfEachAndKeepsWhatBothAgreeOn() {
        let adjudication = AnnotationAdjudication(left: Self.left, right: Self.right)
        let merged = adjudication.merged(choosing: [.right, .right, .left, .right])
        #expect(merged.headline == "عنوان آخر")
        #expect(merged.entities == [.init(span: Self.tunis, type: .location, registryID: "tunisia")])
        #expect(merged.dates.map(\.value) == ["2025"])
        #expect(merged.status == .done)
        #expect(AnnotationAdjudication(left: Self.left, right: Self.left).disagreements.isEmpty)
    }
}
