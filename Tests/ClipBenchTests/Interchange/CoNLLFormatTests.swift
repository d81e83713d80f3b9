import Testing
@testable import ClipBench

struct CoNLLFormatTests {
    private static func seeds(_ clippings: [GoldClipping]) -> (String) -> SeedText? {
        let byID = Dictionary(uniqueKeysWithValues: clippings.map { ($0.id, $0.seed) })
        return { byID[$0] }
    }

    @Test func theGoldSpansComeBackExactly() throws {
        let clippings = InterchangeFixtures.packageClippings()
        try #require(clippings.count >= 5)
        var conll = ""
        for clipping in clippings {
            let document = CoNLLFormat.document(for: clipping.annotation, text: clipping.seed)
            #expect(document.warnings.isEmpty, "\(document.warnings)")
            conll += document.text
        }
        let back = CoNLLFormat.predictions(fromCoNLL: conll, path: "gold.conll", seed: Self.seeds(clippings))
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        #expect(back.predictions.map(\.id) == clippings.map(\.id))
        for (prediction, clipping) in zip(back.predictions, clippings) {
            #expect(prediction.attempted == [.entities, .dates])
            #expect(prediction.entities == clipping.annotation.entities.map { EntityMention(text: $0.text, type: $0.type, start: $0.start, end: $0.end) }, "registry ids are not carried")
            #expect(prediction.dates == clipping.annotation.dates.map { DateMention(text: $0.text, value: nil, start: $0.start, end: $0.end) }, "values are not carried")
        }
    }

    @Test func tokensAreTheMetricsWordsSplitAtMentionBoundaries() {
        let text = SeedText("ووصل مُحَمَّد إلى الرياض.")
        let annotation = Annotation(
            id: "c", headline: nil, published: PublishedDate(value: nil, reason: .absent), regions: [],
            entities: [EntityMention(text: "وصل", type: .person, start: 1, end: 4), EntityMention(text: "مُحَمَّد", type: .person, start: 5, end: 13)],
            dates: [])
        let lines = CoNLLFormat.document(for: annotation, text: text).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "-DOCSTART- c O", "",
            "و O O", "وصل O B-PER",
            // WordTokenizer: marks are no word scalars, so «مُحَمَّد» is four tokens, one mention.
            "م O B-PER", "ح O I-PER", "م O I-PER", "د O I-PER",
            "إلى O O", "الرياض O O", "", "",
        ])
    }

    @Test func readsAnotherTokenisationAndStrayInsideTags() throws {
        let text = SeedText("قال فلاديمير بوتين في موسكو")
        let conll = "-DOCSTART- -X- c O\n\nقال O\nفلاديمير I-PER\nبوتين I-PER\nفي O\nموسكو I-LOC\n"
        let back = CoNLLFormat.predictions(fromCoNLL: conll, path: "p.conll") { $0 == "c" ? text : nil }
        #expect(back.diagnostics.isEmpty)
        let prediction = try #require(back.predictions.first)
        #expect(prediction.attempted == [.entities], "two columns: no date tags")
        #expect(prediction.entities == [
            EntityMention(text: "فلاديمير بوتين", type: .person, start: 4, end: 18),
            EntityMention(text: "موسكو", type: .location, start: 22, end: 27),
        ])
    }

    @Test func reportsATokenNotInTheSeedAndAnUnknownTag() {
        let text = SeedText("قال بوتين")
        let conll = "-DOCSTART- c O\nقال O\nترامب B-PER\n-DOCSTART- d O\nقال B-GPE\n-DOCSTART- -X- O\n"
        let seeds: (String) -> SeedText? = { ["c": text, "d": text][$0] }
        let back = CoNLLFormat.predictions(fromCoNLL: conll, path: "p.conll", seed: seeds)
        #expect(back.predictions.isEmpty)
        #expect(back.diagnostics.map(\.description) == [
            "p.conll:3:1: error: the token «ترامب» does not occur in the seed of c after the previous token",
            "p.conll:5:5: error: the tag 'B-GPE' is not O, B-TYPE or I-TYPE with TYPE one of PER, ORG, LOC, MISC",
            "p.conll:6:1: error: the -DOCSTART- line names no clipping of the dataset (write '-DOCSTART- <id> O')",
        ])
    }
}
