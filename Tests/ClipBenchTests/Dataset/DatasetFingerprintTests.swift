import Foundation
import Testing
@testable import ClipBench

struct DatasetFingerprintTests {
    @Test func changesWhenAnAnnotationChangesAndNotForADraft() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let layout = DatasetLayout(root: dataset.root)
        let first = DatasetFingerprint(layout: layout)
        #expect(first.hexadecimal.count == 64)
        #expect(first.ids == [TemporaryDataset.sampleID])
        #expect(first.files.map(\.path) == ["seeds/sample_001.txt", "Annotations/sample_001.yaml", "Annotations/entities.yaml"])
        #expect(DatasetFingerprint(layout: layout) == first)

        // A draft beside it is not part of the scored gold.
        try dataset.writeSeed(id: "draft_1", text: "نص\n")
        try dataset.writeAnnotation(id: "draft_1", yaml: "id: draft_1\nstatus: draft\nheadline: null\npublished: {value: null, reason: absent}\nregions: []\nentities: []\ndates: []\n")
        #expect(DatasetFingerprint(layout: layout).hexadecimal == first.hexadecimal)

        // Any byte of a scored annotation changes it.
        let annotation = try String(contentsOf: dataset.annotationURL(TemporaryDataset.sampleID), encoding: .utf8)
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: annotation + "# a comment\n")
        #expect(DatasetFingerprint(layout: layout).hexadecimal != first.hexadecimal)
    }

    @Test func followsTheDocumentedByteLayout() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }
        let seed = try bytes(dataset.seedURL(TemporaryDataset.sampleID))
        let annotation = try bytes(dataset.annotationURL(TemporaryDataset.sampleID))
        let registry = try bytes(dataset.annotationsFolder.appendingPathComponent("entities.yaml"))
        var expected = Array("clipbench-gold-fingerprint-v1\nclipping\nsample_001\n".utf8)
        expected += Array("\(seed.count)\n".utf8) + seed + Array("\n".utf8)
        expected += Array("\(annotation.count)\n".utf8) + annotation + Array("\n".utf8)
        expected += Array("registry\n\(registry.count)\n".utf8) + registry + Array("\n".utf8)
        #expect(DatasetFingerprint(layout: DatasetLayout(root: dataset.root)).hexadecimal == SHA256Hasher.hash(expected).hexadecimal)
    }

    @Test func hexadecimalAloneEqualsTheFullFingerprint() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let layout = DatasetLayout(root: dataset.root)
        #expect(DatasetFingerprint.hexadecimal(of: layout) == DatasetFingerprint(layout: layout).hexadecimal)
        let package = DatasetLayout(root: CommandRunner.packageRoot)
        #expect(DatasetFingerprint.hexadecimal(of: package) == DatasetFingerprint(layout: package).hexadecimal)
    }

    static let rest = "headline: null\npublished: {value: null, reason: absent}\nregions: []\nentities: []\ndates: []\n"

    /// Whether a clipping is scored is the full loader's answer, whichever way its status is written.
    @Test(arguments: [
        "id: extra_1\nstatus: done\n" + rest,
        "id: extra_1\nstatus: draft\n" + rest,
        "id: extra_1\nstatus: \"draft\" # not yet\n" + rest,
        "id: extra_1\nstatus: 'done'\n" + rest,
        "id: extra_1\n# status: done\n" + rest,
        "id: extra_1\nstatus: finished\n" + rest,
        "id: extra_1\nstatus: draft\nnotes: [unclosed\n" + rest,
        "id: extra_1\nstatus: done\nstatus: draft\n" + rest,
        "id: extra_1\nnotes: \"x\nstatus: done\"\nstatus: draft\n" + rest,
        "{id: extra_1, status: draft}\n",
        "status: &s draft\n",
    ])
    func scoredClippingsAreTheLoadersNonDrafts(yaml: String) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "extra_1", text: "نص\n")
        try dataset.writeAnnotation(id: "extra_1", yaml: yaml)
        let layout = DatasetLayout(root: dataset.root)
        let loaded = AnnotationLoader.load(contentsOf: layout.annotationURL(for: "extra_1"), path: "extra_1.yaml")
        let expected = loaded.document.map { !$0.isDraft } ?? true
        #expect(GoldLoader(layout: layout).isScored(id: "extra_1") == expected)
        #expect(DatasetFingerprint(layout: layout).ids.contains("extra_1") == expected)
    }
}
