import Foundation
import Testing
@testable import ClipBench

struct GoldLoaderTests {
    private static let id = TemporaryDataset.sampleID

    /// The sample annotation with its status line replaced by `status`.
    private static func annotation(status: String) -> String {
        TemporaryDataset.sampleAnnotation().replacingOccurrences(of: "status: done\n", with: status)
    }

    /// Whether a clipping is scored, asked with the bytes read by the caller and from the file: the same answer,
    /// whether the top-level scan answers or the full loader does.
    @Test(arguments: [
        ("status: done\n", true),
        ("status: draft\n", false),
        ("status: \"done\"  # quoted\n", true),
        ("status: draft # not yet\n", false),
        // Forms the scan leaves to the loader.
        ("status:\n  done\n", true),
        ("status:\n  draft\n", false),
        // A file that does not load counts as scored, so its problems are reported, not skipped.
        ("status: done\nstatus: draft\n", true),
        ("status: Done\n", true),
        ("status: {value: draft}\n", true),
    ])
    func scoresEverythingButDrafts(status: String, scored: Bool) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let yaml = Self.annotation(status: status)
        try dataset.writeAnnotation(id: Self.id, yaml: yaml)
        let gold = GoldLoader(layout: DatasetLayout(root: dataset.root))
        #expect(gold.isScored(id: Self.id) == scored)
        #expect(gold.isScored(id: Self.id, annotationData: Data(yaml.utf8)) == scored)
        #expect(gold.scoredIDs() == (scored ? [Self.id] : []))
    }

    @Test func loadsTheSampleClippingWithItsSeed() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let clipping = try GoldLoader(layout: DatasetLayout(root: dataset.root)).clipping(id: Self.id).get()
        #expect(clipping.annotation.id == Self.id)
        #expect(clipping.seed.string == TemporaryDataset.sampleSeed)
        #expect(!clipping.isDraft)
    }

    @Test(arguments: [
        ("../x", "unsafe clipping id: the id '../x' may hold only ASCII letters, digits, '_', '-' and '.'"),
        ("absent_001", "no annotation for the clipping 'absent_001'"),
    ])
    func saysWhyAClippingDoesNotLoad(id: String, message: String) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        guard case .failure(let failure) = GoldLoader(layout: DatasetLayout(root: dataset.root)).clipping(id: id) else {
            Issue.record("'\(id)' loaded")
            return
        }
        #expect(failure.diagnostics.map(\.message) == [message])
    }

    @Test func aMissingSeedIsOneOfTheReasons() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try FileManager.default.removeItem(at: dataset.seedURL(Self.id))
        let result = GoldLoader(layout: DatasetLayout(root: dataset.root)).allClippings()
        #expect(result.clippings.isEmpty)
        #expect(result.diagnostics.map(\.message) == ["the seed is missing"])
    }
}
