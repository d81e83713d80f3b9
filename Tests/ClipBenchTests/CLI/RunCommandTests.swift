import Foundation
import Testing
@testable import ClipBench

struct RunCommandTests {
    static let scripts = CommandRunner.fixturesFolder.appendingPathComponent("extract")

    func script(_ name: String) -> String { Self.scripts.appendingPathComponent(name).path }

    @Test(arguments: [
        ("hang.sh", "timeout"), ("crash.sh", "crash"), ("fail.sh", "exit-status"), ("garbage.sh", "invalid-prediction"),
        ("flood.sh", "output-too-large"), ("wrong-id.sh", "invalid-prediction"),
    ])
    func recordsABrokenExtractorAsFailed(name: String, reason: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-run-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.jsonl").path
        let result = try CommandRunner.run([
            "run", "--command", "\(script(name)) {file}", "--timeout", "1", "--max-output", "100000", "--jobs", "2",
            "-o", output, "000_fafa66e8a14f78c9", "002_545d3a95fd3ea7b3",
        ])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("2 failed"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).isEmpty)
        let failures = try String(contentsOfFile: output + ".failures.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(failures.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(failures[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "000_fafa66e8a14f78c9")
        #expect(first["reason"] as? String == reason)
        if name == "crash.sh" { #expect((first["stderr"] as? String)?.contains("crashing on purpose") == true) }
        if name == "fail.sh" { #expect((first["stderr"] as? String)?.contains("cannot parse") == true) }
    }

    @Test func collectsAWorkingExtractorInOrderOfId() throws {
        let result = try CommandRunner.run(["run", "--command", "\(script("works.sh")) {file}", "--jobs", "3"])
        #expect(result.status == 0, "\(result)")
        let predictions = try result.stdoutLines.map { try Prediction(jsonText: $0) }
        #expect(predictions.map(\.id) == DatasetLayout(root: CommandRunner.packageRoot).seedIDs())
        #expect(predictions.allSatisfy { $0.attempted == [.headline, .dates] })
        #expect(predictions.first?.headline == "logo")
    }

    @Test func writesTheSameBytesWhateverTheNumberOfJobs() throws {
        let one = try CommandRunner.run(["run", "--jobs", "1", "--command", "\(script("works.sh")) {file}"])
        let four = try CommandRunner.run(["run", "--jobs", "4", "--command", "\(script("works.sh")) {file}"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdoutData == four.stdoutData)
    }

    /// On a terminal (a pseudo-terminal from util-linux `script`) a progress bar is drawn on standard
    /// error; through a pipe it is not.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func drawsAProgressBarOnlyOnATerminal() throws {
        let binary = try #require(CommandRunner.binaryURL).path
        let command = "'\(binary)' run --jobs 1 --command '\(script("works.sh")) {file}' 002_545d3a95fd3ea7b3 >/dev/null"
        let onTerminal = ChildProcess.run(ChildProcess.Request(executable: "/usr/bin/script", arguments: ["-qec", command, "/dev/null"], timeout: 60))
        #expect(String(decoding: onTerminal.standardOutput, as: UTF8.self).contains("\r[" + String(repeating: "#", count: 30) + "] 1/1"))
        let piped = try CommandRunner.run(["run", "--jobs", "1", "--command", "\(script("works.sh")) {file}", "002_545d3a95fd3ea7b3"])
        #expect(!piped.stderr.contains("[#"))
    }

    @Test func sendsTheTextOnStandardInputWithTheIdInTheEnvironment() throws {
        let result = try CommandRunner.run(["run", "--stdin", "--command", script("stdin-id.sh"), "002_545d3a95fd3ea7b3"])
        #expect(result.status == 0, "\(result)")
        let prediction = try Prediction(jsonText: result.stdout)
        #expect(prediction.id == "002_545d3a95fd3ea7b3")
        let size = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("seeds/002_545d3a95fd3ea7b3.txt")).count
        #expect(prediction.body == "\(size) bytes")
    }

    @Test func runsTheBaselineThroughTheShell() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-run-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try #require(CommandRunner.binaryURL).path
        let output = folder.appendingPathComponent("baseline.jsonl").path
        let result = try CommandRunner.run(["run", "--shell", "--command", "'\(binary)' extract {file} | cat", "-o", output])
        #expect(result.status == 0, "\(result)")
        let direct = try CommandRunner.run(["extract"])
        #expect(try String(contentsOfFile: output, encoding: .utf8) == direct.stdout)
    }

    @Test(arguments: [["run", "--command", "tool"], ["run", "--command", "tool {file}", "--jobs", "0"], ["run", "--command", "'unclosed {file}"]])
    func rejectsBadUsage(arguments: [String]) throws {
        #expect(try CommandRunner.run(arguments).status == 64)
    }
}
