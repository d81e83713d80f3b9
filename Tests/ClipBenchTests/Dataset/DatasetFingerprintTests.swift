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
    /// Clippings added in any order (some never added, one a draft) give the fingerprint of the
    /// whole dataset, with the same file list.
    @Test(arguments: [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4], [1, 3], []])
    func anyOrderGivesTheSameFingerprint(order: [Int]) throws {
        let dataset = try TemporaryDataset.copyOfPackage()
        defer { dataset.remove() }
        let layout = DatasetLayout(root: dataset.root)
        let gold = GoldLoader(layout: layout)
        let ids = gold.ids()
        try #require(ids.count == 5)
        // The third clipping becomes a draft: it must be left out wherever it comes.
        let draftURL = layout.annotationURL(for: ids[2])
        let draft = try String(contentsOf: draftURL, encoding: .utf8).replacingOccurrences(of: "\nstatus: done\n", with: "\nstatus: draft\n")
        try Data(draft.utf8).write(to: draftURL)
        var fingerprint = DatasetFingerprint.InAnyOrder(ids: ids, listsFiles: true)
        for index in order {
            let id = ids[index]
            let annotation = try Data(contentsOf: layout.annotationURL(for: id))
            fingerprint.add(id: id, seed: try Data(contentsOf: layout.seedURL(for: id)), annotation: annotation,
                            isScored: gold.isScored(id: id, annotationData: annotation), layout: layout)
        }
        let expected = DatasetFingerprint(layout: layout)
        let built = fingerprint.finish(layout: layout)
        #expect(built.hexadecimal == expected.hexadecimal)
        #expect(built.files == expected.files)
        #expect(!expected.ids.contains(ids[2]))
    }

    /// `score PREDICTIONS` records the fingerprint of the gold it read, whatever the order of the
    /// predictions: the same as the fingerprint computed on its own.
    @Test func scoreRecordsTheFingerprintOfWhatItRead() throws {
        let dataset = try TemporaryDataset.copyOfPackage()
        defer { dataset.remove() }
        let gold = try CommandRunner.run(["gold", "--dataset", dataset.root.path])
        let reversed = dataset.root.appendingPathComponent("reversed.jsonl")
        try Data((gold.stdoutLines.filter { !$0.isEmpty }.reversed().joined(separator: "\n") + "\n").utf8).write(to: reversed)
        let result = try CommandRunner.run(["score", reversed.path, "--format", "json", "--bootstrap", "0", "--dataset", dataset.root.path])
        #expect(result.status == 0, "\(result)")
        let expected = DatasetFingerprint(layout: DatasetLayout(root: dataset.root)).hexadecimal
        #expect(result.stdout.contains("\"\(expected)\""), "\(result)")
    }
}
