import Foundation
import Testing

/// A dataset with no scored clipping gives no scorecard and no gate: a run that scored nothing
/// must not look like a success.
@Suite struct EmptyDatasetTests {
    @Test(arguments: [
        ["score", "--bootstrap", "0"],
        ["score", "-", "--bootstrap", "0"],
        ["check", "--gate", "gate.yaml", "--update", "--bootstrap", "0"],
    ])
    func nothingToScoreIsAnError(arguments: [String]) throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }

        let result = try CommandRunner.run(arguments + ["--dataset", dataset.root.path], in: dataset.root, stdin: "")

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("no clipping to score"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: dataset.root.appendingPathComponent("gate.yaml").path))
    }
}
