import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `-o FILE` never puts a regular file in place of a device or FIFO, and says plainly why a
/// write fails.
@Suite struct OutputFileTests {
    @Test(arguments: [
        ["show", TemporaryDataset.sampleID, "--force"],
        ["score", "--bootstrap", "0", "--format", "json", "--force"],
    ])
    func aFIFOTargetIsWrittenIntoNotReplaced(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let fifo = dataset.root.appendingPathComponent("out.fifo")
        try #require(mkfifo(fifo.path, 0o600) == 0)
        // A reader that never blocks, so the command's open for writing succeeds at once.
        let reader = open(fifo.path, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }

        let result = try CommandRunner.run(arguments + ["-o", fifo.path, "--dataset", dataset.root.path])

        #expect(result.status == 0, "\(result)")
        var status = stat()
        #expect(lstat(fifo.path, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced by another kind of file")
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0, "nothing was written into the FIFO")
    }

    @Test(arguments: [
        ["show", TemporaryDataset.sampleID],
        ["score", "--bootstrap", "0"],
    ])
    func aMissingFolderIsNamedInPlainWords(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let target = dataset.root.appendingPathComponent("no/such/folder/out.txt")

        let result = try CommandRunner.run(arguments + ["-o", target.path, "--dataset", dataset.root.path])

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.contains("the folder"), "\(result)")
        #expect(result.stderr.contains("does not exist"), "\(result)")
        #expect(!result.stderr.contains("could not be completed"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: target.deletingLastPathComponent().path))
    }
}
