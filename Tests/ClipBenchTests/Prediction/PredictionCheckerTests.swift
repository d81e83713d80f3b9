import Testing
@testable import ClipBench

struct PredictionCheckerTests {
    /// «في مُحَمَّد روسيا»: harakat make scalar offsets differ from Character offsets.
    static let text = SeedText("في مُحَمَّد روسيا")

    func makeChecker(ids: Set<String> = ["a", "b"]) -> PredictionChecker {
        PredictionChecker(knownIDs: ids) { ids.contains($0) ? Self.text : nil }
    }

    @Test func acceptsSpansThatMatchTheSeedInScalars() throws {
        var checker = makeChecker()
        let entity = EntityMention(text: "روسيا", type: .location, start: 12, end: 17)
        let date = DateMention(text: "مُحَمَّد", value: nil, start: 3, end: 11)
        let prediction = Prediction(id: "a", attempted: [.entities, .dates, .regions], regions: [PredictedRegion(label: .body, start: 0, end: 17)],
                                    entities: [entity, EntityMention(text: "بلا موضع", type: .person)], dates: [date])
        #expect(checker.problems(in: prediction).isEmpty)
        #expect(checker.missingIDs == ["b"])
    }

    @Test(arguments: [
        (Prediction(id: "zzz"), "id", "unknown clipping id"),
        (Prediction(id: "a", entities: [EntityMention(text: "روسيا", type: .location, start: 12, end: 18)]), "entities[0].start", "past the end"),
        (Prediction(id: "a", entities: [EntityMention(text: "روسيا", type: .location, start: 12, end: 16)]), "entities[0].text", "differs from the seed"),
        (Prediction(id: "a", entities: [EntityMention(text: "x", type: .location, start: -1, end: 2)]), "entities[0].start", "negative"),
        (Prediction(id: "a", dates: [DateMention(text: "x", value: nil, start: 5, end: 4)]), "dates[0].start", "ends before it starts"),
        (Prediction(id: "a", dates: [DateMention(text: "محمد", value: nil, start: 3, end: 11)]), "dates[0].text", "differs from the seed"),
        (Prediction(id: "a", regions: [PredictedRegion(label: .body, start: 0, end: 40)]), "regions[0].start", "past the end"),
    ])
    func reportsEachProblemWithThePathOfItsKey(prediction: Prediction, path: String, words: String) {
        var checker = makeChecker()
        let problems = checker.problems(in: prediction)
        #expect(problems.count == 1)
        #expect(problems.first?.path == path)
        #expect(problems.first?.message.contains(words) == true, "\(problems)")
    }

    @Test func reportsTheSecondPredictionOfAnIDAsADuplicate() {
        var checker = makeChecker()
        #expect(checker.problems(in: Prediction(id: "a")).isEmpty)
        let problems = checker.problems(in: Prediction(id: "a"))
        #expect(problems.map(\.path) == ["id"])
        #expect(problems.first?.message.contains("duplicate") == true)
    }

    @Test func anInvalidPredictionStillCountsAsSeen() {
        var checker = makeChecker()
        _ = checker.problems(in: Prediction(id: "a", regions: [PredictedRegion(label: .body, start: 0, end: 99)]))
        #expect(checker.missingIDs == ["b"])
    }

    @Test func diagnosticsPointAtTheOffendingKey() throws {
        var checker = makeChecker()
        let json = #"{"id": "a", "entities": [{"text": "روسيا", "type": "LOC", "start": 12, "end": 16}]}"#
        let record = PredictionRecord(prediction: try Prediction(jsonText: json), location: SourceLocation(path: "p.jsonl", line: 7, column: 1), jsonText: json)
        let diagnostics = checker.diagnostics(for: record)
        #expect(diagnostics.map(\.description).first?.hasPrefix("p.jsonl:7:35: error: entities[0].text:") == true, "\(diagnostics)")
    }
}
