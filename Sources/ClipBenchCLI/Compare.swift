import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench compare BASE NEW`: two runs side by side with paired-bootstrap differences.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two prediction sets (or two saved JSON reports) metric by metric.",
            discussion: """
                BASE and NEW are predictions (as for score) or JSON reports written by `clipbench score --format json`. \
                Two prediction sets are scored on the same clippings with the same bootstrap seed, so each change comes \
                with its paired-bootstrap 95% interval; saved reports give the changes only. The clippings whose main \
                figures changed most are listed after the table.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The run compared against: predictions or a JSON report.", valueName: "BASE"), completion: .file())
        var base: String

        @Argument(help: ArgumentHelp("The run being judged: predictions or a JSON report.", valueName: "NEW"), completion: .file())
        var new: String

        @Option(name: .long, help: "The form of the comparison: table, json or markdown.")
        var format: ComparisonFormat = .table

        @OptionGroup var outputOptions: OutputOptions

        @OptionGroup var bootstrap: BootstrapOptions

        @OptionGroup var cacheOptions: CacheOptions

        @Option(name: .long, help: ArgumentHelp("How many of the clippings that changed most to list.", valueName: "K"))
        var top: Int = 5

        @Flag(name: .long, help: "Report invalid predictions as warnings and score their clippings as missing, instead of failing.")
        var allowInvalid = false

        func validate() throws {
            guard top >= 0 else { throw ValidationError("--top must be 0 or more.") }
        }

        func run() throws {
            let layout = try options.existingLayout()
            let cache = cacheOptions.cache
            let baseSide = try Side.load(base, layout: layout, bootstrap: bootstrap, allowInvalid: allowInvalid, cache: cache)
            let newSide = try Side.load(new, layout: layout, bootstrap: bootstrap, allowInvalid: allowInvalid, cache: cache)
            var paired: [String: ScoreComparison.PairedSpread]? = nil
            if let left = baseSide.scorecard, let right = newSide.scorecard, bootstrap.bootstrap > 0 {
                do {
                    let differences = try PairedBootstrap.compare(base: left, new: right)
                    var table: [String: ScoreComparison.PairedSpread] = [:]
                    for difference in differences {
                        guard let summary = difference.summary else { continue }
                        table[difference.group + "." + difference.name] = ScoreComparison.PairedSpread(
                            spread: MeasureSpread(standardDeviation: summary.standardDeviation, low: summary.low, high: summary.high),
                            shareImproved: difference.shareImproved)
                    }
                    paired = table
                } catch {
                    DiagnosticPrinter.print([Diagnostic(.warning, "no paired bootstrap: \(error.description)", at: SourceLocation(path: new))])
                }
            }
            var baseReport = baseSide.report, newReport = newSide.report
            if baseReport.extractor == newReport.extractor {
                baseReport.extractor += " (base)"
                newReport.extractor += " (new)"
            }
            let comparison = ScoreComparison(base: baseReport, new: newReport, paired: paired, topDocuments: top)
            let destination = outputOptions.destination
            let text: String
            switch format {
            case .table: text = comparison.table(colour: destination.isTerminal && ColourPolicy.standardOutput)
            case .json: text = comparison.jsonValue.serialized(pretty: true) + "\n"
            case .markdown: text = comparison.markdown()
            }
            try destination.write(text)
        }

        /// One side of the comparison: a saved report, or predictions scored now.
        struct Side {
            var report: ScoreReport
            var scorecard: Scorecard?

            static func load(_ path: String, layout: DatasetLayout, bootstrap: BootstrapOptions, allowInvalid: Bool, cache: GoldCache?) throws -> Side {
                switch ScoreReport.savedReport(atPath: path) {
                case .success(let report)?:
                    return Side(report: report, scorecard: nil)
                case .failure(let error)?:
                    DiagnosticPrinter.print([error.diagnostic])
                    throw ExitCode(1)
                case nil:
                    let run = try ScoredRun.make(predictions: path, name: nil, layout: layout, bootstrap: bootstrap,
                                                 allowInvalid: allowInvalid, keepsDetails: false, goldCache: cache)
                    return Side(report: try run.report(), scorecard: run.outcome.scorecard)
                }
            }
        }
    }
}

/// The forms of `compare`'s output.
enum ComparisonFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, markdown
}
