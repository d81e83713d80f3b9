import Foundation
import Testing
@testable import ClipBench
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct StandardStreamTests {
    @Test func eachStreamHasItsDescriptor() {
        #expect(StandardStream.output.descriptor == STDOUT_FILENO)
        #expect(StandardStream.error.descriptor == STDERR_FILENO)
    }

    /// Text far larger than a pipe's buffer, text outside the BMP, and nothing at all.
    @Test(arguments: [("", 1), ("one line\n", 1), ("مُحَمَّد ـ ٢٠٢٥ 😀\n", 1), ("0123456789", 200_000)])
    func writesAllOfTheTextAsUTF8(piece: String, times: Int) throws {
        let text = String(repeating: piece, count: times)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #expect(descriptor >= 0)
        try StandardStream.write(text, to: descriptor)
        close(descriptor)
        #expect(FileManager.default.contents(atPath: url.path) == Data(text.utf8))
    }

    @Test func aFullDiskIsAnErrorNotATrap() {
        let descriptor = open("/dev/full", O_WRONLY)
        guard descriptor >= 0 else { return }  // only Linux has /dev/full
        defer { close(descriptor) }
        let failure = #expect(throws: StandardStream.Failure.self) { try StandardStream.write("x\n", to: descriptor) }
        #expect(failure?.code == ENOSPC)
        #expect(failure?.reason == "No space left on device")
        #expect(failure?.description == failure?.reason)
        #expect(failure?.isBrokenPipe == false)
    }

    @Test func aClosedDescriptorIsAnError() {
        let failure = #expect(throws: StandardStream.Failure.self) { try StandardStream.write("x", to: -1) }
        #expect(failure?.code == EBADF)
        // Nothing to write is not a write: no error even on a bad descriptor.
        #expect(throws: Never.self) { try StandardStream.write("", to: -1) }
    }

    @Test func tellsABrokenPipe() {
        #expect(StandardStream.Failure(code: EPIPE).isBrokenPipe)
        #expect(!StandardStream.Failure(code: EIO).isBrokenPipe)
    }
}
