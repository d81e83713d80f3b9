import Foundation
import Testing
@testable import ClipBench

/// Reading clipping files from disk (decoding alone is also tested in Runner/ExtractorRunnerTests.swift).
struct ClippingReaderFileTests {
    private func withFile<T>(_ bytes: Data, _ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clipping-\(UUID().uuidString).txt")
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    @Test(arguments: ["", "plain\n", "مُحَمَّد ـ ٢٠٢٥ 😀\r\nline two", "\u{FEFF}starts with a byte order mark"])
    func readsTextByteForByte(text: String) throws {
        let seed = try withFile(Data(text.utf8)) { try ClippingReader.read($0) }
        #expect(seed.string == text)
        // A leading byte order mark is kept: offsets count every scalar from the start of the file.
        #expect(seed.count == text.unicodeScalars.count)
    }

    @Test(arguments: [
        ([0], "is a binary file, not text (a NUL byte at byte 0)"),
        (Array("abc".utf8) + [0xED, 0xA0, 0x80] + Array("def".utf8), "is not UTF-8 text (invalid byte sequence at byte 3)"),
        (Array("مُ".utf8) + [0xC0, 0xAF], "is not UTF-8 text (invalid byte sequence at byte 4)"),
        (Array("x".utf8) + [0xF0, 0x9F, 0x98], "is not UTF-8 text (invalid byte sequence at byte 1)"),
    ] as [([UInt8], String)])
    func refusesBinaryAndInvalidTextWithOneDiagnostic(bytes: [UInt8], message: String) throws {
        let error = #expect(throws: ClippingReadError.self) { try ClippingReader.decode(Data(bytes), path: "seeds/x.txt") }
        #expect(error?.message == message)
        #expect(error?.description == "seeds/x.txt: error: \(message)")
        #expect(error?.diagnostic == Diagnostic(.error, message, at: ClipBenchCore.SourceLocation(path: "seeds/x.txt")))
    }

    /// Offsets in messages count from the start of the bytes given, even for a slice of a larger buffer.
    @Test func countsBytesFromTheStartOfASlice() throws {
        let whole = Data(Array("skip".utf8) + Array("ab".utf8) + [0])
        let slice = whole[4...]
        let error = #expect(throws: ClippingReadError.self) { try ClippingReader.decode(slice, path: "p") }
        #expect(error?.message == "is a binary file, not text (a NUL byte at byte 2)")
    }

    @Test(arguments: [
        ("/no/such/clipping.txt", "does not exist"),
        ("/", "is a folder, not a file"),
        ("/dev/zero", "is a device, not a file"),
    ])
    func namesTheFileThatCannotBeRead(path: String, message: String) {
        let error = #expect(throws: ClippingReadError.self) { try ClippingReader.read(URL(fileURLWithPath: path)) }
        #expect(error?.message == message)
        #expect(error?.path == path)
    }

    @Test func refusesAFileOverSixteenMebibytes() throws {
        let error = try withFile(Data(repeating: 0x61, count: ClippingReader.maximumByteCount + 1)) { url in
            #expect(throws: ClippingReadError.self) { try ClippingReader.read(url) }
        }
        #expect(error?.message == "is larger than the limit of 16777216 bytes (16 MiB) for a clipping (InputLimits.clippingBytes; no option raises it)")
    }
}
