import Foundation
import Testing
@testable import ClipBench

/// Writes files into a fresh temporary folder, removed when the value goes away.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-score-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }
}

/// What a reader produced: the predictions with their lines, and the diagnostics.
struct ReadOutcome {
    var records: [PredictionRecord] = []
    var diagnostics: [Diagnostic] = []

    init(_ reader: PredictionReader) {
        reader.forEachPrediction { records.append($0) } onProblem: { diagnostics.append($0) }
    }

    var ids: [String] { records.map(\.prediction.id) }
}

struct PredictionReaderTests {
    @Test func readsJSONLinesInOrderWithLineNumbers() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("p.jsonl", "{\"id\": \"a\", \"headline\": \"x\"}\n\n{\"id\": \"b\"}\r\n{\"id\": \"c\"}")
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.ids == ["a", "b", "c"])
        #expect(outcome.records.map(\.location.line) == [1, 3, 4])
        #expect(outcome.records[0].prediction.attempted == [.headline])
    }

    @Test func readsOnePrettyPrintedObject() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("p.json", "\n{\n  \"id\": \"a\",\n  \"entities\": []\n}\n")
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.ids == ["a"])
        #expect(outcome.records.first?.location.line == 2)
    }

    @Test func pointsAtTheKeyOfAWrongTypeInsideAPrettyPrintedObject() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("p.json", "{\n  \"id\": \"a\",\n  \"entities\": [\n    {\"text\": \"x\", \"type\": \"PERSON\"}\n  ]\n}\n")
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.records.isEmpty)
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.location.column == 27)
        #expect(diagnostic.message.contains("entities[0].type"))
    }

    @Test func readsAFolderOfIDFiles() throws {
        let folder = try ScratchFolder()
        try folder.write("out/b.json", "{\"id\": \"b\"}\n")
        try folder.write("out/a.json", "{\n \"id\": \"a\"\n}\n")
        try folder.write("out/notes.txt", "ignored")
        try folder.write("out/c.json", "{\"id\": \"wrong\"}")
        let outcome = ReadOutcome(PredictionReader(path: folder.url.appendingPathComponent("out").path))
        #expect(outcome.ids == ["a", "b"])
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.location.path.hasSuffix("out/c.json") == true)
        #expect(outcome.diagnostics.first?.message.contains("differs from the file name") == true)
    }

    @Test(arguments: [
        // (content, line, column, words in the message)
        ("{\"id\": \"a\"}\nnot json\n{\"id\": \"b\"}", 2, 1, "not valid JSON"),
        ("{\"id\": \"a\", \"headline\": 5}", 1, 25, "headline: must be a string or null"),
        ("{\"id\": \"a\"}\n{\"id\": \"b\", \"entities\": [{\"text\": \"x\", \"type\": \"PER\", \"start\": \"4\", \"end\": 5}]}", 2, 64, "entities[0].start"),
        ("{\"id\": 7}", 1, 8, "'id' must be a string"),
        ("{\"id\": \"a\", \"headlines\": \"x\"}", 1, 26, "unknown key 'headlines'"),
        ("{\"headline\": \"x\"}", 1, 1, "'id' is required"),
        ("{\"id\": \"a\", \"body\": \"x\",, }", 1, 25, "not valid JSON"),
        ("[{\"id\": \"a\"}, {\"id\": \"b\"}]", 1, 1, "JSON Lines"),
        ("\"just a string\"", 1, 1, "must be a JSON object"),
    ])
    func reportsEachBadLineWithItsFileLineAndColumn(content: String, line: Int, column: Int, words: String) throws {
        let folder = try ScratchFolder()
        let file = try folder.write("bad.jsonl", content)
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(outcome.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.path.hasSuffix("bad.jsonl"))
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column == column)
        #expect(diagnostic.message.contains(words), "\(diagnostic)")
    }

    @Test func readsJSONLinesWhoseFirstLineIsBrokenLineByLine() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("p.jsonl", "{\"id\": \"a\", \"body\": \n{\"id\": \"b\"}\n\n{\"id\": \"c\"}\n")
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.ids == ["b", "c"])
        #expect(outcome.diagnostics.map(\.location.line) == [1])
        #expect(outcome.records.map(\.location.line) == [2, 4])
    }

    @Test func goesOnAfterABadLine() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("p.jsonl", "{\"id\": \"a\"}\n{oops\n{\"id\": \"b\"}\n")
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.ids == ["a", "b"])
        #expect(outcome.diagnostics.map(\.location.line) == [2])
    }

    @Test(arguments: ["", "\n\n  \n"])
    func warnsAboutAnEmptyFile(content: String) throws {
        let folder = try ScratchFolder()
        let file = try folder.write("empty.jsonl", content)
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.records.isEmpty)
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(outcome.diagnostics.first?.message.contains("empty") == true)
    }

    @Test func reportsAMissingFile() throws {
        let folder = try ScratchFolder()
        let outcome = ReadOutcome(PredictionReader(path: folder.url.appendingPathComponent("nope.jsonl").path))
        #expect(outcome.diagnostics.map(\.severity) == [.error])
        #expect(outcome.diagnostics.first?.location.path.hasSuffix("nope.jsonl") == true)
    }

    @Test func skipsALineLongerThanTheLimitAndReadsTheNext() throws {
        let folder = try ScratchFolder()
        let long = "{\"id\": \"a\", \"body\": \"" + String(repeating: "نص ", count: 100_000) + "\"}"
        let file = try folder.write("p.jsonl", long + "\n{\"id\": \"b\"}\n" + long)
        var reader = PredictionReader(input: .file(file))
        reader.maximumLineLength = 1000
        let outcome = ReadOutcome(reader)
        #expect(outcome.ids == ["b"])
        #expect(outcome.diagnostics.map(\.location.line) == [1, 3])
        #expect(outcome.diagnostics.allSatisfy { $0.message.contains("longer than the limit") })
    }

    @Test func readsALineOfSeveralMegabytesInOnePiece() throws {
        let folder = try ScratchFolder()
        let body = String(repeating: "مُحَمَّد ", count: 400_000)
        let file = try folder.write("p.jsonl", "{\"id\": \"a\", \"body\": \"\(body)\"}\n{\"id\": \"b\"}\n")
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.records.first?.prediction.body == body)
        #expect(outcome.ids == ["a", "b"])
    }

    @Test func reportsInvalidUTF8AtItsByte() throws {
        let folder = try ScratchFolder()
        var data = Data("{\"id\": \"a\"}\n{\"id\": \"".utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        data.append(Data("\"}\n".utf8))
        let file = try folder.write("p.jsonl", data)
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.ids == ["a"])
        #expect(outcome.diagnostics.first?.location.line == 2)
        #expect(outcome.diagnostics.first?.location.column == 9)
        #expect(outcome.diagnostics.first?.message.contains("UTF-8") == true)
    }

    @Test func dropsAByteOrderMark() throws {
        let folder = try ScratchFolder()
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("{\"id\": \"a\"}\n".utf8))
        let outcome = ReadOutcome(PredictionReader(input: .file(try folder.write("p.jsonl", data))))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.ids == ["a"])
    }

    @Test func lineReaderSplitsAcrossChunkBoundaries() throws {
        let folder = try ScratchFolder()
        let lines = (0..<50).map { "line \($0) " + String(repeating: "ب", count: $0) }
        let file = try folder.write("lines.txt", lines.joined(separator: "\n"))
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        var reader = PredictionReader.LineReader(handle: handle, maximumLineLength: 10_000, chunkSize: 7)
        var read: [String] = []
        while let line = reader.next() {
            guard case .text(let text) = line.content else { Issue.record("unexpected \(line.content)"); continue }
            #expect(line.number == read.count + 1)
            read.append(text)
        }
        #expect(read == lines)
    }
}

/// The reader and `Schemas/prediction.schema.json` agree on the fixtures in Fixtures/score/predictions:
/// `.ci/run` checks the same files with check-jsonschema (valid/ must pass, each of invalid/ must fail).
struct PredictionSchemaAgreementTests {
    static func fixtures(_ kind: String) -> [URL] {
        let folder = CommandRunner.fixturesFolder.appendingPathComponent("score/predictions/\(kind)")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    @Test func thereAreFixturesOfBothKinds() {
        #expect(Self.fixtures("valid").count >= 4)
        #expect(Self.fixtures("invalid").count >= 10)
    }

    @Test(arguments: fixtures("valid"))
    func readsEveryValidFixture(file: URL) {
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.records.count == 1)
    }

    @Test(arguments: fixtures("invalid"))
    func rejectsEveryInvalidFixtureWithALocatedError(file: URL) {
        let outcome = ReadOutcome(PredictionReader(input: .file(file)))
        #expect(outcome.records.isEmpty)
        #expect(outcome.diagnostics.map(\.severity) == [.error])
        #expect(outcome.diagnostics.first?.location.line == 1)
    }
}
