import ArgumentParser
import ClipBench
import Foundation

extension ClipBench {
    /// `clipbench registry add|find|merge`: the entity registry's own commands.
    struct Registry: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find, add and merge entries of the entity registry (Annotations/entities.yaml).",
            discussion: """
                The registry is edited line by line: its comments, order and layout are kept, a new entry goes \
                in id order, and the file is written atomically. An edit that would leave the registry invalid \
                (a duplicate id, a name two entries share while the validator forbids it) is refused and the \
                file is left unchanged. Two entries name the same entity when their Wikidata ids are equal, or, \
                when one has none, when their types and their Arabic or English names are equal once normalised.
                """,
            subcommands: [Find.self, Add.self, Merge.self]
        )
    }
}

/// `--registry FILE`, shared by the registry subcommands.
struct RegistryFileOptions: ParsableArguments {
    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: ArgumentHelp("The registry file (default: Annotations/entities.yaml in the --dataset folder).", valueName: "FILE"),
            completion: .file(extensions: ["yaml"]))
    var registry: String?

    var url: URL { registry.map { URL(fileURLWithPath: $0) } ?? dataset.layout.registryURL }
    var path: String { DisplayPath.of(url) }

    /// A new registry file holds only the schema line and an empty list.
    static let emptyRegistry = "# yaml-language-server: $schema=../Schemas/registry.schema.json\nentities: []\n"

    /// The registry's text, or the empty registry when `missingIsEmpty` and the file does not exist.
    func readText(missingIsEmpty: Bool = false) throws -> String {
        if missingIsEmpty, !FileManager.default.fileExists(atPath: url.path) { return Self.emptyRegistry }
        guard let data = BoundedFileReader.contents(of: url, limit: InputLimits.yamlFileBytes), let text = String(validating: data, as: UTF8.self) else {
            if FileManager.default.fileExists(atPath: url.path), case .failure(let failure) = YAMLReader.readBytes(contentsOf: url, path: path) {
                DiagnosticPrinter.print(failure.diagnostics)
                throw ExitCode(1)
            }
            let exists = FileManager.default.fileExists(atPath: url.path)
            DiagnosticPrinter.print([Diagnostic(.error, exists ? "the file cannot be read as UTF-8 text" : "no such file", at: SourceLocation(path: path))])
            throw ExitCode(1)
        }
        return text
    }

    /// An editor for the registry; its errors are printed and exit 1.
    func editor(missingIsEmpty: Bool = false) throws -> RegistryEditor {
        let text = try readText(missingIsEmpty: missingIsEmpty)
        do {
            return try RegistryEditor(text: text, path: path)
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            try? StandardStream.error.write("clipbench: the registry has errors; fix them before editing it\n")
            throw ExitCode(1)
        }
    }

    /// Writes the edited registry atomically.
    func write(_ text: String) throws {
        do {
            try AtomicFileWriter.write(Data(text.utf8), to: url, replacing: true)
        } catch {
            DiagnosticPrinter.print([Diagnostic(.error, error.description, at: SourceLocation(path: path))])
            throw ExitCode(1)
        }
    }
}

extension ClipBench.Registry {
    /// `clipbench registry find QUERY`.
    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find registry entries by id, Wikidata id, name or alias.",
            discussion: """
                Prints one line per entry found, best first, with tab-separated fields: id, type, Arabic name, \
                English name, Wikidata id (empty when unknown). The entry whose id or Wikidata id QUERY is comes \
                first, then entries with a name or alias equal to QUERY once normalised (harakat, tatweel, \
                hamza forms, case and punctuation aside), then entries with a name or alias containing it. \
                Search before adding: an entity already in the registry keeps its id.
                """
        )

        @OptionGroup var file: RegistryFileOptions

        @Argument(help: ArgumentHelp("An id, a Wikidata id (Q…), or a name in any spelling.", valueName: "QUERY"))
        var query: String

        func validate() throws {
            if query.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("QUERY is empty; give an id, a Wikidata id or a name.") }
        }

        func run() throws {
            let loaded = EntityRegistryLoader.load(yaml: try file.readText(), path: file.path)
            DiagnosticPrinter.print(loaded.diagnostics)
            if loaded.hasErrors { throw ExitCode(1) }
            let found = loaded.registry.search(query)
            if found.isEmpty {
                try? StandardStream.error.write("clipbench: no registry entry matches '\(query)'\n")
                return
            }
            let lines = found.map { entry in
                [entry.id, entry.type.rawValue, entry.arabicName, entry.englishName, entry.wikidata ?? ""]
                    .map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                    .joined(separator: "\t")
            }
            try StandardStream.output.write(lines.joined(separator: "\n") + "\n")
        }
    }

    /// `clipbench registry add`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a new entity to the registry.",
            discussion: """
                The id follows the convention of the guidelines (section 6.1): the slug of the entity's English \
                Wikipedia title (--wikipedia) when it has an article, else the slug of its English name; --id \
                overrides it. The entry is refused when the id is taken, or when an entry already names the \
                same entity (same Wikidata id, or same type and Arabic or English name): add names to an \
                existing entry with 'registry merge'. Prints the id of the entry added.
                """
        )

        @OptionGroup var file: RegistryFileOptions

        @Option(name: .long, help: ArgumentHelp("The entity's type: PER, ORG, LOC or MISC.", valueName: "TYPE"))
        var type: String

        @Option(name: .customLong("ar"), help: ArgumentHelp("The Arabic name, as most often written in the clippings.", valueName: "NAME"))
        var arabicName: String

        @Option(name: .customLong("en"), help: ArgumentHelp("The usual English name.", valueName: "NAME"))
        var englishName: String

        @Option(name: .long, help: ArgumentHelp("The title of the entity's English Wikipedia article, which gives the id.", valueName: "TITLE"))
        var wikipedia: String?

        @Option(name: .long, help: ArgumentHelp("The Wikidata id, only where known for certain.", valueName: "QID"))
        var wikidata: String?

        @Option(name: .customLong("alias"), help: ArgumentHelp("Another form met in the clippings, exactly as written (repeatable).", valueName: "NAME"))
        var aliases: [String] = []

        @Option(name: .long, help: ArgumentHelp("One English line saying what the entity is.", valueName: "TEXT"))
        var description: String?

        @Option(name: .long, help: ArgumentHelp("The id to use instead of the conventional one.", valueName: "ID"))
        var id: String?

        @Flag(name: .long, help: "Add the entry even though one here has the same type and name: it is another entity of the same name (give both a Wikidata id, so other registries tell them apart).")
        var homonym = false

        func validate() throws {
            guard EntityType(rawValue: type) != nil else { throw ValidationError("--type must be PER, ORG, LOC or MISC, not '\(type)'.") }
            for (option, value) in [("--ar", arabicName), ("--en", englishName)] where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("\(option) is empty.")
            }
            if let wikidata, !RegistryValidator.isWellFormedWikidataID(wikidata) {
                throw ValidationError("--wikidata must be a Wikidata item id such as Q1398497, not '\(wikidata)'.")
            }
            if let id, !RegistryValidator.isWellFormedID(id) {
                throw ValidationError("--id must be a lowercase ASCII slug such as 'dmitry-peskov', not '\(id)'.")
            }
            if id == nil, EntityIdentity.conventionalID(wikipediaTitle: wikipedia, englishName: englishName) == nil {
                throw ValidationError("Neither --wikipedia nor --en gives an id (no Latin letters or digits): give --id.")
            }
        }

        func run() throws {
            guard let type = EntityType(rawValue: type),
                  let id = id ?? EntityIdentity.conventionalID(wikipediaTitle: wikipedia, englishName: englishName) else { return }
            var editor = try file.editor(missingIsEmpty: true)
            do {
                try editor.add(RegistryEntry(id: id, type: type, arabicName: arabicName, englishName: englishName, aliases: aliases,
                                             wikidata: wikidata, description: description), isHomonym: homonym)
            } catch {
                DiagnosticPrinter.print(error.diagnostics)
                throw ExitCode(1)
            }
            try file.write(editor.text)
            try StandardStream.output.write(id + "\n")
        }
    }

    /// `clipbench registry merge OTHER`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge another registry (a second annotator's, or a file of new entries) into this one.",
            discussion: """
                Each entry of OTHER that names the same entity as exactly one entry here (same Wikidata id, or \
                same type and Arabic or English name once normalised) gives that entry its names as aliases \
                and its Wikidata id if it had none; an entry that matches none is added with its own id. An \
                entry that matches several, or whose id is taken by another entity, is an error, and then \
                nothing is written. Prints, for every entry of OTHER, its id there and its id here, separated \
                by a tab: use it to relink the other annotator's files.
                """
        )

        @OptionGroup var file: RegistryFileOptions

        @Argument(help: ArgumentHelp("The registry file to merge in.", valueName: "OTHER"), completion: .file(extensions: ["yaml"]))
        var other: String

        @Flag(name: .long, help: "Print what would be merged, and write nothing.")
        var dryRun = false

        func run() throws {
            let otherURL = URL(fileURLWithPath: other)
            let otherPath = DisplayPath.of(otherURL)
            let loaded = EntityRegistryLoader.load(contentsOf: otherURL, path: otherPath)
            let problems = loaded.diagnostics + (loaded.hasErrors ? [] : RegistryValidator.diagnostics(for: loaded.registry))
            DiagnosticPrinter.print(problems)
            if problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
            var editor = try file.editor()
            let report: RegistryEditor.MergeReport
            do {
                report = try editor.merge(loaded.registry)
            } catch {
                DiagnosticPrinter.print(error.diagnostics)
                throw ExitCode(1)
            }
            if !dryRun { try file.write(editor.text) }
            let lines = report.correspondence.map { "\($0.otherID)\t\($0.id)" }
            if !lines.isEmpty { try StandardStream.output.write(lines.joined(separator: "\n") + "\n") }
            let aliases = report.aliasesAdded.values.reduce(0) { $0 + $1.count }
            let summary = "\(dryRun ? "would merge" : "merged") \(report.correspondence.count) entr\(report.correspondence.count == 1 ? "y" : "ies"): \(report.added.count) added, \(aliases) alias\(aliases == 1 ? "" : "es") added"
            DiagnosticPrinter.print([Diagnostic(.note, summary, at: SourceLocation(path: file.path))])
        }
    }
}
