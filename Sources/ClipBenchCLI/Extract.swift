import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench extract`: the built-in baseline extractor.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the built-in baseline extractor and prints its predictions as JSON Lines.",
            discussion: """
                Each argument is a seed id (looked up in seeds/) or the path of a text file (its id is \
                the file name without .txt); - reads a clipping from standard input (its id is \
                CLIPBENCH_ID when set, else stdin), so `clipbench run --stdin --command "clipbench extract -"` \
                works. With no argument, every seed of the dataset is extracted, \
                in order of id. The baseline reads only the clipping's text, never the gold or the \
                entity registry. A file that cannot be read (binary, not UTF-8) is reported on standard \
                error and the others are still extracted; the exit status is then 1.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("Seed ids or clipping files; every seed when none is given.", valueName: "ID|FILE"))
        var clippings: [String] = []

        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "The day the clippings were captured, as YYYY-MM-DD: relative dates such as «منذ 5 أيام» resolve against it when the text gives no publication date.",
            valueName: "DATE"))
        var asOf: String?

        func validate() throws {
            if let asOf, CalendarDay(iso: asOf) == nil {
                throw ValidationError("--as-of takes a date written YYYY-MM-DD, not '\(asOf)'.")
            }
        }

        func run() throws {
            let layout = options.layout
            let extractor = BaselineExtractor(asOf: asOf.flatMap(CalendarDay.init(iso:)))
            var failures: [Diagnostic] = []
            var sources: [ClippingSource] = []
            // Every seed: only the sorted ids are held (they fix the order), each source made when
            // its clipping is read, so memory grows by an id, not a URL, a clipping.
            let seedIDs = clippings.isEmpty ? layout.seedIDs() : []
            if clippings.isEmpty {
                if seedIDs.isEmpty {
                    failures.append(Diagnostic(.error, "no seeds to extract (no .txt file in this folder)", at: SourceLocation(path: DisplayPath.of(layout.seedsFolder))))
                }
            }
            var readsStandardInput = false
            for argument in clippings {
                if argument == "-" { readsStandardInput = true; continue }
                do { sources.append(try ClippingSource.resolve(argument, in: layout)) } catch { failures.append(error.diagnostic) }
            }
            if readsStandardInput {
                let id = ProcessInfo.processInfo.environment["CLIPBENCH_ID"] ?? "stdin"
                do {
                    let text = try ClippingReader.decode(ClippingReader.readStandardInput(), path: "<stdin>")
                    FileHandle.standardOutput.write(Data((extractor.extract(text, id: id).jsonLine + "\n").utf8))
                } catch {
                    failures.append(error.diagnostic)
                }
            }
            func extract(_ source: ClippingSource) throws {
                let text: SeedText
                do { text = try ClippingReader.read(source.url) } catch {
                    failures.append(error.diagnostic)
                    return
                }
                try CommandOutput.write(extractor.extract(text, id: source.id).jsonLine + "\n")
            }
            for source in sources { try extract(source) }
            for id in seedIDs { try extract(ClippingSource(id: id, url: layout.seedURL(for: id))) }
            DiagnosticPrinter.print(failures)
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
