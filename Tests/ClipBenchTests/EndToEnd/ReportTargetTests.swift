import Foundation
import Testing

/// `-o -` is standard output (no file named "-"), and a refused `-o` target is reported as one
/// `path: error: message` line like every other diagnostic.
@Suite struct ReportTargetTests {
    @Test(arguments: [
        ["show", TemporaryDataset.sampleID],
        ["score", "--bootstrap", "0", "--format", "json"],
    ])
    func dashIsStandardOutput(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }

        let result = try CommandRunner.run(arguments + ["-o", "-", "--dataset", dataset.root.path], in: dataset.root)

        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dataset.root.appendingPathComponent("-").path))
    }

    @Test(arguments: [
        ["score", "--bootstrap", "0"],
        ["compare", "PREDICTIONS", "PREDICTIONS", "--bootstrap", "0"],
        ["check", "PREDICTIONS", "--gate", "GATE", "--bootstrap", "0"],
    ])
    func aRefusedTargetIsOneDiagnosticNamingTheFile(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let gold = try CommandRunner.run(["gold", "--dataset", dataset.root.path])
        let predictions = dataset.root.appendingPathComponent("gold.jsonl")
        try gold.stdoutData.write(to: predictions)
        let gate = dataset.root.appendingPathComponent("gate.yaml")
        let pinned = try CommandRunner.run(["check", predictions.path, "--gate", gate.path, "--update", "--bootstrap", "0", "--dataset", dataset.root.path])
        try #require(pinned.status == 0, "\(pinned)")
        let report = dataset.root.appendingPathComponent("report.txt")
        try Data("mine\n".utf8).write(to: report)

        let result = try CommandRunner.run(
            arguments.map { $0 == "PREDICTIONS" ? predictions.path : $0 == "GATE" ? gate.path : $0 }
                + ["-o", report.path, "--dataset", dataset.root.path])

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["\(report.path): error: already exists; not overwritten; pass --force to overwrite it"], "\(result)")
        #expect(try String(contentsOf: report, encoding: .utf8) == "mine\n")
    }
}
