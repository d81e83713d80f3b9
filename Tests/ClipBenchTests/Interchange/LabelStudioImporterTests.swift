import Foundation
import Testing
@testable import ClipBench

struct LabelStudioImporterTests {
    /// A Label Studio export as its JSON export API writes it: each task's pre-annotation submitted as an annotation.
    static func export(of tasks: [JSONValue], annotator: String = "annotator@example.org") -> String {
        let exported = tasks.enumerated().map { index, task -> JSONValue in
            guard case .object(let members) = task, let predictions = task.member("predictions")?.asArray else { return task }
            let annotations = predictions.enumerated().map { number, prediction in
                JSONValue.object([
                    ("id", .integer(100 + index * 10 + number)),
                    ("completed_by", .object([("id", .integer(1)), ("email", .string(annotator))])),
                    ("result", prediction.member("result") ?? .array([])),
                    ("was_cancelled", .bool(false)), ("lead_time", .number(12.5)), ("created_at", .string("2026-12-01T09:00:00Z")),
                ])
            }
            return .object([("id", .integer(index + 1))] + members.filter { $0.0 != "predictions" } + [("annotations", .array(annotations))])
        }
        return JSONValue.array(exported).serialized(pretty: true)
    }

    @Test func theGoldComesBackUnchangedThroughAnExport() throws {
        let clippings = InterchangeFixtures.packageClippings()
        try #require(clippings.count >= 5)
        let tasksFile = try #require(InterchangeExport.files(format: .labelstudio, clippings: clippings, predictions: .gold).files.first)
        let tasks = try #require(try JSONValue(parsing: tasksFile.contents).asArray)
        let result = LabelStudioImporter(path: "export.json", status: .done).annotations(fromJSON: Self.export(of: tasks))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.annotations.map(\.annotation) == clippings.map(\.annotation))
        for (imported, clipping) in zip(result.annotations, clippings) {
            let notes = try #require(imported.notes)
            #expect(notes.hasPrefix(clipping.notes ?? ""), "the notes written in Label Studio come first")
            #expect(notes.hasSuffix("annotator annotator@example.org, lead time 12.5 s, created 2026-12-01T09:00:00Z."), "\(notes)")
            #expect(imported.annotator == "annotator_example.org")
        }
    }

    @Test(arguments: OffsetUnit.allCases)
    func convertsOffsetsOfTextWithAnEmojiAndArabicMarks(_ unit: OffsetUnit) throws {
        let annotation = InterchangeFixtures.markedAnnotation
        let text = InterchangeFixtures.markedText
        let results = LabelStudioExporter.results(for: annotation, notes: nil, text: text, unit: unit)
        let person = try #require(results.first { $0.member("value")?.member("labels")?.asArray?.first?.asString == "PER" })
        let expectedStart = 17  // «تعليق 😀 جميل\nقال » is 17 scalars, 18 UTF-16 units
        #expect(person.member("value")?.member("start")?.asInteger == expectedStart + (unit == .utf16 ? 1 : 0))
        let task = LabelStudioExporter.task(id: "marked", text: text, predictions: [("gold", results)])
        let imported = LabelStudioImporter(path: "e.json", unit: unit, status: .done).annotations(fromJSON: Self.export(of: [task]))
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        #expect(imported.annotations.first?.annotation == annotation)
    }

    @Test func saysWhenTheOffsetsCountUTF16Units() throws {
        let text = InterchangeFixtures.markedText
        let results = LabelStudioExporter.results(for: InterchangeFixtures.markedAnnotation, notes: nil, text: text, unit: .utf16)
        let json = Self.export(of: [LabelStudioExporter.task(id: "marked", text: text, predictions: [("gold", results)])])
        let imported = LabelStudioImporter(path: "e.json", unit: .scalars).annotations(fromJSON: json)
        #expect(imported.diagnostics.count == 5, "the comment region ends after the emoji; the body, the two entities and the date lie after it: \(imported.diagnostics)")
        let first = try #require(imported.diagnostics.first)
        #expect(first.message.contains("pass --offsets utf16"), "\(first)")
        #expect(first.location.line != nil && first.location.column != nil, "\(first)")
    }

    @Test func reportsAnUnknownLabelAtItsLineAndColumn() throws {
        let json = """
            [{"id": 1, "data": {"clipping": "c1", "text": "قال بوتين"},
              "annotations": [{"id": 7, "result": [
                {"id": "a", "from_name": "entity", "to_name": "text", "type": "labels", "value": {"start": 4, "end": 9, "text": "بوتين", "labels": ["PERSON"]}}]}]}]
            """
        let imported = LabelStudioImporter(path: "e.json").annotations(fromJSON: json)
        #expect(imported.diagnostics.map(\.description) == ["e.json:3:137: error: unknown entity type 'PERSON'"])
    }

    @Test func refusesAClippingIDThatIsAPath() {
        let json = #"[{"data": {"clipping": "../escape", "text": "x"}, "annotations": []}]"#
        let imported = LabelStudioImporter(path: "e.json").annotations(fromJSON: json)
        #expect(imported.annotations.isEmpty)
        #expect(imported.diagnostics.count == 1)
        #expect(imported.diagnostics.first?.message.contains("may hold only ASCII letters") == true, "\(imported.diagnostics)")
    }

    @Test func skipsCancelledAnnotationsAndKeepsEachAnnotator() throws {
        let text = SeedText("قال بوتين")
        let result: [JSONValue] = [.object([
            ("id", .string("e")), ("from_name", .string("entity")), ("to_name", .string("text")), ("type", .string("labels")),
            ("value", .object([("start", .integer(4)), ("end", .integer(9)), ("labels", .array([.string("PER")]))])),
        ])]
        let json = JSONValue.array([.object([
            ("id", .integer(3)),
            ("data", .object([("clipping", .string("c1")), ("text", .string(text.string))])),
            ("annotations", .array([
                .object([("id", .integer(1)), ("completed_by", .integer(4)), ("result", .array(result))]),
                .object([("id", .integer(2)), ("completed_by", .integer(5)), ("result", .array([])), ("was_cancelled", .bool(true))]),
                .object([("id", .integer(3)), ("completed_by", .integer(6)), ("result", .array([]))]),
            ])),
        ])]).serialized()
        let imported = LabelStudioImporter(path: "e.json").annotations(fromJSON: json)
        #expect(imported.diagnostics.isEmpty)
        #expect(imported.annotations.map(\.annotator) == ["user-4", "user-6"])
        #expect(imported.annotations.first?.annotation.entities == [EntityMention(text: "بوتين", type: .person, start: 4, end: 9)])
        #expect(imported.annotations.first?.annotation.status == .draft)
    }

    @Test func refusesAPublicationDateWithAReasonForItsAbsence() {
        let json = """
            [{"data": {"clipping": "c1", "text": "نص"}, "annotations": [{"result": [
              {"id": "published", "from_name": "published", "to_name": "text", "type": "textarea", "value": {"text": ["2025-04-10"]}},
              {"id": "published-reason", "from_name": "published_reason", "to_name": "text", "type": "choices", "value": {"choices": ["absent"]}}]}]}]
            """
        let imported = LabelStudioImporter(path: "e.json").annotations(fromJSON: json)
        #expect(imported.diagnostics.map(\.description) == ["e.json:3:122: error: both a publication date and a reason why there is none: keep one"])
    }
}
