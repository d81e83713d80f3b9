import Foundation
import Testing
@testable import ClipBench

struct CheckCommandTests {
    @Test func pinsAGateThenPassesFailsBelowTheFloorAndRefusesToLowerIt() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let gate = scored.dataset.root.appendingPathComponent("Evaluation/gates/test.yaml")
        try FileManager.default.createDirectory(at: gate.deletingLastPathComponent(), withIntermediateDirectories: true)

        let missing = try scored.run(["check", scored.goldFile.path, "--gate", gate.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("pass --update to pin a new gate"))

        let pinned = try scored.run(["check", scored.goldFile.path, "--gate", gate.path, "--update", "--bootstrap", "0"])
        #expect(pinned.status == 0, "\(pinned.stderr)")
        #expect(pinned.stdout.contains("entities.strict.f1 1.0000 (new)"))
        let text = try String(contentsOf: gate, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../Schemas/gate.schema.json\n"))
        #expect(text.contains("  entities.strict.f1: {floor: 1, tolerance: 0.01}"))
        #expect(text.contains("\"seeds/\(TemporaryDataset.sampleID).txt\": "))

        let passed = try scored.run(["check", scored.goldFile.path, "--gate", gate.path, "--bootstrap", "0"])
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stdout.contains("gate passed"))

        let dropped = try scored.predictionWithoutLastEntity()
        let failed = try scored.run(["check", dropped, "--gate", gate.path, "--bootstrap", "0"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("FAIL  entities.strict.f1"))
        #expect(failed.stdout.contains("below"))

        let refused = try scored.run(["check", dropped, "--gate", gate.path, "--update", "--bootstrap", "0"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refusing to lower"))
        #expect(refused.stderr.contains("--allow-regression"))
        #expect(try String(contentsOf: gate, encoding: .utf8) == text)

        let lowered = try scored.run(["check", dropped, "--gate", gate.path, "--update", "--allow-regression", "--bootstrap", "0"])
        #expect(lowered.status == 0, "\(lowered.stderr)")
        #expect(lowered.stdout.contains("entities.strict.f1 1.0000 → 0.8888"))
    }

    @Test func failsWhenTheGoldChangedSincePinningNamingTheFile() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let gate = scored.dataset.root.appendingPathComponent("gate.yaml").path
        #expect(try scored.run(["check", scored.goldFile.path, "--gate", gate, "--update", "--bootstrap", "0"]).status == 0)
        let annotation = scored.dataset.annotationURL(TemporaryDataset.sampleID)
        let yaml = try String(contentsOf: annotation, encoding: .utf8)
        try Data((yaml + "notes: \"changed\"\n").utf8).write(to: annotation)
        let result = try scored.run(["check", scored.goldFile.path, "--gate", gate, "--bootstrap", "0"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("the gold or seeds changed since the gate was pinned: Annotations/\(TemporaryDataset.sampleID).yaml changed"))
    }

    @Test func checksASavedReportAndWritesJUnit() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let gate = scored.dataset.root.appendingPathComponent("gate.yaml").path
        #expect(try scored.run(["check", scored.goldFile.path, "--gate", gate, "--update", "--bootstrap", "0"]).status == 0)
        let report = scored.dataset.root.appendingPathComponent("report.json").path
        #expect(try scored.run(["score", scored.goldFile.path, "--format", "json", "-o", report, "--bootstrap", "0"]).status == 0)
        let result = try scored.run(["check", report, "--gate", gate, "--format", "junit"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<testsuite name=\"clipbench gate: gold\""))
        #expect(result.stdout.contains("name=\"dataset fingerprint\"/>"))
    }

    @Test func rejectsABadGateFileWithItsLine() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let gate = try scored.write("gate.yaml", "dataset: {sha256: \"\(String(repeating: "0", count: 64))\"}\nmetrics:\n  body.f1: {floor: 2}\n")
        let result = try scored.run(["check", scored.goldFile.path, "--gate", gate])
        #expect(result.status == 1)
        #expect(result.stderr.contains("gate.yaml:3:20: error: 'body.f1.floor' must be a number from 0 to 1"))
    }

    @Test func allowRegressionWithoutUpdateIsBadUsage() throws {
        let result = try CommandRunner.run(["check", "--gate", "x.yaml", "--allow-regression"])
        #expect(result.status == 64)
    }
}
