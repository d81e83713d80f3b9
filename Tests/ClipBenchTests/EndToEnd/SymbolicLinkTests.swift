import Foundation
import Testing

/// Writing through a symbolic link writes the file it points to, keeping the link and the
/// file's permissions: never a regular file with the link's 0777 mode in the link's place.
@Suite struct SymbolicLinkTests {
    /// The file's permission bits, and whether the path itself is a symbolic link.
    private func inspect(_ url: URL) throws -> (mode: Int, isLink: Bool) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
        return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1, isLink)
    }

    @Test func anchorEditsTheFileALinkPointsTo() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        // A quote without offsets, for anchor to fill in.
        let original = TemporaryDataset.sampleAnnotation()
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains("text: \"يوم الخميس\"") else { return String(line) }
            return line.replacingOccurrences(of: #"start: \d+, end: \d+, "#, with: "", options: .regularExpression)
        }
        let real = dataset.root.appendingPathComponent("elsewhere.yaml")
        try Data(lines.joined(separator: "\n").utf8).write(to: real)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: real.path)
        let link = dataset.annotationURL(TemporaryDataset.sampleID)
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)

        let result = try CommandRunner.run(["anchor", link.path, "--dataset", dataset.root.path])

        #expect(result.status == 0, "\(result)")
        #expect(try inspect(link).isLink, "the link was replaced by a file")
        #expect(try inspect(real).mode == 0o640)
        #expect(try String(contentsOf: real, encoding: .utf8) == original, "the real file was not anchored")
    }

    @Test func forceWritesThroughALink() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let real = dataset.root.appendingPathComponent("page.txt")
        try Data("old\n".utf8).write(to: real)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real.path)
        let link = dataset.root.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)

        let result = try CommandRunner.run(["show", TemporaryDataset.sampleID, "-o", link.path, "--force", "--dataset", dataset.root.path])

        #expect(result.status == 0, "\(result)")
        #expect(try inspect(link).isLink, "the link was replaced by a file")
        #expect(try inspect(real).mode == 0o600)
        #expect(try String(contentsOf: real, encoding: .utf8) != "old\n")
    }
}
