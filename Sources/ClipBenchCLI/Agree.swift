import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench agree`: inter-annotator agreement.
    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the agreement of two annotators on the same clippings.",
            discussion: """
                A and B are two annotation files of one clipping, or two folders of them (paired by \
                file name). The report gives, task by task, the F1 of B against A (regions with label \
                and category, entities strict, dates strict and relaxed, headline, publication date), \
                Cohen's kappa over the region label of every non-whitespace character, and the list of \
                disagreements (spans, labels, values) for the annotators to reconcile. Spans must be \
                anchored (clipbench anchor) and the clippings must be in the dataset's seeds/.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The first annotation file or folder.", valueName: "A"))
        var first: String

        @Argument(help: ArgumentHelp("The second annotation file or folder.", valueName: "B"))
        var second: String

        @Option(name: .long, help: "The report's format: text or json.")
        var format: Format = .text

        func run() throws {
            let outcome = AgreementLoader(layout: options.layout).pairs(URL(fileURLWithPath: first), URL(fileURLWithPath: second))
            DiagnosticPrinter.print(outcome.diagnostics)
            if outcome.diagnostics.contains(where: { $0.severity == .error }) || outcome.pairs.isEmpty {
                if outcome.pairs.isEmpty && !outcome.diagnostics.contains(where: { $0.severity == .error }) {
                    DiagnosticPrinter.print([Diagnostic(.error, "no clipping is annotated on both sides", at: SourceLocation(path: second))])
                }
                throw ExitCode(1)
            }
            var total = AnnotationAgreement()
            if outcome.pairs.count == 1, let pair = outcome.pairs.first {
                total = AnnotationAgreement(first: pair.first, second: pair.second, text: pair.text)
            } else {
                for pair in outcome.pairs {
                    total.merge(AnnotationAgreement(first: pair.first, second: pair.second, text: pair.text), prefix: pair.id)
                }
            }
            switch format {
            case .text: try CommandOutput.write(AgreementReport.text(total, clippings: outcome.pairs.count, first: first, second: second))
            case .json: try CommandOutput.write(AgreementReport.json(total, clippings: outcome.pairs.count, first: first, second: second).serialized(pretty: true) + "\n")
            }
        }
    }
}
