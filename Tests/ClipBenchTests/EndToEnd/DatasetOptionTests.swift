import Foundation
import Testing

/// `--dataset DIR` must name an existing folder: a typo is bad usage for every command, never
/// an empty run that exits 0 (or a new folder created where the user did not mean one).
@Suite struct DatasetOptionTests {
    static let commands: [[String]] = [
        ["validate"], ["show", "x"], ["stats"], ["gold"], ["extract"], ["run", "--command", "cat {file}"],
        ["score", "--bootstrap", "0"], ["compare", "a.jsonl", "b.jsonl"], ["check", "--gate", "gate.yaml"],
        ["annotate", "clip.txt"], ["anchor", "a.yaml"], ["agree", "a.yaml", "b.yaml"],
    ]

    @Test(arguments: commands)
    func aMissingDatasetFolderIsBadUsage(arguments: [String]) throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-missing-\(UUID().uuidString)")
        let result = try CommandRunner.run(arguments + ["--dataset", missing.path])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("does not exist"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: missing.path), "the command created the missing dataset folder")
    }

    @Test(arguments: commands)
    func aFileGivenAsDatasetIsBadUsage(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let file = dataset.seedURL(TemporaryDataset.sampleID)
        let result = try CommandRunner.run(arguments + ["--dataset", file.path])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("is a file"), "\(result)")
        #expect(!result.stderr.contains("could not be completed"), "\(result)")
    }
}
