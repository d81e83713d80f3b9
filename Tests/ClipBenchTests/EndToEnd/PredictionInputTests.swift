import Foundation
import Testing

/// Predictions given as a device (a symbolic link to /dev/zero) are refused at once by every
/// command that reads predictions, instead of being read for ever.
@Suite struct PredictionInputTests {
    @Test(arguments: [
        ["score", "PREDICTIONS", "--bootstrap", "0"],
        ["compare", "PREDICTIONS", "PREDICTIONS", "--bootstrap", "0"],
        ["check", "PREDICTIONS", "--gate", "gate.yaml", "--update", "--bootstrap", "0"],
    ])
    func aDeviceIsRefused(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let link = dataset.root.appendingPathComponent("predictions.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")

        let result = try CommandRunner.run(
            arguments.map { $0 == "PREDICTIONS" ? link.path : $0 } + ["--dataset", dataset.root.path],
            in: dataset.root)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("predictions.jsonl: error: cannot read the predictions: this is a device, not a file"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: dataset.root.appendingPathComponent("gate.yaml").path))
    }
}
