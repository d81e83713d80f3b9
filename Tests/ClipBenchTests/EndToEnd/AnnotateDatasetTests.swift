import Foundation
import Testing

/// `annotate` into a dataset whose `Annotations` is a file names that file plainly and adds nothing.
@Suite struct AnnotateDatasetTests {
    @Test func annotationsFolderThatIsAFile() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try FileManager.default.removeItem(at: dataset.annotationsFolder)
        try Data("not a folder\n".utf8).write(to: dataset.annotationsFolder)
        let clipping = dataset.root.appendingPathComponent("clip.txt")
        try Data(TemporaryDataset.sampleSeed.utf8).write(to: clipping)

        let result = try CommandRunner.run(["annotate", clipping.path, "--dataset", dataset.root.path])

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.contains("Annotations: error: is a file, not a folder"), "\(result)")
        #expect(!result.stderr.contains("could not be completed"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dataset.seedsFolder.path).isEmpty)
    }
}
