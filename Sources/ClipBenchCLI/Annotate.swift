import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench annotate`: adds a new clipping with a draft annotation.
    struct Annotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a clipping to the dataset with a draft annotation pre-filled by the baseline.",
            discussion: """
                Copies FILE byte for byte into seeds/<id>.txt and writes Annotations/<id>.yaml with \
                status: draft, every suggestion of the baseline marked suggested: true. The id is the \
                next number after the highest in seeds/ and a hash of the content (NNN_<16 hex>), \
                unless --id gives one. Nothing is ever overwritten: an existing seed or annotation, or \
                a clipping already in the dataset, is an error. Next: check and correct each suggestion, \
                delete its mark, run clipbench anchor and clipbench validate, then set status: done.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The clipping, a UTF-8 text file.", valueName: "FILE"), completion: .file())
        var file: String

        @Option(name: .long, help: ArgumentHelp("The id to give the clipping instead of the derived one: ASCII letters, digits, '_', '-' and '.'.", valueName: "ID"))
        var id: String?

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the clipping was captured, as YYYY-MM-DD, for relative dates.", valueName: "DATE"))
        var asOf: String?

        func validate() throws {
            if let id, let problem = ClippingID.problem(with: id) { throw ValidationError("--id: \(problem).") }
            if let asOf, CalendarDay(iso: asOf) == nil { throw ValidationError("--as-of takes a date written YYYY-MM-DD, not '\(asOf)'.") }
        }

        func run() throws {
            let intake = ClippingIntake(layout: options.layout)
            let added: ClippingIntake.Added
            do {
                added = try intake.add(fileAt: URL(fileURLWithPath: file), id: id, extractor: BaselineExtractor(asOf: asOf.flatMap(CalendarDay.init(iso:))))
            } catch {
                DiagnosticPrinter.print([error.diagnostic])
                throw ExitCode(1)
            }
            let suggestions = added.prediction.regions.count + added.prediction.entities.count + added.prediction.dates.count
            try CommandOutput.write("added \(added.id): \(DisplayPath.of(added.seedURL)) and \(DisplayPath.of(added.annotationURL)) (draft, \(suggestions) suggestions to check)\n")
        }
    }
}
