import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench show ID`: the clipping with its regions, entities and dates marked.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a clipping with its regions, entities and dates marked.",
            discussion: """
                The text format colours regions by label, entities by type and underlines dates on a \
                terminal (unless NO_COLOR is set); elsewhere it writes plain markers: each line starts \
                with its region's label, ⟦label⟧ marks a region starting inside a line, entities read \
                [PER text] and dates {DATE=value text}. The html format writes one standalone page, right \
                to left, with boilerplate greyed, entities highlighted by type, dates underlined and a legend.
                """
        )

        /// What `show` writes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, html
        }

        @OptionGroup var options: DatasetOptions

        @Argument(help: "The id of the clipping: its seed's file name without .txt.")
        var id: String

        @Option(name: .long, help: "The output format: text for a terminal or a text file, html for one standalone page.")
        var format: Format = .text

        @Option(
            name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Writes to this file instead of standard output; an existing file is kept unless --force is given.", valueName: "FILE"),
            completion: .file()
        )
        var output: String?

        @Flag(name: .long, help: "Replaces the output file when it already exists.")
        var force = false

        func validate() throws {
            if let problem = ClippingID.problem(with: id) { throw ValidationError(problem) }
            if force && output == nil { throw ValidationError("--force only applies with -o FILE.") }
        }

        func run() throws {
            let clipping = try loadClipping()
            let rendered: String
            switch format {
            case .html:
                rendered = ClippingHTMLRenderer().render(clipping.annotation, text: clipping.seed)
            case .text:
                let colour = (output == nil || output == "-") && ColourPolicy.standardOutput
                rendered = ClippingTextRenderer(usesColour: colour).render(clipping.annotation, text: clipping.seed)
            }
            try write(rendered)
        }

        /// The clipping `id`, or the diagnostics that say why it cannot be shown and exit 1.
        private func loadClipping() throws -> GoldClipping {
            let layout = try options.existingLayout()
            let annotationURL = layout.annotationURL(for: id)
            guard FileManager.default.fileExists(atPath: annotationURL.path) else {
                let known = GoldLoader(layout: layout).ids()
                var message = "no clipping '\(id)' in this dataset (no such annotation file)"
                if FileManager.default.fileExists(atPath: layout.seedURL(for: id).path) {
                    message += " (the seed exists but has no annotation yet)"
                } else if let hint = ClippingID.hint(for: id, among: known) {
                    message += "; \(hint)"
                } else if !known.isEmpty {
                    message += " (\(known.count) clipping\(known.count == 1 ? "" : "s") known, e.g. \(known[0]))"
                }
                DiagnosticPrinter.print([Diagnostic(.error, message, at: SourceLocation(path: DisplayPath.of(annotationURL)))])
                throw ExitCode(1)
            }
            switch GoldLoader(layout: layout).clipping(id: id) {
            case .success(let clipping):
                return clipping
            case .failure(let failure):
                DiagnosticPrinter.print(failure.diagnostics)
                throw ExitCode(1)
            }
        }

        /// Prints `text`, or writes it atomically to the `-o` file (never over one unless --force).
        private func write(_ text: String) throws {
            guard let output, output != "-" else {
                try CommandOutput.write(text)
                return
            }
            do {
                try AtomicFileWriter.write(text, to: URL(fileURLWithPath: output), replacing: force)
            } catch {
                let hint = error.alreadyExists ? "; pass --force to replace it" : ""
                DiagnosticPrinter.print([Diagnostic(.error, error.message + hint, at: SourceLocation(path: error.path))])
                throw ExitCode(1)
            }
        }
    }
}
