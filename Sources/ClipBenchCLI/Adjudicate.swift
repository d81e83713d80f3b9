import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench adjudicate A B -o C`: merges two annotators' work, one choice per disagreement.
    struct Adjudicate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge two annotations of the same clippings, choosing left, right or neither at each disagreement.",
            discussion: """
                A and B are two annotation files of one clipping, or two folders of them paired by file \
                name (as for clipbench agree); C is the file, or the folder, to write. Every disagreement \
                is listed with a key (<clipping id>/<number>), the line of the clipping it is on with the \
                span marked ⟦…⟧, and what each side wrote. What both annotators agree on is kept. \
                The choices come from --choices FILE, one 'KEY left|right|neither' per line ('#' starts \
                a comment; l, r and n will do), every key exactly once; or, when standard input is a \
                terminal, from answers typed at a prompt on standard error. Left keeps A's version of \
                the item, right B's, neither drops both (no headline; no publication date, reason \
                absent); a run of region labels takes left or right only. Registry ids are written as \
                the registry beside C, else the dataset's, names the same entity. The result is \
                checked with the validator before it is written (atomically); an invalid result is \
                reported and nothing is written. An existing file is never replaced without --force.
                """
        )

        @OptionGroup var options: DatasetOptions

        @Argument(help: ArgumentHelp("The left annotator's file or folder.", valueName: "A"), completion: .file(extensions: ["yaml"]))
        var left: String

        @Argument(help: ArgumentHelp("The right annotator's file or folder.", valueName: "B"), completion: .file(extensions: ["yaml"]))
        var right: String

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file (or, for folders, the folder) to write.", valueName: "C"), completion: .file())
        var output: String?

        @Option(name: .long, help: ArgumentHelp("A file of choices, one 'KEY left|right|neither' per line.", valueName: "FILE"), completion: .file())
        var choices: String?

        @Flag(name: .long, help: "Print every disagreement with its key and context, and write nothing.")
        var list = false

        @Flag(name: .long, help: "Overwrite files that exist.")
        var force = false

        func validate() throws {
            if !list, output == nil { throw ValidationError("Give the file or folder to write with -o C (or --list to see the disagreements).") }
        }

        func run() throws {
            let layout = options.layout
            let loader = AgreementLoader(layout: layout)
            let leftURL = URL(fileURLWithPath: left)
            let loaded = loader.load([leftURL, URL(fileURLWithPath: right)])
            DiagnosticPrinter.print(loaded.diagnostics)
            if loaded.hasErrors { throw ExitCode(1) }
            guard !loaded.clippings.isEmpty else {
                DiagnosticPrinter.print([Diagnostic(.error, "no clipping is annotated on both sides", at: SourceLocation(path: right))])
                throw ExitCode(1)
            }
            let clippings = loaded.clippings.map { clipping in
                let agreement = AnnotationAgreement(
                    first: clipping.annotations[0], second: clipping.annotations[1], text: clipping.text,
                    firstRegistry: loaded.annotators[0].registry, secondRegistry: loaded.annotators[1].registry)
                return (clipping, Adjudication.items(clippingID: clipping.id, agreement: agreement, text: clipping.text))
            }
            let items = clippings.flatMap(\.1)
            if list {
                try CommandOutput.write(items.map { Self.describe($0, left: loaded.annotators[0].name, right: loaded.annotators[1].name) + "\n" }.joined())
                return
            }
            guard let output else { return }
            let isFolder = AgreementLoader.isFolder(leftURL)
            let outputURL = URL(fileURLWithPath: output)
            let targets = clippings.map { clipping, _ in isFolder ? outputURL.appendingPathComponent(clipping.files[0].lastPathComponent) : outputURL }
            if !force, let existing = targets.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
                DiagnosticPrinter.print([Diagnostic(.error, "already exists; not overwritten; pass --force to overwrite it", at: SourceLocation(path: DisplayPath.of(existing)))])
                throw ExitCode(1)
            }

            let chosen = try readChoices(items, left: loaded.annotators[0].name, right: loaded.annotators[1].name)

            // Ids are written as the registry the result will be validated against names the entity.
            let outputFolder = isFolder ? outputURL : outputURL.deletingLastPathComponent()
            var diagnostics: [Diagnostic] = []
            let targetRegistryURL = loader.registryURL(beside: outputFolder)
            let targetRegistry = targetRegistryURL.flatMap { loader.loadRegistry($0, into: &diagnostics) }
            let registries = loaded.annotators.map(\.registry)
            func registryID(side: Int, id: String) -> String {
                Adjudication.registryID(id, side: side, registries: registries, target: targetRegistry)
            }

            var results: [(URL, String)] = []
            for ((clipping, clippingItems), target) in zip(clippings, targets) {
                let merged: Annotation
                do {
                    merged = try Adjudication.resolve(
                        first: clipping.annotations[0], second: clipping.annotations[1], text: clipping.text,
                        items: clippingItems, choices: clippingItems.map { chosen[$0.key]! }, registryID: registryID)
                } catch {
                    diagnostics.append(Diagnostic(.error, error.description, at: SourceLocation(path: choices ?? "<stdin>")))
                    continue
                }
                let notes = Adjudication.mergedNotes(clipping.notes[0], clipping.notes[1], firstName: loaded.annotators[0].name, secondName: loaded.annotators[1].name)
                let yaml = Adjudication.yaml(of: merged, notes: notes)
                let path = DisplayPath.of(target)
                let checked = AnnotationLoader.load(yaml: yaml, path: path)
                diagnostics += checked.diagnostics
                if let document = checked.document {
                    diagnostics += AnnotationValidator(registry: targetRegistry).diagnostics(
                        for: document, expectedID: String(target.deletingPathExtension().lastPathComponent), seed: clipping.text, isComplete: !checked.hasErrors)
                }
                results.append((target, yaml))
            }
            DiagnosticPrinter.print(diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) {
                DiagnosticPrinter.print([Diagnostic(.error, "the adjudicated annotation does not validate; nothing was written", at: SourceLocation(path: output))])
                throw ExitCode(1)
            }
            if isFolder, !AgreementLoader.isFolder(outputURL) {
                do { try FileManager.default.createDirectory(at: outputURL, withIntermediateDirectories: true) } catch {
                    DiagnosticPrinter.print([Diagnostic(.error, "cannot create the folder: \(error.localizedDescription)", at: SourceLocation(path: output))])
                    throw ExitCode(1)
                }
            }
            for (target, yaml) in results {
                do { try ReportOutput.write(yaml, to: target, force: force) } catch {
                    DiagnosticPrinter.print([error.diagnostic])
                    throw ExitCode(1)
                }
                // The file on disk, read back through the validator as `clipbench validate` would.
                let problems = DatasetValidator(layout: layout).validateAnnotation(at: target, registry: targetRegistry, registryExists: targetRegistryURL != nil)
                    .filter { $0.severity == .error }
                if !problems.isEmpty {
                    DiagnosticPrinter.print(problems)
                    throw ExitCode(1)
                }
            }
            FileHandle.standardError.write(Data("\(items.count) disagreement\(items.count == 1 ? "" : "s") decided; wrote \(results.count) annotation\(results.count == 1 ? "" : "s") to \(output)\n".utf8))
        }

        /// An item as listed and prompted: key and message, context, both sides.
        static func describe(_ item: Adjudication.Item, left: String, right: String) -> String {
            let visible = DiagnosticPrinter.visible
            return """
                [\(item.key)] \(visible(item.disagreement.message))
                  \(visible(item.context))
                  left  (\(left)): \(visible(Adjudication.describe(item.disagreement.first)))
                  right (\(right)): \(visible(Adjudication.describe(item.disagreement.second)))
                """
        }

        /// One choice per item: from --choices, else asked on the terminal.
        func readChoices(_ items: [Adjudication.Item], left: String, right: String) throws -> [String: Adjudication.Choice] {
            if let choices {
                let url = URL(fileURLWithPath: choices)
                guard let data = BoundedFileReader.contents(of: url, limit: InputLimits.yamlFileBytes),
                      let text = String(validating: data, as: UTF8.self) else {
                    DiagnosticPrinter.print([Diagnostic(.error, "cannot be read as UTF-8 text", at: SourceLocation(path: choices))])
                    throw ExitCode(1)
                }
                var (chosen, diagnostics) = Adjudication.choices(in: text, path: choices, keys: Set(items.map(\.key)))
                let missing = items.filter { chosen[$0.key] == nil }
                if let first = missing.first {
                    diagnostics.append(Diagnostic(.error, "no choice for \(first.key)\(missing.count > 1 ? " and \(missing.count - 1) more" : "") (every disagreement needs one)", at: SourceLocation(path: choices)))
                }
                DiagnosticPrinter.print(diagnostics)
                if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
                chosen = chosen.filter { key, _ in items.contains { $0.key == key } }
                return chosen
            }
            guard isatty(STDIN_FILENO) != 0 else {
                throw ValidationError("Give the choices with --choices FILE, or run on a terminal to choose at a prompt.")
            }
            var chosen: [String: Adjudication.Choice] = [:]
            for (index, item) in items.enumerated() {
                while chosen[item.key] == nil {
                    FileHandle.standardError.write(Data("\n(\(index + 1) of \(items.count)) \(Self.describe(item, left: left, right: right))\n  (l)eft, (r)ight or (n)either? ".utf8))
                    guard let answer = readLine() else {
                        DiagnosticPrinter.print([Diagnostic(.error, "input ended before every disagreement was decided; nothing was written", at: SourceLocation(path: "<stdin>"))])
                        throw ExitCode(1)
                    }
                    if let choice = Adjudication.Choice(answer: answer) { chosen[item.key] = choice }
                }
            }
            return chosen
        }
    }
}
