import Foundation
import Testing
@testable import ClipBench

struct BuiltInPredictionsTests {
    @Test func streamYieldsTheBaselineForEveryScoredClippingInIDOrder() throws {
        let layout = DatasetLayout(root: CommandRunner.packageRoot)
        let stream = BuiltInPredictions.stream(layout: layout)
        let predictions = Array(stream)
        #expect(predictions.map(\.id) == GoldLoader(layout: layout).scoredIDs())
        #expect(stream.diagnostics.isEmpty)
        let extractor = BaselineExtractor()
        let first = try #require(predictions.first)
        #expect(first == extractor.extract(try ClippingReader.read(layout.seedURL(for: first.id)), id: first.id))
    }

    @Test func streamSkipsAnUnreadableSeedWithADiagnostic() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try FileManager.default.removeItem(at: dataset.seedURL(TemporaryDataset.sampleID))
        let stream = BuiltInPredictions.stream(layout: DatasetLayout(root: dataset.root))
        #expect(Array(stream).isEmpty)
        #expect(stream.diagnostics.count == 1)
        #expect(stream.diagnostics.first?.severity == .error)
    }
}
