import Foundation
import Testing
@testable import ClipBench
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct AnchorCommandTests {
    /// The sample annotation with every offset removed, comments added.
    static func quotedSample() -> String {
        var text = TemporaryDataset.sampleAnnotation()
        text = text.replacingOccurrences(of: #"start: \d+, end: \d+, "#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "status: done", with: "status: done   # checked twice")
        // «القاهرة» occurs three times and «مُحَمَّد بن سلمان» twice: the quotes need hints.
        var lines = text.components(separatedBy: "\n")
        for index in lines.indices {
            if lines[index].contains("label: headline") || lines[index].contains("القاهرة\", type") || lines[index].contains("سلمان\", type") {
                let line = lines[index].contains("label: headline") ? 1 : [1, 1, 2, 3, 3][lines[0..<index].filter { $0.contains("\", type") }.count]
                lines[index] = lines[index].replacingOccurrences(of: "}", with: ", line: \(line)}")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Issue 12: an edit saved while `anchor` ran was overwritten. The seed is a FIFO here, so
    /// `anchor` has read the annotation and waits for the seed while the test saves an edit.
    @Test func leavesAFileEditedWhileAnchoringAsItIs() throws {
        let binary = try #require(CommandRunner.binaryURL)
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let url = dataset.annotationURL(TemporaryDataset.sampleID)
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: Self.quotedSample())
        let seed = dataset.seedURL(TemporaryDataset.sampleID)
        try FileManager.default.removeItem(at: seed)
        #expect(mkfifo(seed.path, 0o600) == 0)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["anchor", url.path]
        process.currentDirectoryURL = dataset.root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // anchor reads the annotation, then blocks opening the FIFO for reading; a non-blocking
        // open for writing succeeds only once it does (ENXIO before), so the edit comes after the read.
        var writer: Int32 = -1
        for _ in 0..<1000 where writer < 0 {
            writer = open(seed.path, O_WRONLY | O_NONBLOCK)
            if writer < 0 { usleep(10_000) }
        }
        try #require(writer >= 0, "anchor never opened the seed")
        let edited = Self.quotedSample() + "# an edit saved meanwhile\n"
        try Data(edited.utf8).write(to: url)
        let bytes = Array(TemporaryDataset.sampleSeed.utf8)
        #expect(write(writer, bytes, bytes.count) == bytes.count)
        close(writer)
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("error: the file changed while it was being anchored"), "\(stderr)")
        #expect(try String(contentsOf: url, encoding: .utf8) == edited)
    }

    @Test func anchorsInPlaceKeepingCommentsAndThenValidates() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let url = dataset.annotationURL(TemporaryDataset.sampleID)
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: Self.quotedSample())
        let result = try CommandRunner.run(["anchor", "Annotations/sample_001.yaml"], in: dataset.root)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("anchored 12 spans"), "\(result)")
        let anchored = try String(contentsOf: url, encoding: .utf8)
        #expect(anchored.contains("status: done   # checked twice"))
        #expect(anchored.contains("line: 3}"))
        let validate = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(validate.status == 0, "\(validate)\n\(anchored)")
        // Anchoring again leaves the file byte for byte as it is, without rewriting it.
        let before = try Data(contentsOf: url)
        let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.01)
        let again = try CommandRunner.run(["anchor", url.path], in: dataset.root)
        #expect(again.status == 0)
        #expect(again.stderr.contains("already anchored; left unchanged"))
        #expect(try Data(contentsOf: url) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == modified)
    }

    @Test(arguments: [("quote-not-found", "entity 6 «الرياض»: the quote is not found in the seed"),
                      ("ambiguous-quote", "entity 6 «القاهرة»: the quote is ambiguous, it occurs 3 times in the seed (seed lines 1, 2, 3)")])
    func reportsQuotesItCannotPlaceAndWritesNothing(fixture: String, message: String) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let source = CommandRunner.fixturesFolder.appendingPathComponent("invalid/\(fixture).yaml")
        let url = dataset.annotationURL(TemporaryDataset.sampleID)
        let original = try Data(contentsOf: source)
        try original.write(to: url)
        let result = try CommandRunner.run(["anchor", "Annotations/sample_001.yaml"], in: dataset.root)
        #expect(result.status == 1)
        #expect(result.stderrLines.first == "Annotations/sample_001.yaml:19:12: error: \(message); add line: N (or occurrence: K)" || result.stderrLines.first == "Annotations/sample_001.yaml:19:12: error: \(message)", "\(result)")
        #expect(try Data(contentsOf: url) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dataset.annotationsFolder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func carriesOnWithTheOtherFiles() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: Self.quotedSample())
        try dataset.writeAnnotation(id: "bad_1", yaml: "id: bad_1\nstatus: [\n")
        let result = try CommandRunner.run(["anchor", "Annotations/bad_1.yaml", "Annotations/sample_001.yaml", "Annotations/none.yaml"], in: dataset.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Annotations/bad_1.yaml:3:1: error: malformed YAML"), "\(result)")
        #expect(result.stderr.contains("Annotations/sample_001.yaml: note: anchored 12 spans"), "\(result)")
        #expect(result.stderr.contains("Annotations/none.yaml: error: no such file"), "\(result)")
    }
}
