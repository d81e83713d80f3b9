import Foundation
import Testing
@testable import ClipBench

struct GoldCommandTests {
    /// Parses `clipbench gold` output back and compares it with the annotations as loaded.
    private func expectRoundTrip(in root: URL) throws -> Int {
        let result = try CommandRunner.run(["gold", "--dataset", root.path])
        #expect(result.status == 0, "\(result)")
        let gold = GoldLoader(layout: DatasetLayout(root: root))
        let loaded = gold.allClippings(includingDrafts: false)
        #expect(loaded.diagnostics.isEmpty)
        #expect(result.stdoutLines.count == loaded.clippings.count)
        for (line, clipping) in zip(result.stdoutLines, loaded.clippings) {
            let prediction = try Prediction(jsonText: line)
            let annotation = clipping.annotation
            #expect(prediction.id == annotation.id)
            #expect(prediction.attempted == Set(PredictionTask.allCases), "every key is present")
            #expect(prediction.headline == annotation.headline)
            #expect(prediction.published == annotation.published.value)
            #expect(prediction.regions == annotation.regions.map(PredictedRegion.init))
            #expect(prediction.entities == annotation.entities)
            #expect(prediction.dates == annotation.dates)
            #expect(prediction.body == annotation.regions.filter { $0.label == .body }.sorted { $0.span.start < $1.span.start }
                .map(\.span.text).joined(separator: "\n"))
            #expect(prediction == GoldExporter.prediction(for: annotation))
        }
        return loaded.clippings.count
    }

    @Test func roundTripsTheSyntheticGoldWithArabicMarks() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        #expect(try expectRoundTrip(in: dataset.root) == 1)
        let line = try CommandRunner.run(["gold", TemporaryDataset.sampleID], in: dataset.root).stdoutLines.first ?? ""
        // The entity «مُحَمَّد بن سلمان» on line 3 starts at scalar 62 (line 3 starts at 56, «التقى » is 6 scalars).
        #expect(line.contains(#"{"text":"مُحَمَّد بن سلمان","type":"PER","start":62,"end":79,"id":"mohammed-bin-salman"}"#), "\(line)")
    }

    @Test func roundTripsThePackageGold() throws {
        _ = try expectRoundTrip(in: CommandRunner.packageRoot)
    }

    @Test func refusesAnUnknownIDAndPrintsTheRest() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["gold", "nope", TemporaryDataset.sampleID, "../x"], in: dataset.root)
        #expect(result.status == 1)
        #expect(result.stdoutLines.count == 1)
        #expect(result.stderr.contains("nope: error: no clipping with the id 'nope'"))
        #expect(result.stderr.contains("../x: error: no clipping with the id '../x'"))
    }

    @Test func leavesDraftsOutUnlessAsked() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let annotation = try String(contentsOf: dataset.annotationURL(TemporaryDataset.sampleID), encoding: .utf8)
        try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: annotation.replacingOccurrences(of: "status: done", with: "status: draft"))
        #expect(try CommandRunner.run(["gold"], in: dataset.root).stdout.isEmpty)
        #expect(try CommandRunner.run(["gold", "--include-drafts"], in: dataset.root).stdoutLines.count == 1)
        #expect(try CommandRunner.run(["gold", TemporaryDataset.sampleID], in: dataset.root).stdoutLines.count == 1)
    }
}
