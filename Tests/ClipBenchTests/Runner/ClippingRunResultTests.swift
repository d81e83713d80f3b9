import Foundation
import Testing
@testable import ClipBench
@testable import ClipBenchExtraction

/// The run log (`clipbench run -o FILE` → `FILE.run.jsonl`) against `Schemas/run-log.schema.json`:
/// every line the runner writes has exactly the fields the schema requires, of its types, and the
/// schema's statuses are exactly `done` and the runner's failure reasons.
struct ClippingRunResultTests {
    static func schema() throws -> JSONValue {
        let url = CommandRunner.packageRoot.appendingPathComponent("Schemas/run-log.schema.json")
        return try JSONParser.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    /// Checks one run-log record against the schema's required fields, its closed property list and
    /// the types of each field; returns what does not fit.
    static func problems(of record: JSONValue, schema: JSONValue) -> [String] {
        guard case .object(let members) = record else { return ["not an object"] }
        let keys = members.map(\.0)
        let required = schema.member("required")?.asArray?.compactMap(\.asString) ?? []
        var problems: [String] = []
        if Set(keys) != Set(required) { problems.append("keys \(keys.sorted()), the schema requires \(required.sorted())") }
        if keys.count != Set(keys).count { problems.append("a repeated key") }
        let statuses = schema.member("properties")?.member("status")?.member("enum")?.asArray?.compactMap(\.asString) ?? []
        if let id = record.member("id")?.asString {
            if ClippingID.problem(with: id) != nil { problems.append("id '\(id)' is not a clipping id") }
        } else { problems.append("id is not a string") }
        if let seconds = record.member("seconds")?.asDouble {
            if !(seconds >= 0) { problems.append("seconds \(seconds) < 0") }
        } else { problems.append("seconds is not a number") }
        if let status = record.member("status")?.asString {
            if !statuses.contains(status) { problems.append("status '\(status)' is not in the schema's \(statuses)") }
        } else { problems.append("status is not a string") }
        for key in ["exit_code", "signal"] {
            let value: JSONValue? = record.member(key)
            if value?.serialized() != "null", value?.asInteger == nil { problems.append("\(key) is neither an integer nor null") }
        }
        return problems
    }

    static let failures: [ClippingRunResult.Failure?] = [
        nil, .timedOut(seconds: 2), .crashed(signal: 9), .exitedNonZero(status: 3), .outputTooLarge(limit: 16),
        .invalidPrediction("not JSON"), .couldNotStart("no such file"),
    ]

    @Test func theSchemasStatusesAreDoneAndEveryFailureReason() throws {
        let statuses = try Self.schema().member("properties")?.member("status")?.member("enum")?.asArray?.compactMap(\.asString)
        #expect(statuses.map(Set.init) == Set(Self.failures.map { $0?.reason ?? ClippingRunResult.doneStatus }))
    }

    @Test(arguments: failures)
    func everyRecordHasTheSchemasFields(failure: ClippingRunResult.Failure?) throws {
        let result = ClippingRunResult(source: ClippingSource(id: "000_fafa66e8a14f78c9", url: URL(fileURLWithPath: "/seeds/000_fafa66e8a14f78c9.txt")),
                                       prediction: nil, failure: failure, standardError: "", seconds: 0.25)
        let record = result.runRecord
        #expect(Self.problems(of: record, schema: try Self.schema()) == [], "\(record.serialized())")
        // A killed extractor has a signal and no exit code; one that exited has the code and no signal.
        if case .crashed? = failure {
            #expect(record.member("signal")?.asInteger == 9 && record.member("exit_code")?.serialized() == "null")
        } else {
            #expect(record.member("signal")?.serialized() == "null")
        }
    }

    /// The log a real run writes, a clipping that worked and one whose extractor failed.
    @Test func theLogARunWritesHasTheSchemasFields() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = try Self.schema()
        for (script, expectedStatus) in [("works.sh", "done"), ("fail.sh", "exit-status")] {
            let output = folder.appendingPathComponent("\(script).jsonl").path
            let command = CommandRunner.fixturesFolder.appendingPathComponent("extract/\(script)").path + " {file}"
            _ = try CommandRunner.run(["run", "--command", command, "-o", output])
            let lines = try String(contentsOfFile: output + ClippingRunResult.runLogSuffix, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 5, "\(script)")
            for line in lines {
                let record = try JSONParser.parse(String(line))
                #expect(Self.problems(of: record, schema: schema) == [], "\(script): \(line)")
                #expect(record.member("status")?.asString == expectedStatus)
            }
        }
    }
}
