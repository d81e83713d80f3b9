import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

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

/// A folder of `<id>.json` predictions whose entries are not regular files (a FIFO, a folder,
/// a link to /dev/zero) reports each one and goes on, instead of blocking or reading for ever.
@Suite struct PredictionFolderInputTests {
    @Test func entriesThatAreNotFilesAreReported() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let folder = dataset.root.appendingPathComponent("predictions", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #require(mkfifo(folder.appendingPathComponent("a.json").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b.json"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("c.json").path, withDestinationPath: "/dev/zero")

        let result = try CommandRunner.run(["score", folder.path, "--bootstrap", "0", "--dataset", dataset.root.path])

        #expect(result.status == 1, "\(result)")
        for name in ["a.json", "b.json", "c.json"] {
            #expect(result.stderr.contains("\(name): error: cannot read the prediction: not a regular file"), "\(result)")
        }
    }
}
