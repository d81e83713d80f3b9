import Foundation
import Testing
@testable import ClipBench

/// The sample report in Fixtures/score/report.json, in the evaluator's JSON shape.
func sampleReport() throws -> ScoreReport {
    let url = CommandRunner.fixturesFolder.appendingPathComponent("score/report.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    return try ScoreReport(json: try JSONValue(parsing: text))
}

struct ScoreReportTests {
    @Test func readsTheTopLevelKeys() throws {
        let report = try sampleReport()
        #expect(report.extractor == "sample")
        #expect(report.toolVersion == "0.1.0")
        #expect(report.fingerprint?.hasPrefix("5e0c1d3f") == true)
        #expect(report.documentCount == 2)
        #expect(report.missingCount == 1)
        #expect(report.bootstrapReplicates == 100)
        #expect(report.bootstrapSeed == "7")
        #expect(report.documents.map(\.id) == ["a", "b"])
        #expect(report.documents.map(\.isMissing) == [false, true])
    }

    @Test func flattensTheMetricsTreeIntoGroupsInReportOrder() throws {
        let report = try sampleReport()
        #expect(report.groups.map(\.path) == [
            "headline", "published", "body", "body.tokens.micro", "body.tokens.macro", "boilerplate",
            "entities.strict", "entities.by_type.PER.strict", "entities.by_type.PER.exact", "entities.text",
            "dates.strict", "dates.relaxed", "dates.text",
        ])
        #expect(report.group("published")?.attempted == false)
        #expect(report.group("headline")?.measures.map(\.name) == ["precision", "recall", "f1", "exact_match"])
        #expect(report.group("body")?.counts.map(\.0) == ["documents", "precision_documents", "recall_documents", "equal_documents"])
        #expect(report.group("entities.strict")?.counts.map(\.0).contains("partial") == true)
    }

    @Test func readsTheBootstrapSpreadOfEachMeasure() throws {
        let f1 = try #require(try sampleReport().group("headline")?.measure("f1"))
        #expect(f1.value == 0.6)
        #expect(f1.spread == MeasureSpread(standardDeviation: 0.15, low: 0.3, high: 0.9))
    }

    @Test func figuresLeaveOutTasksNotAttemptedAndUndefinedMeasures() throws {
        let figures = try sampleReport().figures
        #expect(figures["headline.exact_match"] == 0.5)
        #expect(figures["entities.strict.f1"] == 0.333333)
        #expect(figures["published.f1"] == nil)
        #expect(figures["body.tokens.macro.f1"] == nil)
        #expect(!figures.keys.contains { $0.hasPrefix("dates") })
    }

    @Test func refusesJSONThatIsNotAReport() throws {
        #expect(throws: ScoreReportError.self) { try ScoreReport(json: try JSONValue(parsing: #"{"id": "a"}"#)) }
    }
}

struct JSONValueParsingTests {
    @Test func keepsKeyOrderAndRoundTrips() throws {
        let text = #"{"b":1,"a":[true,null,-2.5,"x\n\u00e9\ud83d\ude00"],"c":{}}"#
        let value = try JSONValue(parsing: text)
        #expect(value.serialized() == #"{"b":1,"a":[true,null,-2.5,"x\né😀"],"c":{}}"#)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9), ("{\"a\" 1}", 1, 6), ("[1, 2", 1, 6), ("{\n  \"a\": tru}", 2, 8), ("1 2", 1, 3), ("\"\\q\"", 1, 2),
    ])
    func reportsTheLineAndColumnOfAProblem(text: String, line: Int, column: Int) {
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: text) }
        do {
            _ = try JSONValue(parsing: text)
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.column == column, "\(error)")
        }
    }
}

struct SavedReportDetectionTests {
    @Test func tellsSavedReportsFromPredictions() throws {
        let folder = try ScratchFolder()
        let report = try sampleReport()
        let pretty = try folder.write("pretty.json", report.json.serialized(pretty: true))
        let compact = try folder.write("compact.json", report.json.serialized() + "\n")
        let lines = try folder.write("p.jsonl", "{\"id\": \"a\"}\n{\"id\": \"b\"}\n")
        let prettyPrediction = try folder.write("one.json", "{\n  \"headline\": \"x\",\n  \"id\": \"a\"\n}\n")
        #expect(try ScoreReport.savedReport(atPath: pretty.path)?.get().extractor == "sample")
        #expect(try ScoreReport.savedReport(atPath: compact.path)?.get().extractor == "sample")
        #expect(ScoreReport.savedReport(atPath: lines.path) == nil)
        #expect(ScoreReport.savedReport(atPath: prettyPrediction.path) == nil)
        #expect(ScoreReport.savedReport(atPath: folder.url.path) == nil)
        #expect(ScoreReport.savedReport(atPath: "-") == nil)
    }
}
