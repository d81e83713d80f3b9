import Foundation
import Testing
@testable import ClipBench

struct SeedLoaderTests {
    private func load(_ bytes: Data?) throws -> Result<SeedText, SeedLoader.Failure> {
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
        #expect(failure.diagnostic.message == "the seed cannot be read (it is a folder, not a file)")
    }
}
