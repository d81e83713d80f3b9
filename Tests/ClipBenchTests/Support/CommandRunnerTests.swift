import Foundation
import Testing
@testable import ClipBench

struct CommandRunnerTests {
    @Test func runsTheBuiltBinaryAndCapturesItsVersion() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == ToolInfo.version)
    }

    @Test func reportsBadUsageWithExitStatus64() throws {
        let result = try CommandRunner.run(["--no-such-option"])
        #expect(result.status == 64)
        #expect(!result.stderr.isEmpty)
    }

    @Test func syntheticDatasetHasSeedAnnotationRegistryAndCard() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let manager = FileManager.default
        #expect(manager.fileExists(atPath: dataset.seedURL(TemporaryDataset.sampleID).path))
        let yaml = try String(contentsOf: dataset.annotationURL(TemporaryDataset.sampleID), encoding: .utf8)
        #expect(!yaml.contains("start: -1"), "every quote of the sample annotation is found in the sample seed")
        #expect(manager.fileExists(atPath: dataset.annotationsFolder.appendingPathComponent("entities.yaml").path))
    }
}
