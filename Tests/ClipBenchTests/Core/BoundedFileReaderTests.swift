import Foundation
import Testing
@testable import ClipBench
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BoundedFileReaderTests {
    /// Sizes around the limit and around the reader's 64 KiB chunk.
    @Test(arguments: [(0, 10), (10, 10), (65_536, 65_536), (65_537, 1 << 20), (200_000, 1 << 20)])
    func readsAFileUpToTheLimit(size: Int, limit: Int) throws {
        let folder = try TemporaryFolder.make("bounded")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("clip.txt")
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: url)
        #expect(try BoundedFileReader.read(url, limit: limit) == bytes)
    }

    @Test(arguments: [
        (11, 10, "is larger than the limit of 10 bytes"),
        (65_537, 65_536, "is larger than the limit of 65536 bytes"),
        ((1 << 20) + 1, 1 << 20, "is larger than the limit of 1048576 bytes (1 MiB)"),
    ])
    func refusesAFileOverTheLimit(size: Int, limit: Int, message: String) throws {
        let folder = try TemporaryFolder.make("bounded")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: size).write(to: url)
        let failure = #expect(throws: BoundedFileReader.Failure.self) { try BoundedFileReader.read(url, limit: limit) }
        #expect(failure?.message == message)
    }

    @Test(arguments: [
        ("/dev/zero", "is a device, not a file"),
        ("/dev/null", "is a device, not a file"),
        ("/", "is a folder, not a file"),
        ("/no/such/clipping.txt", "does not exist"),
    ])
    func saysWhyAPathIsNotAFile(path: String, message: String) {
        let failure = #expect(throws: BoundedFileReader.Failure.self) {
            try BoundedFileReader.read(URL(fileURLWithPath: path), limit: 1 << 20)
        }
        #expect(failure?.message == message)
        #expect(failure?.description == message)
    }

    @Test func readsAFIFOToItsEnd() throws {
        let folder = try TemporaryFolder.make("bounded")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // The writer opens, writes and closes on another thread; the reader sees end of file after it.
        let writer = Thread {
            let descriptor = open(fifo.path, O_WRONLY)
            guard descriptor >= 0 else { return }
            _ = "from a process substitution\n".withCString { write(descriptor, $0, 28) }
            close(descriptor)
        }
        writer.start()
        let data = try BoundedFileReader.read(fifo, limit: 1 << 20)
        #expect(String(decoding: data, as: UTF8.self) == "from a process substitution\n")
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file, so permissions cannot be tested"))
    func givesTheSystemsReasonForAnUnreadableFile() throws {
        let folder = try TemporaryFolder.make("bounded")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("secret.txt")
        try Data("x".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        let failure = #expect(throws: BoundedFileReader.Failure.self) { try BoundedFileReader.read(url, limit: 10) }
        #expect(failure?.message == "cannot be read (Permission denied)")
    }

    /// Issue 12: a sparse 200 MB file was read before any size check. Now a regular file over
    /// the limit is refused from its size, without one byte read (the offset stays at 0).
    @Test func refusesAnOversizedFileBeforeReadingIt() throws {
        let folder = try TemporaryFolder.make("bounded")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sparse.yaml")
        try Data("id: a\n".utf8).write(to: url)
        #expect(truncate(url.path, 200 << 20) == 0)
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        let failure = #expect(throws: BoundedFileReader.Failure.self) { try BoundedFileReader.read(descriptor: descriptor, limit: 1 << 20) }
        #expect(failure?.exceedsLimit == true)
        #expect(failure?.message == "is larger than the limit of 1048576 bytes (1 MiB)")
        #expect(lseek(descriptor, 0, SEEK_CUR) == 0)
        let byPath = #expect(throws: BoundedFileReader.Failure.self) { try BoundedFileReader.read(url, limit: 1 << 20) }
        #expect(byPath?.exceedsLimit == true)
        #expect(BoundedFileReader.contents(of: url, limit: 1 << 20) == nil)
    }

    @Test func readsWhatIsLeftOfADescriptorWithinTheLimit() throws {
        let folder = try TemporaryFolder.make("bounded")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("clip.txt")
        try Data("0123456789".utf8).write(to: url)
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        #expect(lseek(descriptor, 4, SEEK_SET) == 4)
        #expect(try BoundedFileReader.read(descriptor: descriptor, limit: 6) == Data("456789".utf8))
    }
}
