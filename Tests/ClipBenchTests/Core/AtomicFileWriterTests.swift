import Foundation
import Testing
@testable import ClipBench
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct AtomicFileWriterTests {
    private func contents(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func permissions(_ url: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int
    }

    /// The names in `folder`, temporary files included (they start with a dot).
    private func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// A line repeated: once, never (an empty file), and 100,000 times (1 MB, many write calls' worth).
    @Test(arguments: [("x\n", 1), ("x\n", 0), ("مُحَمَّد 😀\n", 1), ("long line\n", 100_000)])
    func writesANewFile(line: String, times: Int) throws {
        let text = String(repeating: line, count: times)
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.txt")
        try AtomicFileWriter.write(text, to: url, replacing: false)
        #expect(contents(url) == text)
        // No temporary file is left beside it.
        #expect(names(in: folder) == ["out.txt"])
    }

    @Test func refusesToReplaceWithoutBeingAsked() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("mine.txt")
        try AtomicFileWriter.write("the user's own file\n", to: url, replacing: false)
        let failure = #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write("new\n", to: url, replacing: false)
        }
        #expect(failure?.alreadyExists == true)
        #expect(failure?.message == "already exists; not overwritten")
        #expect(failure?.description == "\(DisplayPath.of(url)): already exists; not overwritten")
        #expect(contents(url) == "the user's own file\n")
        #expect(names(in: folder) == ["mine.txt"])
    }

    /// A read-only file is replaced too (by rename, as `sed -i` does: the folder's permissions
    /// decide, issue 12's decision), and stays read-only.
    @Test(arguments: [0o600, 0o640, 0o755, 0o444, 0o400])
    func replacingKeepsThePermissions(mode: Int) throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("report.json")
        try AtomicFileWriter.write("old\n", to: url, replacing: false)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        try AtomicFileWriter.write("new\n", to: url, replacing: true)
        #expect(contents(url) == "new\n")
        #expect(permissions(url) == mode)
        #expect(names(in: folder) == ["report.json"])
    }

    @Test func replacingSwapsTheFileInOneRename() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("report.json")
        try AtomicFileWriter.write("old\n", to: url, replacing: false)
        // A reader holding the old file keeps reading the old bytes: the name now points at a new file.
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        try AtomicFileWriter.write("new\n", to: url, replacing: true)
        #expect(String(decoding: handle.readDataToEndOfFile(), as: UTF8.self) == "old\n")
        #expect(contents(url) == "new\n")
    }

    @Test(arguments: [false, true])
    func writesThroughASymbolicLink(linkIsRelative: Bool) throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.txt")
        let link = folder.appendingPathComponent("link.txt")
        try AtomicFileWriter.write("old\n", to: real, replacing: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: real.path)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: linkIsRelative ? "real.txt" : real.path)
        // Without --force the file behind the link is protected like any other.
        #expect(throws: AtomicFileWriter.Failure.self) { try AtomicFileWriter.write("new\n", to: link, replacing: false) }
        try AtomicFileWriter.write("new\n", to: link, replacing: true)
        // The file it points to is rewritten, and the link stays a link.
        #expect(contents(real) == "new\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == (linkIsRelative ? "real.txt" : real.path))
        #expect(permissions(real) == 0o640)
    }

    /// A link to a file not made yet: the file is created behind it, and the link is kept.
    @Test(arguments: [false, true])
    func writesThroughADanglingSymbolicLink(replacing: Bool) throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "later.txt")
        try AtomicFileWriter.write("made\n", to: link, replacing: replacing)
        #expect(contents(folder.appendingPathComponent("later.txt")) == "made\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "later.txt")
        #expect(names(in: folder) == ["later.txt", "link.txt"])
    }

    @Test func refusesALoopOfLinks() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a")
        try FileManager.default.createSymbolicLink(atPath: first.path, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: "a")
        #expect(throws: AtomicFileWriter.Failure.self) { try AtomicFileWriter.write("x\n", to: first, replacing: false) }
        #expect(names(in: folder) == ["a", "b"])
    }

    @Test func writesIntoADeviceWithoutReplacingIt() throws {
        // `-o /dev/null` is written into, with or without replacing, and stays a device.
        try AtomicFileWriter.write("discarded\n", to: URL(fileURLWithPath: "/dev/null"), replacing: false)
        try AtomicFileWriter.write("discarded\n", to: URL(fileURLWithPath: "/dev/null"), replacing: true)
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func writesIntoAFIFO() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // Held open for reading and writing, the FIFO lets the writer open it without waiting for a reader.
        let reader = open(fifo.path, O_RDWR | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFileWriter.write("through the pipe\n", to: fifo, replacing: false)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == 17)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe\n")
        // Still a FIFO, not a regular file put in its place.
        var status = stat()
        #expect(stat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func refusesAMissingFolder() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("no/such/folder/out.txt")
        let failure = #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write("x\n", to: url, replacing: true)
        }
        #expect(failure?.alreadyExists == false)
        #expect(failure?.message.hasPrefix("cannot write: the folder ") == true)
        #expect(failure?.message.hasSuffix("no/such/folder does not exist") == true, "\(String(describing: failure))")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
    }

    @Test(arguments: [false, true])
    func refusesAFolder(replacing: Bool) throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let failure = #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write("x\n", to: folder, replacing: replacing)
        }
        #expect(failure?.message == "is a folder, not a file")
        #expect(names(in: folder) == [])
    }

    @Test func aFileCreatedMeanwhileIsNotOverwritten() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.txt")
        let temporary = folder.appendingPathComponent(".out.txt.tmp")
        try Data("ours\n".utf8).write(to: temporary)
        // Another process creates the file after the writer checked that the name was free.
        try Data("theirs\n".utf8).write(to: url)
        let failure = #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.publish(temporary, as: url, replacing: false, path: "out.txt")
        }
        #expect(failure?.alreadyExists == true)
        #expect(contents(url) == "theirs\n")
        // With the name still free, the same step gives the file its name.
        let other = folder.appendingPathComponent("other.txt")
        try AtomicFileWriter.publish(temporary, as: other, replacing: false, path: "other.txt")
        #expect(contents(other) == "ours\n")
    }
    // MARK: - Streamed writes

    /// Pieces of different sizes (many small ones, one bigger than the 64 KiB buffer, none) give
    /// the same bytes as one whole write.
    @Test(arguments: [(["a\n", "مُحَمَّد 😀\n"], 1), (["row\n"], 100_000), ([String(repeating: "x", count: 200_000)], 2), ([], 0)])
    func aStreamedWriteGivesTheSameBytes(pieces: [String], times: Int) throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = folder.appendingPathComponent("whole.txt")
        let streamed = folder.appendingPathComponent("streamed.txt")
        let text = String(repeating: pieces.joined(), count: times)
        try AtomicFileWriter.write(text, to: whole, replacing: false)
        try AtomicFileWriter.write(to: streamed, replacing: false) { file in
            for _ in 0..<times { for piece in pieces { try file.write(piece) } }
        }
        #expect(FileManager.default.contents(atPath: streamed.path) == FileManager.default.contents(atPath: whole.path))
        #expect(names(in: folder) == ["streamed.txt", "whole.txt"])
    }

    private struct ProducerFailed: Error {}

    /// A producer that fails half way leaves no file and no temporary file, new or replacing.
    @Test(arguments: [false, true])
    func aFailedProducerLeavesNothing(replacing: Bool) throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("report.json")
        if replacing { try AtomicFileWriter.write("old\n", to: url, replacing: false) }
        #expect(throws: ProducerFailed.self) {
            try AtomicFileWriter.write(to: url, replacing: replacing) { file in
                try file.write(String(repeating: "half a report\n", count: 10_000))
                throw ProducerFailed()
            }
        }
        #expect(names(in: folder) == (replacing ? ["report.json"] : []))
        if replacing { #expect(contents(url) == "old\n") }
    }

    /// Without replacing, an existing file is refused before the producer runs (a long report is
    /// not computed for nothing) and kept as it was.
    @Test func anExistingFileIsRefusedBeforeProducing() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("mine.txt")
        try AtomicFileWriter.write("the user's own file\n", to: url, replacing: false)
        var produced = false
        let failure = #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write(to: url, replacing: false) { file in
                produced = true
                try file.write("new\n")
            }
        }
        #expect(failure?.alreadyExists == true)
        #expect(!produced)
        #expect(contents(url) == "the user's own file\n")
        #expect(names(in: folder) == ["mine.txt"])
    }

    /// A file another process creates while the report is produced is not overwritten either.
    @Test func aFileCreatedWhileProducingIsNotOverwritten() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.txt")
        let failure = #expect(throws: AtomicFileWriter.Failure.self) {
            try AtomicFileWriter.write(to: url, replacing: false) { file in
                try file.write("ours\n")
                try Data("theirs\n".utf8).write(to: url)
            }
        }
        #expect(failure?.alreadyExists == true)
        #expect(contents(url) == "theirs\n")
        #expect(names(in: folder) == ["out.txt"])
    }

    /// Replacing streams too, keeps the old file's permissions, and leaves no temporary name.
    @Test func aStreamedReplaceKeepsThePermissions() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("report.json")
        try AtomicFileWriter.write("old\n", to: url, replacing: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        try AtomicFileWriter.write(to: url, replacing: true) { file in
            try file.write("new ")
            try file.write(Data("bytes\n".utf8))
        }
        #expect(contents(url) == "new bytes\n")
        #expect(permissions(url) == 0o640)
        #expect(names(in: folder) == ["report.json"])
    }

    /// While the report is produced, nothing with a name is in the folder yet (on Linux the
    /// temporary file is unnamed), so an interrupted command leaves nothing behind.
    @Test func nothingIsNamedWhileProducing() throws {
        let folder = try TemporaryFolder.make("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("report.json")
        var seen: [String] = ["not called"]
        try AtomicFileWriter.write(to: url, replacing: false) { file in
            try file.write(String(repeating: "row\n", count: 50_000))
            seen = names(in: folder)
        }
        #if os(Linux)
        #expect(seen == [])
        #else
        #expect(seen.count == 1 && seen[0].hasPrefix(".report.json."))
        #endif
        #expect(names(in: folder) == ["report.json"])
    }

    @Test func aStreamedWriteGoesIntoADevice() throws {
        try AtomicFileWriter.write(to: URL(fileURLWithPath: "/dev/null"), replacing: false) { file in try file.write("discarded\n") }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }
}
