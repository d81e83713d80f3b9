import Foundation
import Testing
@testable import ClipBench

/// `clipbench validate` end to end: bad files beside good ones, several diagnostics per run, warnings and --strict.
struct ValidateCommandTests {
    @Test func reportsAMissingSeedAndCarriesOnWithTheOtherFiles() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeAnnotation(id: "lost_1", yaml: "id: lost_1\nstatus: done\nheadline: null\npublished: {value: null, reason: absent}\nregions: []\nentities: []\ndates: []\n")
        try dataset.writeAnnotation(id: "broken_1", yaml: "id: broken_1\nstatus: [\n")
        let result = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Annotations/lost_1.yaml:1:5: error: the seed of 'lost_1' is missing (expected seeds/lost_1.txt)"), "\(result)")
        #expect(result.stderr.contains("Annotations/broken_1.yaml:3:1: error: malformed YAML"), "\(result)")
        #expect(!result.stderr.contains("sample_001.yaml"), "the valid file has no diagnostic: \(result)")
        // The card says documents: 1; lost_1 and the unreadable broken_1 (counted as scored) make three.
        #expect(result.stderr.contains("warning: documents: 1, but the dataset has 3 clippings with status done"), "\(result)")
        #expect(result.stderrLines.last == "2 errors, 1 warning in 5 files")
    }

    @Test func reportsASeedThatIsNotUTF8() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeSeed(id: TemporaryDataset.sampleID, bytes: Data("سطر\nab".utf8) + Data([0xFF, 0xFE]))
        let result = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(result.status == 1)
        #expect(result.stderrLines.first == "seeds/sample_001.txt:2:3: error: the seed is not valid UTF-8", "\(result)")
    }

    @Test func reportsAnAnnotationThatIsNotUTF8OrTooLarge() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try (Data("id: sample_001\nstatus: d".utf8) + Data([0xC0, 0x80])).write(to: dataset.annotationURL(TemporaryDataset.sampleID))
        let invalid = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(invalid.stderrLines.first == "Annotations/sample_001.yaml:2:10: error: the file is not valid UTF-8", "\(invalid)")
        try Data(repeating: UInt8(ascii: "#"), count: YAMLReader.maximumByteCount + 1).write(to: dataset.annotationURL(TemporaryDataset.sampleID))
        let large = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(large.status == 1)
        #expect(large.stderrLines.first?.contains("over the limit of 4194304 bytes (4 MiB)") == true, "\(large)")
    }

    @Test func warnsThatAFolderWithoutAnnotationsChecksNothing() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }

        let lenient = try CommandRunner.run(["validate", "seeds"], in: dataset.root)
        #expect(lenient.status == 0, "\(lenient)")
        #expect(lenient.stderr.contains("seeds: warning: the folder holds no .yaml file; nothing was checked"), "\(lenient)")

        let strict = try CommandRunner.run(["validate", "--strict", "seeds"], in: dataset.root)
        #expect(strict.status == 1, "\(strict)")
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let annotation = try String(contentsOf: dataset.annotationURL(TemporaryDataset.sampleID), encoding: .utf8)
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: annotation
            .replacingOccurrences(of: "status: done", with: "status: draft")
            .replacingOccurrences(of: "type: LOC, id: cairo}", with: "type: LOC, id: cairo, suggested: true}"))
        let relaxed = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(relaxed.status == 0, "\(relaxed)")
        #expect(relaxed.stderr.contains("Annotations/sample_001.yaml:3:9: warning: the annotation is a draft"), "\(relaxed)")
        #expect(relaxed.stderr.contains("warning: entity 2 «القاهرة» is an unchecked suggestion (suggested: true)"), "\(relaxed)")
        // The draft leaves no clipping done, so the card's documents: 1 is stale too.
        #expect(relaxed.stderrLines.last == "0 errors, 5 warnings in 3 files")
        let strict = try CommandRunner.run(["validate", "--strict"], in: dataset.root)
        #expect(strict.status == 1)
    }

    @Test func checksOnlyTheGivenPathsAndTheRegistry() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeAnnotation(id: "other_1", yaml: "id: other_1\n")
        let one = try CommandRunner.run(["validate", "Annotations/sample_001.yaml"], in: dataset.root)
        #expect(one.status == 0, "\(one)")
        #expect(one.stderrLines.last == "0 errors, 0 warnings in 1 file")
        try dataset.writeRegistry(TemporaryDataset.sampleRegistry + "  - id: Cairo_2\n    type: LOC\n    name: {ar: \"القاهرة\", en: \"Cairo\"}\n")
        let registry = try CommandRunner.run(["validate", "Annotations/entities.yaml"], in: dataset.root)
        #expect(registry.status == 1)
        #expect(registry.stderr.contains("Annotations/entities.yaml:11:9: error: registry id 'Cairo_2' must be a lowercase ASCII slug"), "\(registry)")
        // A name shared by two entries is allowed (GUIDELINES §5.5).
        #expect(!registry.stderr.contains("is also a name of"), "\(registry)")
    }

    @Test func refusesAMissingDatasetFolderAsBadUsage() throws {
        let result = try CommandRunner.run(["validate", "--dataset", "/nonexistent/clipbench"])
        #expect(result.status == 64)
    }

    @Test func warnsAboutASeedWithoutAnnotation() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "new_1", text: "نص جديد\n")
        let result = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(result.status == 0)
        #expect(result.stderrLines.first == "seeds/new_1.txt: warning: the seed has no annotation (Annotations/new_1.yaml)", "\(result)")
        #expect(try CommandRunner.run(["validate", "--strict"], in: dataset.root).status == 1)
    }

    @Test func checksAFileOutsideTheCurrentDatasetAgainstItsOwnRegistryAndSeed() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let url = dataset.annotationURL(TemporaryDataset.sampleID)
        let annotation = try String(contentsOf: url, encoding: .utf8)
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: annotation.replacingOccurrences(of: "id: cairo}", with: "id: kairo}"))
        let empty = try TemporaryDataset.empty()
        defer { empty.remove() }
        let result = try CommandRunner.run(["validate", url.path], in: empty.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("names the registry id 'kairo', which the registry does not have (did you mean 'cairo'?)"), "\(result)")
        #expect(result.stderrLines.last == "3 errors, 0 warnings in 1 file")
    }
}
