import Testing
@testable import ClipBench

/// Two tiny clippings whose numbers were counted by hand (see the comments).
struct DatasetStatisticsTests {
    // "خبرٌ جديد" (9 scalars: the dammatan is a scalar of its own), two newlines,
    // "قالَ زيد في 2025" (16), a newline, "شارك" (4): 32 scalars, 7 of them whitespace.
    // Tokens (marks are not word characters): خبر جديد قال زيد في 2025 شارك = 7.
    static let first = SeedText("خبرٌ جديد\n\nقالَ زيد في 2025\nشارك")
    // "منذ يومين" (9), a newline, "مصر" (3): 13 scalars, 2 whitespace, 3 tokens.
    static let second = SeedText("منذ يومين\nمصر")

    static func span(_ text: SeedText, _ range: Range<Int>) -> TextSpan {
        TextSpan(start: range.lowerBound, end: range.upperBound, text: text[range])
    }

    static let firstAnnotation = Annotation(
        id: "b_first", headline: "خبرٌ جديد", published: PublishedDate(value: nil, reason: .absent),
        regions: [
            Region(label: .headline, span: span(first, 0..<9)),
            Region(label: .body, span: span(first, 11..<27)),
            Region(label: .boilerplate, category: .share, span: span(first, 28..<32)),
        ],
        entities: [EntityMention(text: "زيد", type: .person, start: 16, end: 19)],
        dates: [DateMention(text: "2025", value: "2025", start: 23, end: 27)])

    static let secondAnnotation = Annotation(
        id: "a_second", headline: nil, published: PublishedDate(value: nil, reason: .relativeOnly),
        regions: [
            Region(label: .metadata, span: span(second, 0..<9)),
            Region(label: .body, span: span(second, 10..<13)),
        ],
        entities: [EntityMention(text: "مصر", type: .location, start: 10, end: 13)],
        dates: [DateMention(text: "منذ يومين", value: nil, start: 0, end: 9)])

    let statistics = DatasetStatistics(clippings: [
        (Self.firstAnnotation, Self.first), (Self.secondAnnotation, Self.second),
    ])

    @Test func theFixtureSpansSayWhatTheCommentsSay() {
        #expect(Self.first[16..<19] == "زيد")
        #expect(Self.first[23..<27] == "2025")
        #expect(Self.first[28..<32] == "شارك")
        #expect(Self.second[10..<13] == "مصر")
    }

    @Test func countsOneClippingByHand() {
        let row = ClippingStatistics(Self.firstAnnotation, text: Self.first)
        #expect(row.characters == 32)
        #expect(row.nonWhitespaceCharacters == 25)
        #expect(row.tokens == 7)
        #expect(row.regionCharacters == [.headline: 8, .metadata: 0, .body: 13, .boilerplate: 4])
        #expect(row.boilerplateCharacters == [.share: 4])
        #expect(row.share(of: .body) == 13.0 / 25.0)
        #expect(row.entities == [.person: 1, .organisation: 0, .location: 0, .miscellaneous: 0])
        #expect(row.datesWithValue == 1 && row.datesWithoutValue == 0)
    }

    @Test func sumsTheTotalAndSortsClippingsByID() {
        #expect(statistics.clippings.map(\.id) == ["a_second", "b_first"])
        let total = statistics.total
        #expect(total.documents == 2)
        #expect(total.characters == 45)
        #expect(total.nonWhitespaceCharacters == 36)
        #expect(total.tokens == 10)
        #expect(total.regionCharacters == [.headline: 8, .metadata: 8, .body: 16, .boilerplate: 4])
        #expect(total.share(of: .metadata) == 8.0 / 36.0)
        #expect(total.entityCount == 2)
        #expect(total.dateCount == 2 && total.datesWithValue == 1 && total.datesWithoutValue == 1)
    }

    @Test func writesTheTotalAsJSON() {
        let json = statistics.jsonValue.serialized()
        #expect(json.hasPrefix(#"{"documents":2,"total":{"characters":45,"non_whitespace_characters":36,"tokens":10,"#))
        #expect(json.contains(#""regions":{"headline":{"characters":8,"share":0.2222},"metadata":{"characters":8,"share":0.2222},"body":{"characters":16,"share":0.4444},"boilerplate":{"characters":4,"share":0.1111}}"#))
        #expect(json.contains(#""entities":{"PER":1,"ORG":0,"LOC":1,"MISC":0,"total":2},"dates":{"count":2,"with_value":1,"null":1}}"#))
        #expect(json.contains(#""clippings":[{"id":"a_second","characters":13,"#))
    }

    @Test func writesATableWithATotalRow() {
        let lines = statistics.table().split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("clipping"))
        #expect(lines[2].hasPrefix("a_second"))
        #expect(lines[3].hasPrefix("b_first"))
        let total = lines[5].split(separator: " ").map(String.init)
        // total (2), chars, tokens, headline/metadata/body/boilerplate %, PER ORG LOC MISC, dates, valued, null
        #expect(total == ["total", "(2)", "45", "10", "22.2", "22.2", "44.4", "11.1", "1", "0", "1", "0", "2", "1", "1"])
    }

    @Test(arguments: [(0.0, "0.0"), (0.3333, "33.3"), (0.9996, "100.0"), (0.05, "5.0")])
    func formatsPercentages(share: Double, expected: String) {
        #expect(DatasetStatistics.percent(share) == expected)
    }
}
