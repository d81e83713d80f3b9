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
        #expect(report.group("body")?.counts.map(\.name) == ["documents", "precision_documents", "recall_documents", "equal_documents"])
        #expect(report.group("entities.strict")?.counts.map(\.name).contains("partial") == true)
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
        let pretty = try folder.write("pretty.json", ScorecardJSONRenderer.render(report))
        let compact = try folder.write("compact.json", ScorecardJSONRenderer.jsonValue(of: report).serialized() + "\n")
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

/// The report model built from a scorecard: the catalogue decides each figure's kind, a saved
/// report reads back into the same model, and the renderers agree with it.
struct ScoreReportModelTests {
    /// Three clippings: one scored against its gold, one with a wrong headline and fewer entities, one missing.
    static func scorecard(replicates: Int, attempted: Set<PredictionTask> = Set(PredictionTask.allCases)) -> Scorecard {
        var evaluator = Evaluator(configuration: EvaluationConfiguration(
            extractor: "model", goldFingerprint: "f00d", bootstrapReplicates: replicates, seed: 3))
        for (index, id) in ["a", "b", "c"].enumerated() {
            let clipping = MetricsTestClipping.sample(id: id)
            var prediction = clipping.goldPrediction
            prediction.attempted = attempted
            if index == 1 {
                prediction.headline = "عنوان آخر"
                prediction.entities.removeFirst()
            }
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: index == 2 ? nil : prediction)
        }
        return evaluator.scorecard()
    }

    @Test(arguments: MetricCatalog.groups.map(\.path))
    func eachFigureHasTheKindTheCatalogueGivesIt(path: [String]) throws {
        let definition = try #require(MetricCatalog.group(path))
        let group = try #require(ScoreReport(scorecard: Self.scorecard(replicates: 20)).group(path.joined(separator: ".")))
        #expect(group.measures.map(\.name) == definition.measures.map(\.name))
        #expect(group.counts.map(\.name) == definition.counts.map(\.name))
        #expect(group.figures.map(\.name) == definition.measures.map(\.name) + definition.counts.map(\.name))
        #expect(group.measures.allSatisfy { $0.spread != nil || $0.value == nil })
        #expect(group.counts.allSatisfy { $0.spread == nil && $0.value != nil })
        #expect(group.isShown == definition.isShown)
    }

    /// Names that look alike are told apart by the catalogue: `exact_match` is a measure, `exact_matches` a count.
    @Test(arguments: [
        ("headline", "exact_match", ReportFigure.Kind.measure), ("headline", "exact_matches", .count),
        ("body", "precision_documents", .count), ("body", "accuracy", .measure),
        ("dates.relaxed", "value_accuracy", .measure), ("dates.relaxed", "value_correct", .count),
        ("entities.strict", "partial", .count), ("entities.strict", "possible", .count),
    ])
    func aFigureIsAMeasureOrACountByTheCatalogue(group: String, name: String, kind: ReportFigure.Kind) throws {
        let fresh = ScoreReport(scorecard: Self.scorecard(replicates: 0))
        let saved = try ScoreReport(json: ScorecardJSONRenderer.jsonValue(of: fresh))
        for report in [fresh, saved] {
            #expect(report.group(group)?.figures.first { $0.name == name }?.kind == kind)
        }
    }

    /// A saved JSON report reads back into the very model it was rendered from.
    @Test(arguments: [0, 1, 25])
    func aSavedReportReadsBackIntoTheSameModel(replicates: Int) throws {
        let fresh = ScoreReport(scorecard: Self.scorecard(replicates: replicates))
        let text = ScorecardJSONRenderer.render(fresh)
        let saved = try ScoreReport(json: try JSONValue(parsing: text))
        #expect(saved.groups == fresh.groups)
        #expect(saved.documents == fresh.documents)
        #expect(saved.attemptedCounts == fresh.attemptedCounts)
        #expect([saved.extractor, saved.fingerprint, saved.bootstrapSeed, saved.toolVersion] == [fresh.extractor, fresh.fingerprint, fresh.bootstrapSeed, fresh.toolVersion])
        #expect(saved.bootstrapReplicates == replicates && saved.documentCount == 3 && saved.missingCount == 1)
        #expect(ScorecardJSONRenderer.render(saved) == text)
        for format in [ReportFormat.table, .markdown, .junit] {
            #expect(format.render(saved) == format.render(fresh), "\(format)")
        }
    }

    @Test func valuesAreTheSixDecimalsTheReportPublishes() throws {
        let scorecard = Self.scorecard(replicates: 0)
        let report = ScoreReport(scorecard: scorecard)
        let exact = try #require(scorecard.measure("entities.strict.recall")?.value)
        let reported = try #require(report.group("entities.strict")?.measure("recall")?.value)
        #expect(exact != reported)   // mentions found over mentions to find: more than six decimals
        #expect(reported == (exact * 1_000_000).rounded() / 1_000_000)
    }

    /// A task no prediction attempted: its group holds no figures, and the groups inside it are
    /// left out (`body.tokens` under `body`), in the model as in the JSON.
    @Test(arguments: [PredictionTask.body, .entities, .dates])
    func groupsInsideATaskNotAttemptedAreLeftOut(task: PredictionTask) throws {
        var attempted = Set(PredictionTask.allCases)
        attempted.remove(task)
        if task == .body { attempted.remove(.regions) }
        let report = ScoreReport(scorecard: Self.scorecard(replicates: 5, attempted: attempted))
        let root = ["body": "body", "entities": "entities", "dates": "dates"][task.rawValue] ?? task.rawValue
        let groups = report.groups.filter { $0.keys.first == root }
        #expect(!groups.isEmpty)
        #expect(groups.allSatisfy { !$0.attempted && $0.figures.isEmpty })
        if task == .body { #expect(groups.map(\.path) == ["body"]) }
        #expect(report.figures.keys.allSatisfy { !$0.hasPrefix(root + ".") })
        let saved = try ScoreReport(json: ScorecardJSONRenderer.jsonValue(of: report))
        #expect(saved.groups == report.groups)
    }

    /// Each clipping's row: the catalogue's per-document groups; a missing clipping attempted everything.
    @Test func rowsHoldThePerDocumentGroups() throws {
        let report = ScoreReport(scorecard: Self.scorecard(replicates: 0, attempted: [.headline, .entities]))
        #expect(report.documents.map(\.id) == ["a", "b", "c"])
        let perDocument = MetricCatalog.groups.filter(\.perDocument).map { $0.path.joined(separator: ".") }
        let missing = try #require(report.documents.last)
        #expect(missing.isMissing && missing.groups.map(\.path) == perDocument)
        #expect(missing.groups.allSatisfy { $0.attempted })
        let scored = report.documents[1]
        #expect(scored.groups.first { $0.path == "published" }?.attempted == false)
        #expect(scored.figures["headline.exact_match"] == 0)
        #expect(report.documents[0].figures["entities.strict.f1"] == 1)
    }
}
