import Foundation
import Testing
@testable import ClipBench

/// The streamed JSON and Markdown reports give the same text as the scorecard that kept its rows.
struct StreamedReportTests {
    /// The package's gold as predictions: every clipping but the first, whose prediction is
    /// dropped (scored as missing), and one entity dropped from another, so rows differ.
    func predictions() throws -> [Prediction] {
        let gold = GoldLoader(layout: DatasetLayout(root: CommandRunner.packageRoot))
        var result: [Prediction] = []
        for id in gold.scoredIDs().dropFirst() {
            var prediction = GoldExporter.prediction(for: try gold.clipping(id: id).get().annotation)
            if result.isEmpty, !prediction.entities.isEmpty { prediction.entities.removeLast() }
            result.append(prediction)
        }
        return result
    }

    /// Scores the predictions twice: keeping the rows, and streaming them to `sink` instead.
    func scorecards(streamingTo sink: @escaping (DocumentScore) -> Void) throws -> (kept: Scorecard, streamed: Scorecard) {
        let layout = DatasetLayout(root: CommandRunner.packageRoot)
        let predictions = try predictions()
        let options = ScoringPipeline.Options(extractor: "streamed", bootstrapReplicates: 30, seed: 7)
        var streamedOptions = options
        streamedOptions.keepsDocuments = false
        let kept = try #require(ScoringPipeline(layout: layout, options: options).score(predictions: predictions, source: "<t>").scorecard)
        let streamed = try #require(ScoringPipeline(layout: layout, options: streamedOptions)
            .score(predictions: predictions, source: "<t>", onDocument: sink).scorecard)
        #expect(streamed.documents.isEmpty)
        #expect(kept.documents.count == predictions.count + 1)
        return (kept, streamed)
    }

    @Test func jsonReportIsByteIdenticalToTheKeptScorecard() throws {
        let report = try StreamedJSONReport()
        let (kept, streamed) = try scorecards(streamingTo: report.append)
        var text = ""
        try report.write(scorecard: streamed) { text += $0 }
        #expect(text == ScorecardJSONRenderer.render(ScoreReport(scorecard: kept)))
        #expect(report.count == kept.documents.count)
    }

    @Test func jsonReportWithoutRowsIsTheScorecardItself() throws {
        let report = try StreamedJSONReport()
        let (_, streamed) = try scorecards(streamingTo: { _ in })
        var text = ""
        try report.write(scorecard: streamed) { text += $0 }
        #expect(text == ScorecardJSONRenderer.render(ScoreReport(scorecard: streamed)))
    }

    @Test func markdownReportIsIdenticalToTheKeptScorecard() throws {
        let report = try StreamedMarkdownReport()
        let (kept, streamed) = try scorecards(streamingTo: report.append)
        var text = ""
        try report.write(scorecard: streamed) { text += $0 }
        let expected = ScorecardMarkdownRenderer().render(ScoreReport(scorecard: kept))
        #expect(text == expected)
        #expect(text.contains("(missing)"))
    }

    @Test func spoolFileIsRemovedWithTheReport() throws {
        var report: StreamedJSONReport? = try StreamedJSONReport()
        let url = try #require(report?.spoolURL)
        #expect(FileManager.default.fileExists(atPath: url.path))
        report = nil
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    /// Chunks of the spool are cut anywhere: the cut moves back to a character boundary.
    @Test(arguments: 0...12)
    func completeUTF8PrefixNeverSplitsACharacter(cut: Int) {
        let bytes = Data("aمُ😀b".utf8)   // 1 + 2 + 2 + 4 + 1 bytes
        let prefix = bytes.prefix(min(cut, bytes.count))
        let complete = StreamedJSONReport.completeUTF8Prefix(of: Data(prefix))
        #expect(complete <= prefix.count)
        #expect(String(data: Data(prefix.prefix(complete)), encoding: .utf8) != nil)
        // Nothing whole is held back: at most the bytes of one incomplete character.
        #expect(prefix.count - complete < 4)
    }
}
