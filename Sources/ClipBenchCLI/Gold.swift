import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench gold [ID…]`: the gold in the prediction format, JSON Lines on standard output.
    struct Gold: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the gold annotations in the prediction format, as JSON Lines.",
            discussion: """
                Every key is present, registry ids included, so scoring this output against the gold gives \
                1.0 on every metric. With no ID, prints every clipping that is scored (drafts left out); \
                an ID names a clipping explicitly, draft or not. An unknown or invalid clipping is an error (exit 1).
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The ids of the clippings to print; all scored clippings when none is given.", valueName: "ID"))
        var ids: [String] = []

        @Flag(help: "With no ID, print draft annotations too.")
        var includeDrafts = false

        @OptionGroup var cacheOptions: CacheOptions

        func run() throws {
            let loader = GoldLoader(layout: try options.existingLayout(), cache: cacheOptions.cache)
            let known = Set(loader.ids())
            var failed = false
            // Streamed in chunks, so memory does not grow with the number of clippings.
            var output = ""
            let chosen = ids.isEmpty ? loader.ids() : ids
            for id in chosen {
                guard known.contains(id) else {
                    let hint = ClippingID.hint(for: id, among: loader.ids()).map { "; \($0)" } ?? ""
                    DiagnosticPrinter.print([Diagnostic(.error, "no clipping with the id '\(id)' in \(DisplayPath.of(loader.layout.annotationsFolder))\(hint)", at: SourceLocation(path: id))])
                    failed = true
                    continue
                }
                switch loader.clipping(id: id) {
                case .success(let clipping):
                    if ids.isEmpty, clipping.isDraft, !includeDrafts { continue }
                    output += GoldExporter.prediction(for: clipping.annotation).jsonLine + "\n"
                    if output.utf8.count >= 1 << 16 {
                        try CommandOutput.write(output)
                        output = ""
                    }
                case .failure(let failure):
                    DiagnosticPrinter.print(failure.diagnostics)
                    failed = true
                }
            }
            try CommandOutput.write(output)
            if failed { throw ExitCode(1) }
        }
    }
}
