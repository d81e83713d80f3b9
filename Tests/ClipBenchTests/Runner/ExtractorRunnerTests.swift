import Foundation
import Testing
@testable import ClipBench

struct ExtractorRunnerTests {
    @Test func fillsInAMissingIdAndChecksAGivenOne() throws {
        let filled = try ExtractorRunner.prediction(from: Data(#"{"dates": []}"#.utf8), id: "a")
        #expect(filled.id == "a" && filled.attempted == [.dates])
        #expect(throws: PredictionDecodingError.self) { try ExtractorRunner.prediction(from: Data(#"{"id": "b"}"#.utf8), id: "a") }
    }

    @Test(arguments: ["", "  \n", "[1]", "{\"id\": \"a\"}\n{\"id\": \"a\"}", "{\"headline\": 3}", "{\"colour\": 1}"])
    func refusesOutputThatIsNotOnePrediction(output: String) {
        #expect(throws: PredictionDecodingError.self) { try ExtractorRunner.prediction(from: Data(output.utf8), id: "a") }
    }

    @Test func killsTheWholeProcessGroupAtTheTimeout() throws {
        // The shell starts a child that would outlive it; both must be gone after the timeout.
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-child-\(UUID().uuidString)")
        let outcome = ChildProcess.run(ChildProcess.Request(
            executable: "/bin/sh", arguments: ["-c", "(sleep 2; touch '\(marker.path)') & sleep 30"], timeout: 0.5))
        #expect(outcome.termination == .timedOut)
        Thread.sleep(forTimeInterval: 2.5)
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func readsBothPipesWithoutDeadlock() {
        // 1 MB on standard error and 1 MB on standard output at the same time.
        let outcome = ChildProcess.run(ChildProcess.Request(
            executable: "/bin/sh", arguments: ["-c", "head -c 1000000 /dev/zero | tr '\\0' e >&2 & head -c 1000000 /dev/zero | tr '\\0' o; wait"],
            timeout: 20, keptErrorOutput: 1000))
        #expect(outcome.termination == .exited(0))
        #expect(outcome.standardOutput.count == 1_000_000)
        #expect(outcome.standardError.count == 1000 && outcome.errorTruncated)
    }

    @Test func reportsAProgramThatDoesNotExist() {
        let outcome = ChildProcess.run(ChildProcess.Request(executable: "/no/such/program"))
        if case .failedToStart = outcome.termination {} else if case .exited(127) = outcome.termination {} else {
            Issue.record("unexpected termination \(outcome.termination)")
        }
    }
}

struct ClippingReaderTests {
    @Test func keepsAByteOrderMarkSoOffsetsMatchTheFile() throws {
        let text = try ClippingReader.decode(Data([0xEF, 0xBB, 0xBF, 0x61]), path: "x.txt")
        #expect(text.count == 2)
        #expect(text.scalars[0] == "\u{FEFF}")
    }

    @Test(arguments: [([0x61, 0x00], "is a binary file, not text (a NUL byte at byte 1)"), ([0x61, 0xC3], "is not UTF-8 text (invalid byte sequence at byte 1)"), ([0xE9], "is not UTF-8 text (invalid byte sequence at byte 0)")])
    func refusesBinaryAndNonUTF8(bytes: [UInt8], message: String) {
        #expect(throws: ClippingReadError(path: "x.txt", message: message)) { try ClippingReader.decode(Data(bytes), path: "x.txt") }
    }
}
