import Foundation
import Testing

/// `clipbench run -o FILE` keeps a user's existing file unless --force is given, and checks the
/// target before any extractor runs, so a long run never ends in a lost or unwanted write.
@Suite struct RunOutputTests {
    /// An extractor that leaves a marker file behind (so a test sees whether it ran) and prints
    /// an empty prediction.
    private func arguments(dataset: TemporaryDataset, marker: URL, output: String) -> [String] {
        ["run", TemporaryDataset.sampleID, "--dataset", dataset.root.path, "--stdin", "--shell",
         "--command", "touch '\(marker.path)'; echo '{\"headline\": null}'", "-o", output]
    }

    @Test func anExistingFileIsKeptWithoutForce() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let output = dataset.root.appendingPathComponent("mine.jsonl")
        let marker = dataset.root.appendingPathComponent("ran")
        try Data("my earlier results\n".utf8).write(to: output)

        let result = try CommandRunner.run(arguments(dataset: dataset, marker: marker, output: output.path))

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("mine.jsonl: error: already exists; not overwritten; pass --force"), "\(result)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "my earlier results\n")
        #expect(!FileManager.default.fileExists(atPath: marker.path), "the extractor ran although its results could not be written")
    }

    @Test func forceReplacesTheFile() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let output = dataset.root.appendingPathComponent("mine.jsonl")
        let marker = dataset.root.appendingPathComponent("ran")
        try Data("my earlier results\n".utf8).write(to: output)

        let result = try CommandRunner.run(arguments(dataset: dataset, marker: marker, output: output.path) + ["--force"])

        #expect(result.status == 0, "\(result)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "{\"id\":\"\(TemporaryDataset.sampleID)\",\"headline\":null}\n")
    }

    @Test func aMissingFolderIsReportedBeforeTheExtractorRuns() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let marker = dataset.root.appendingPathComponent("ran")
        let output = dataset.root.appendingPathComponent("no/such/folder/mine.jsonl").path

        let result = try CommandRunner.run(arguments(dataset: dataset, marker: marker, output: output))

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("does not exist"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: marker.path), "the extractor ran although its results could not be written")
    }
}
