import Foundation
import Testing
@testable import ClipBench
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 12's oversized inputs, given to the real binary: each is refused from its size alone
/// (the files are sparse, so making them costs nothing and reading them would cost everything),
/// with one located diagnostic that names the limit, exit 1, and nothing written.
@Suite struct HostileInputTests {
    /// A sparse file of `size` bytes whose first bytes are `start`.
    static func sparseFile(_ url: URL, size: Int, start: String = "") throws {
        try Data(start.utf8).write(to: url)
        #expect(truncate(url.path, off_t(size)) == 0)
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var start: String
        var size: Int
        var arguments: @Sendable (_ file: String) -> [String]
        var message: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a sparse 200 MB gate file", start: "extractor: baseline\n", size: 200 << 20,
             arguments: { ["check", "--gate", $0] }, message: "the gate file is larger than the limit of 4194304 bytes (4 MiB) for a YAML file"),
        Case(name: "a 700 MB file given to anchor", start: "id: sample_001\n", size: 700 << 20,
             arguments: { ["anchor", $0] }, message: "the file is over the limit of 4194304 bytes (4 MiB) for a YAML file"),
        Case(name: "a 500 MB file given to score --scrapinghub", start: "{", size: 500 << 20,
             arguments: { ["score", "--scrapinghub", $0, $0] }, message: "the file is larger than the limit of 67108864 bytes (64 MiB) for a ScrapingHub file"),
        Case(name: "a pretty-printed 500 MB report given to compare", start: "{\n  \"metrics\": {\n", size: 500 << 20,
             arguments: { ["compare", $0, $0] }, message: "the JSON object is larger than the limit of 33554432 bytes (32 MiB) for a saved report"),
        Case(name: "a 100 MB seed", start: "عنوان\n", size: 100 << 20,
             arguments: { _ in ["validate"] }, message: "the seed cannot be read: it is larger than the limit of 16777216 bytes (16 MiB) for a clipping"),
        Case(name: "a 100 MB registry", start: "entities:\n", size: 100 << 20,
             arguments: { _ in ["validate"] }, message: "the file is over the limit of 4194304 bytes (4 MiB) for a YAML file"),
    ]

    @Test(arguments: cases)
    func refusesAnOversizedFileFromItsSize(_ hostile: Case) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let file: URL
        switch hostile.name {
        case "a 100 MB seed": file = dataset.seedURL(TemporaryDataset.sampleID)
        case "a 100 MB registry": file = dataset.root.appendingPathComponent("Annotations/entities.yaml")
        default: file = dataset.root.appendingPathComponent("hostile.file")
        }
        try Self.sparseFile(file, size: hostile.size, start: hostile.start)
        let before = try sizes(dataset.root)
        let result = try CommandRunner.run(hostile.arguments(file.path) + ["--dataset", dataset.root.path], in: dataset.root)
        #expect(result.status == 1, "\(result)")
        let located = result.stderrLines.filter { $0.contains(hostile.message) }
        #expect(located.count == 1, "\(result)")
        #expect(located.first?.contains(": error: ") == true, "\(result)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Swift runtime failure"))
        #expect(try sizes(dataset.root) == before, "a file was written or changed")
    }

    /// The size of every file under `root` (the sparse file is not read).
    private func sizes(_ root: URL) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: root.path) ?? FileManager.DirectoryEnumerator() {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.path + "/" + relative)
            if attributes[.type] as? FileAttributeType == .typeRegular { result[relative] = (attributes[.size] as? Int) ?? -1 }
        }
        return result
    }
}
