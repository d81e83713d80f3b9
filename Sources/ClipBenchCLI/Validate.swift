import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench validate [PATH…] [--strict]`: checks annotations, the entity registry and the dataset card.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check annotations, the entity registry and the dataset card.",
            discussion: """
                With no PATH, checks every file of Annotations/ (annotations, entities.yaml, dataset.yaml). \
                Prints each problem as path:line:col: error: message on standard error, then a summary. \
                Exits 1 when there is an error (or, with --strict, a warning). Every clipping of the dataset that \
                validates without an error is written to the gold cache, which score and gold then read instead of \
                the YAML (--no-cache writes nothing).
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("Annotation files or folders to check; all of Annotations/ when none is given.", valueName: "PATH"),
                  completion: .file(extensions: ["yaml"]))
        var paths: [String] = []

        @Flag(help: "Treat warnings (spans starting or ending in whitespace, drafts, unchecked suggestions) as errors.")
        var strict = false

        @OptionGroup var cacheOptions: CacheOptions

        func run() throws {
            // Files named on the command line may lie outside any dataset.
            let layout = paths.isEmpty ? try options.existingLayout() : options.layout
            let urls = paths.map { URL(fileURLWithPath: $0) }
            // Every clipping of the dataset that validates is stored in the gold cache for scoring.
            let outcome = DatasetValidator(layout: layout, cache: cacheOptions.cache).validate(paths: urls)
            DiagnosticPrinter.print(outcome.diagnostics)
            FileHandle.standardError.write(Data((outcome.summary + "\n").utf8))
            if outcome.failed(strict: strict) { throw ExitCode(1) }
        }
    }
}
