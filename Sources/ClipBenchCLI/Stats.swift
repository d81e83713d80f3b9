import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench stats`: the size and make-up of the dataset, per clipping and in total.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the dataset's statistics: documents, characters, tokens, region shares, entities and dates.",
            discussion: """
                Characters are Unicode scalars; tokens are the body metric's tokens (runs of letters, \
                digits and '_'). Region shares are the share of each label among the non-whitespace \
                characters. Every annotation is counted, drafts included; a clipping that does not load \
                is reported and the run exits 1 after printing the others.
                """
        )

        /// What `stats` writes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        @OptionGroup var options: DatasetOptions

        @Option(name: .long, help: "The output format: a table for reading, or json for scripts.")
        var format: Format = .table

        @OptionGroup var cacheOptions: CacheOptions

        func run() throws {
            let loader = GoldLoader(layout: try options.existingLayout(), cache: cacheOptions.cache)
            let (clippings, diagnostics) = loader.allClippings(includingDrafts: true)
            DiagnosticPrinter.print(diagnostics)
            if clippings.isEmpty && diagnostics.isEmpty {
                let path = DisplayPath.of(options.layout.annotationsFolder)
                DiagnosticPrinter.print([Diagnostic(.error, "no annotations found", at: SourceLocation(path: path))])
                throw ExitCode(1)
            }
            let statistics = DatasetStatistics(clippings: clippings.map { ($0.annotation, $0.seed) })
            switch format {
            case .table: try CommandOutput.write(statistics.table())
            case .json: try CommandOutput.write(statistics.jsonValue.serialized(pretty: true) + "\n")
            }
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}
