import Foundation
import Testing
@testable import ClipBench

struct SeedLoaderTests {
    private func load(_ bytes: Data?) throws -> Result<SeedText, DiagnosticError> {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).txt")
        if let bytes { try bytes.write(to: url) }
        defer { try? FileManager.default.removeItem(at: url) }
        return SeedLoader.load(contentsOf: url, path: "seeds/a.txt")
    }

    @Test(arguments: ["", "سطر\nline 2 😀", "\u{FEFF}bom kept"])
    func readsTheSeedUnchanged(text: String) throws {
        let seed = try load(Data(text.utf8)).get()
        #expect(seed.string == text)
        #expect(seed.count == text.unicodeScalars.count)
    }

    @Test(arguments: [
        (nil, "seeds/a.txt: error: the seed is missing"),
        (Data("ok\nab".utf8) + Data([0xC3, 0x28]), "seeds/a.txt:2:3: error: the seed is not valid UTF-8"),
        (Data("مُحَمَّد".utf8) + Data([0xFF]), "seeds/a.txt:1:9: error: the seed is not valid UTF-8"),
    ] as [(Data?, String)])
    func saysWhyASeedCannotBeRead(bytes: Data?, diagnostic: String) throws {
        guard case .failure(let failure) = try load(bytes) else {
            Issue.record("the seed was read")
            return
        }
        #expect(failure.diagnostic.description == diagnostic)
    }

    @Test func aFolderIsNotASeed() {
        guard case .failure(let failure) = SeedLoader.load(contentsOf: FileManager.default.temporaryDirectory, path: "seeds/d.txt") else {
            Issue.record("a folder was read as a seed")
            return
        }
        #expect(failure.diagnostic.message == "the seed cannot be read: it is a folder, not a file")
    }

    /// The rules of the one reader (``ClippingReader``), each worded for a seed: a NUL byte, the
    /// 16 MiB limit, a device, invalid UTF-8 (above); a byte order mark is kept (above).
    @Test(arguments: [
        (Data("ab".utf8) + Data([0]) + Data("c".utf8), "seeds/a.txt: error: the seed is a binary file, not text (a NUL byte at byte 2)"),
        (Data(repeating: 0x61, count: ClippingReader.maximumByteCount + 1), "seeds/a.txt: error: the seed cannot be read: it is larger than the limit of 16777216 bytes (16 MiB) for a clipping (InputLimits.clippingBytes; no option raises it)"),
    ] as [(Data, String)])
    func followsTheRulesOfTheOneReader(bytes: Data, diagnostic: String) throws {
        guard case .failure(let failure) = try load(bytes) else {
            Issue.record("the seed was read")
            return
        }
        #expect(failure.diagnostic.description == diagnostic)
    }

    @Test func aDeviceIsNotASeed() {
        guard case .failure(let failure) = SeedLoader.load(contentsOf: URL(fileURLWithPath: "/dev/zero"), path: "seeds/z.txt") else {
            Issue.record("a device was read as a seed")
            return
        }
        #expect(failure.diagnostic.message == "the seed cannot be read: it is a device, not a file")
    }

    /// Exactly at the limit is still a seed.
    @Test func aSeedOfSixteenMebibytesIsRead() throws {
        let seed = try load(Data(repeating: 0x61, count: ClippingReader.maximumByteCount)).get()
        #expect(seed.count == ClippingReader.maximumByteCount)
    }

    /// `validate` and `score` refuse a seed with a NUL byte, as `extract` and `run` refuse such a clipping.
    @Test func everyCommandRefusesASeedWithANulByte() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let url = dataset.seedURL(TemporaryDataset.sampleID)
        var bytes = try Data(contentsOf: url)
        bytes.append(0)
        try bytes.write(to: url)
        for arguments in [["validate"], ["score", "--bootstrap", "0"], ["extract", TemporaryDataset.sampleID]] {
            let result = try CommandRunner.run(arguments + ["--dataset", dataset.root.path])
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr.contains("binary file, not text (a NUL byte at byte \(bytes.count - 1))"), "\(arguments): \(result)")
        }
    }
}
