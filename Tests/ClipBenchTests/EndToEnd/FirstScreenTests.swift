import Foundation
import Testing
@testable import ClipBench

/// What a new user meets on the README's first screen, run as they would run it: each case was
/// a failure found that way (redesign issue), and each test fails on the behaviour it replaced.
@Suite struct FirstScreenTests {
    /// `check mine.jsonl --gate gates/mine.yaml --update` in a fresh checkout: the folder is
    /// created, a figure of 0 is not pinned (its floor would check nothing), and the gate then passes.
    @Test func pinningANewGateCreatesItsFolderAndPinsNoZeroFloor() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let clipping = try GoldLoader(layout: DatasetLayout(root: scored.dataset.root)).clipping(id: TemporaryDataset.sampleID).get()
        var prediction = GoldExporter.prediction(for: clipping.annotation)
        prediction.headline = "عنوان لا علاقة له"
        let predictions = try scored.write("mine.jsonl", prediction.jsonLine + "\n")

        let pinned = try scored.run(["check", predictions, "--gate", "gates/mine.yaml", "--update", "--bootstrap", "0"])
        #expect(pinned.status == 0, "\(pinned)")
        let gate = try String(contentsOf: scored.dataset.root.appendingPathComponent("gates/mine.yaml"), encoding: .utf8)
        #expect(!gate.contains("headline.exact_match"), "a zero figure was pinned:\n\(gate)")
        #expect(gate.contains("entities.strict.f1"))
        #expect(!gate.contains("{floor: 0,"))

        let checked = try scored.run(["check", predictions, "--gate", "gates/mine.yaml", "--bootstrap", "0"])
        #expect(checked.status == 0, "\(checked)")
    }

    /// A failed gate closes with the list of what failed, after all the `ok` lines.
    @Test func aFailedGateEndsWithWhatFailed() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let pinned = try scored.run(["check", scored.goldFile.path, "--gate", "gate.yaml", "--update", "--bootstrap", "0"])
        #expect(pinned.status == 0, "\(pinned)")
        let failed = try scored.run(["check", try scored.predictionWithoutLastEntity(), "--gate", "gate.yaml", "--bootstrap", "0"])
        #expect(failed.status == 1)
        let lines = failed.stdout.split(separator: "\n").map(String.init)
        let summary = try #require(lines.firstIndex { $0.hasPrefix("gate failed:") })
        let listed = lines[(summary + 1)...]
        #expect(listed.contains { $0.hasPrefix("  entities.strict.f1: ") && $0.contains("below") }, "\(failed.stdout)")
        #expect(!listed.contains { $0.contains("headline") }, "a passing metric is listed as failed")
    }

    /// A file that cannot be read is an error even with --allow-invalid, never five missing clippings.
    @Test func anUnreadablePredictionsFileFailsEvenWithAllowInvalid() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let result = try scored.run(["score", "missing.jsonl", "--allow-invalid", "--bootstrap", "0"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("missing.jsonl: error: cannot read the predictions"))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["score"], ["check", "--gate", "gate.yaml"], ["show", "002"], ["gold"], ["stats"], ["validate"]])
    func outsideADatasetSaysSo(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-nodataset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(arguments, in: folder)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("no dataset here (no seeds/ and Annotations/): use --dataset DIR"), "\(result)")
        #expect(!result.stderr.contains("unknown clipping id"))
    }

    @Test func anAbbreviatedIDGetsTheFullOne() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["show", "sample", "--dataset", dataset.root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean \(TemporaryDataset.sampleID)?"), "\(result)")
    }

    /// A run with no failure writes no failures file, so nothing is left to block the next run.
    @Test func aRunWithoutFailuresLeavesNoFailuresFile() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let output = dataset.root.appendingPathComponent("out.jsonl").path
        let arguments = ["run", "--dataset", dataset.root.path, "--stdin", "--shell", "--command", "cat > /dev/null; echo '{\"headline\": null}'", "-o", output]
        let first = try CommandRunner.run(arguments)
        #expect(first.status == 0, "\(first)")
        #expect(FileManager.default.fileExists(atPath: output))
        #expect(!FileManager.default.fileExists(atPath: output + ".failures.jsonl"))
        try FileManager.default.removeItem(atPath: output)
        let second = try CommandRunner.run(arguments)
        #expect(second.status == 0, "\(second)")
    }

    /// One prediction without an id, piped from an extractor, is scored with --id.
    @Test func aPredictionWithoutAnIDIsScoredWithTheIDOption() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let refused = try scored.run(["score", "-", "--bootstrap", "0"], stdin: #"{"headline": "x"}"# + "\n")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the key 'id' is required"))
        let scoredWithID = try scored.run(["score", "-", "--id", TemporaryDataset.sampleID, "--format", "json", "--bootstrap", "0"], stdin: #"{"headline": "x"}"# + "\n")
        #expect(scoredWithID.status == 0, "\(scoredWithID)")
        #expect(scoredWithID.stdout.contains("\"documents\""))
        #expect(!scoredWithID.stderr.contains("scored as missing"))
        #expect(try scored.run(["score", "--id", TemporaryDataset.sampleID]).status == 64)
    }

    /// The dataset card's `documents:` is checked against the clippings it describes.
    @Test func aStaleDocumentCountFailsStrictValidation() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeCard(TemporaryDataset.sampleCard.replacingOccurrences(of: "documents: 1", with: "documents: 5"))
        let result = try CommandRunner.run(["validate", "--strict", "--dataset", dataset.root.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("dataset.yaml:9:12: warning: documents: 5, but the dataset has 1 clipping with status done"), "\(result)")
    }

    /// The first bad byte of a clipping that is not UTF-8 is named where it is, not at the end.
    @Test func aBadByteIsNamedWhereItIs() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        let file = dataset.root.appendingPathComponent("bad.txt")
        try Data(Array("abc".utf8) + [0xED, 0xA0, 0x80] + Array("def".utf8)).write(to: file)
        let result = try CommandRunner.run(["extract", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("invalid byte sequence at byte 3"), "\(result)")
    }
}
