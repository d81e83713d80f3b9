import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench agree A B [C …]`: inter-annotator agreement.
    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the agreement of two or more annotators on the same clippings.",
            discussion: """
                A, B, C … are annotation files of one clipping (one per annotator), or folders of them \
                paired by file name; a clipping missing from some folder is left out with a warning. \
                For every pair of annotators the report gives, task by task, the F1 of the second \
                against the first: regions (label and category), entities by span and type and by \
                registry id, dates by span, by span and value, and by overlap, the headline, and the \
                publication date with its reason. Over the region label of every non-whitespace \
                character it gives Cohen's kappa (two annotators), Fleiss' kappa and Krippendorff's \
                alpha (nominal), with and without the boilerplate categories, per clipping and in total, \
                with a 95% bootstrap interval over clippings. Registry ids are looked up in the \
                entities.yaml beside each annotator's files, else in the dataset's; two entries are the \
                same entity when their Wikidata ids, or their types and normalised names, coincide. \
                Every disagreement is listed, spans written [start, end) in Unicode scalars. Spans must \
                be anchored (clipbench anchor) and the clippings must be in the dataset's seeds/.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, markdown
        }

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("Two or more annotation files, or two or more folders of them, one per annotator.", valueName: "A B"),
                  completion: .file(extensions: ["yaml"]))
        var annotations: [String] = []

        @Option(name: .long, help: "The report's format: text, json or markdown.")
        var format: Format = .text

        @OptionGroup var bootstrap: BootstrapOptions

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard annotations.count >= 2 else { throw ValidationError("Give at least two annotation files or folders to compare.") }
        }

        func run() throws {
            let loaded = AgreementLoader(layout: options.layout).load(annotations.map { URL(fileURLWithPath: $0) })
            DiagnosticPrinter.print(loaded.diagnostics)
            if loaded.hasErrors { throw ExitCode(1) }
            guard !loaded.clippings.isEmpty else {
                DiagnosticPrinter.print([Diagnostic(.error, "no clipping is annotated by every annotator", at: SourceLocation(path: annotations[annotations.count - 1]))])
                throw ExitCode(1)
            }
            let panel = PanelAgreement(annotators: loaded.annotators, clippings: loaded.clippings)
            let intervals = panel.intervals(replicates: bootstrap.bootstrap, seed: bootstrap.seed)
            let report = switch format {
            case .text: AgreementReport.text(panel, intervals: intervals)
            case .json: AgreementReport.json(panel, intervals: intervals, replicates: bootstrap.bootstrap, seed: bootstrap.seed).serialized(pretty: true) + "\n"
            case .markdown: AgreementReport.markdown(panel, intervals: intervals)
            }
            try output.destination.write(report)
        }
    }
}
