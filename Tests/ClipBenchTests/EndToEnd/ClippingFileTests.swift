import Foundation
import Testing

/// A clipping path that is not a readable text file gets one plain diagnostic naming it, from
/// `extract` and `annotate` alike, never Foundation's "The operation could not be completed".
@Suite struct ClippingFileTests {
    enum Kind: String, CaseIterable, Sendable {
        case symlinkToDevZero, folder, missing
    }

    /// Makes the hostile path in `dataset` and returns it with the words the diagnostic must hold.
    private func make(_ kind: Kind, in dataset: TemporaryDataset) throws -> (path: String, expected: String) {
        let url = dataset.root.appendingPathComponent("clip.txt")
        switch kind {
        case .symlinkToDevZero:
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/dev/zero")
            return (url.path, "is a device, not a file")
        case .folder:
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return (url.path, "is a folder")
        case .missing:
            return (url.path, "")  // worded by each command ("does not exist", "no such file")
        }
    }

    @Test(arguments: Kind.allCases, ["extract", "annotate"])
    func aBadClippingPathIsOneDiagnostic(kind: Kind, command: String) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let (path, expected) = try make(kind, in: dataset)

        let result = try CommandRunner.run([command, path, "--dataset", dataset.root.path])

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.contains("clip.txt"), "\(result)")
        if !expected.isEmpty { #expect(result.stderr.contains(expected), "\(result)") }
        #expect(!result.stderr.contains("could not be completed"), "\(result)")
        #expect(!result.stderr.contains("permission"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }
}
