import Foundation
import Testing
@testable import ClipBench

@Suite struct RunTimingTests {
    @Test func summarisesTheMedianAndTotalOfTheWallTimes() throws {
        let timing = try #require(RunTiming(seconds: [0.4, 0.1, 0.2, 1.3], failed: 1))
        #expect(timing.clippings == 4)
        #expect(timing.failed == 1)
        #expect(abs(timing.medianSeconds - 0.3) < 1e-12)
        #expect(abs(timing.totalSeconds - 2.0) < 1e-12)
        #expect(RunTiming(seconds: [], failed: 0) == nil)
    }

    @Test func readsTheRunLogBesideThePredictions() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let predictions = folder.appendingPathComponent("mine.jsonl").path
        try Data().write(to: URL(fileURLWithPath: predictions))
        #expect(try RunTiming.read(forPredictions: predictions) == nil)
        try Data("""
            {"id":"a","seconds":0.5,"status":"done","exit_code":0,"signal":null}
            {"id":"b","seconds":1.5,"status":"exit-status","exit_code":3,"signal":null}

            """.utf8).write(to: URL(fileURLWithPath: predictions + ".run.jsonl"))
        let timing = try #require(try RunTiming.read(forPredictions: predictions))
        #expect(timing.clippings == 2 && timing.failed == 1 && timing.totalSeconds == 2 && timing.medianSeconds == 1)
    }

    @Test func namesTheLineOfABrokenRunLog() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let predictions = folder.appendingPathComponent("mine.jsonl").path
        try Data("{\"id\":\"a\",\"seconds\":0.5,\"status\":\"done\"}\n{\"id\":\"b\",\"seconds\":-1,\"status\":\"done\"}\n".utf8)
            .write(to: URL(fileURLWithPath: predictions + ".run.jsonl"))
        do {
            _ = try RunTiming.read(forPredictions: predictions)
            Issue.record("a negative time was read")
        } catch {
            #expect(error.diagnostic.location.line == 2)
            #expect(error.diagnostic.message.contains("seconds"))
        }
    }
}
