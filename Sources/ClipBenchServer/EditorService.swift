import ClipBench
import Foundation

/// What the editor's JSON API does, without HTTP: the clipping list, loading, live validation,
/// saving with conflict detection, the registry search and new entries. Every file it touches is
/// `seeds/<id>.txt`, `Annotations/<id>.yaml` or `Annotations/entities.yaml` of its dataset.
///
/// It calls the same library code as the command line: ``AnnotationLoader``,
/// ``DatasetValidator``, ``AnnotationFileEditor`` (the text-preserving writer) and
/// ``AtomicFileWriter``. An actor, so two saves never interleave.
///
/// ```swift
/// let service = EditorService(layout: DatasetLayout(root: url))
/// let reply = await service.clipping(id: "000_fafa66e8a14f78c9")
/// reply.status   // 200
/// ```
///
/// - Complexity: each call is O(size of the files it reads); the list reads every annotation.
public actor EditorService {
    /// A reply: an HTTP status and its JSON body.
    public struct Reply: Sendable, Error {
        public var status: Int
        public var body: JSONValue

        public init(status: Int, body: JSONValue) {
            self.status = status
            self.body = body
        }

        static func error(_ status: Int, _ message: String, _ extra: [(String, JSONValue)] = []) -> Reply {
            Reply(status: status, body: .object([("error", .string(message))] + extra))
        }
    }

    public let layout: DatasetLayout
    /// Predictions given with `--suggest FILE`, by clipping id.
    private let predictions: [String: Prediction]
    /// `--compare DIR`: a folder holding two annotators' folders of `<id>.yaml` files; the
    /// adjudicated results go to its `adjudicated/` folder.
    public let compareFolder: URL?

    public init(layout: DatasetLayout, predictions: [String: Prediction] = [:], compareFolder: URL? = nil) {
        self.layout = layout
        self.predictions = predictions
        self.compareFolder = compareFolder
    }

    // MARK: - Reading

    /// Every annotated clipping with its status, counts, open suggestions and validation errors.
    public func list() -> Reply {
        let registry = loadRegistry().registry
        let validator = DatasetValidator(layout: layout)
        let items: [JSONValue] = layout.annotationIDs().filter { ClippingID.problem(with: $0) == nil }.map { id in
            let url = layout.annotationURL(for: id)
            let loaded = AnnotationLoader.load(contentsOf: url, path: DisplayPath.of(url))
            let diagnostics = validator.validateAnnotation(loaded, at: url, registry: registry)
            let edited = loaded.document.flatMap { try? EditedAnnotation.from($0).get() }
            var fields: [(String, JSONValue)] = [("id", .string(id))]
            if let document = loaded.document {
                fields += [
                    ("status", .string(document.status.rawValue)),
                    ("regions", .integer(document.regions.count)), ("entities", .integer(document.entities.count)),
                    ("dates", .integer(document.dates.count)),
                ]
            } else {
                fields.append(("status", .string("unreadable")))
            }
            fields += [
                ("suggestions", .integer(edited?.openSuggestionCount ?? 0)),
                ("errors", .integer(diagnostics.filter { $0.severity == .error }.count)),
                ("warnings", .integer(diagnostics.filter { $0.severity == .warning }.count)),
            ]
            return .object(fields)
        }
        let annotated = Set(layout.annotationIDs())
        let unannotated = layout.seedIDs().filter { !annotated.contains($0) }.map(JSONValue.string)
        return Reply(status: 200, body: .object([
            ("clippings", .array(items)), ("unannotated", .array(unannotated)), ("compare", .bool(compareFolder != nil)),
        ]))
    }

    /// One clipping: its seed, its annotation in the editor's form, the file's hash (for conflict
    /// detection), its diagnostics, the baseline's date readings and any `--suggest` suggestions.
    public func clipping(id: String) -> Reply {
        let files: ClippingFiles
        switch clippingFiles(for: id) {
        case .failure(let reply): return reply
        case .success(let found): files = found
        }
        let registry = loadRegistry()
        let loaded = AnnotationLoader.load(yaml: files.text, path: files.path)
        let diagnostics = DatasetValidator(layout: layout).validateAnnotation(loaded, at: files.annotationURL, registry: registry.registry)
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)), ("seed", .string(files.seed.string)), ("hash", .string(Self.hash(files.text))),
            ("registryHash", .string(registry.hash)),
            ("diagnostics", diagnosticsJSON(diagnostics, document: loaded.document)),
            ("baselineDates", .array(BaselineExtractor().extract(files.seed, id: id).dates.compactMap { date in
                guard let start = date.start, let end = date.end else { return nil }
                return .object([("start", .integer(start)), ("end", .integer(end)), ("text", .string(date.text)), ("value", date.value.map(JSONValue.string) ?? .null)])
            })),
        ]
        guard let document = loaded.document, !loaded.hasErrors else {
            fields.append(("problem", .string("the file has errors the editor cannot work around: fix them in a text editor (see the diagnostics), then reload")))
            return Reply(status: 200, body: .object(fields))
        }
        switch EditedAnnotation.from(document) {
        case .failure(let problem):
            fields.append(("problem", .string(problem.diagnostic.description + " — then reload")))
        case .success(let edited):
            fields.append(("annotation", edited.json))
            fields.append(("suggestions", suggestionsJSON(for: edited)))
        }
        return Reply(status: 200, body: .object(fields))
    }

    /// The diagnostics `clipbench validate` would give the annotation once saved.
    public func validate(id: String, body: JSONValue) -> Reply {
        switch prepare(id: id, body: body) {
        case .failure(let reply): return reply
        case .success(let prepared):
            return Reply(status: 200, body: .object([("diagnostics", prepared.diagnosticsJSON)]))
        }
    }

    // MARK: - Writing

    /// Saves the annotation unless the file changed since the page loaded it (`baseHash`).
    /// Refuses `status: done` while suggestions remain. Writes nothing when the text is unchanged.
    public func save(id: String, body: JSONValue) -> Reply {
        let prepared: Prepared
        switch prepare(id: id, body: body) {
        case .failure(let reply): return reply
        case .success(let value): prepared = value
        }
        guard let base = body.member("baseHash")?.asString else { return .error(400, "the request needs 'baseHash', the hash of the file as loaded") }
        if base != Self.hash(prepared.files.text) {
            return .error(409, "\(prepared.files.path) changed on disk since you loaded it; nothing was saved. Reload to see the file as it is now (copy your changes first), or keep editing.",
                          [("hash", .string(Self.hash(prepared.files.text)))])
        }
        if prepared.target.status == .done, prepared.target.openSuggestionCount > 0 {
            return .error(422, "cannot set done: \(prepared.target.openSuggestionCount) suggestion\(prepared.target.openSuggestionCount == 1 ? "" : "s") still to accept or reject")
        }
        var written = false
        if prepared.text != prepared.files.text {
            do {
                try AtomicFileWriter.write(Data(prepared.text.utf8), to: prepared.files.annotationURL, replacing: true)
                written = true
            } catch {
                return .error(500, error.description)
            }
        }
        return Reply(status: 200, body: .object([
            ("hash", .string(Self.hash(prepared.text))), ("written", .bool(written)), ("diagnostics", prepared.diagnosticsJSON),
        ]))
    }

    /// Registry entries whose name or an alias contains `query` once both are normalised (SPEC §5).
    public func searchRegistry(query: String, limit: Int = 20) -> Reply {
        let key = ArabicNormalizer.normalize(query)
        let registry = loadRegistry()
        let found = key.isEmpty ? [] : registry.registry.entries.filter { entry in
            entry.names.contains { ArabicNormalizer.normalize($0).contains(key) } || entry.id.contains(query.lowercased())
        }
        return Reply(status: 200, body: .object([
            ("registryHash", .string(registry.hash)),
            ("entries", .array(found.prefix(limit).map(Self.entryJSON))),
        ]))
    }

    /// Adds an entry to the registry, unless the registry changed since `registryHash`.
    public func addRegistryEntry(body: JSONValue) -> Reply {
        let url = layout.registryURL
        guard isInsideDataset(url) else { return .error(403, "the registry lies outside the dataset folder") }
        let original: String
        if FileManager.default.fileExists(atPath: url.path) {
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                return .error(500, "\(DisplayPath.of(url)) cannot be read")
            }
            original = text
        } else {
            original = "# yaml-language-server: $schema=../Schemas/registry.schema.json\nentities: []\n"
        }
        if let base = body.member("registryHash")?.asString, base != Self.hash(original) {
            return .error(409, "the registry changed on disk since this page read it; reload the registry and try again")
        }
        guard let entry = body.member("entry"), let id = entry.member("id")?.asString,
              let typeName = entry.member("type")?.asString, let type = EntityType(rawValue: typeName),
              let arabic = entry.member("ar")?.asString, let english = entry.member("en")?.asString else {
            return .error(400, "a new entry needs 'id', 'type' (PER, ORG, LOC or MISC), 'ar' and 'en'")
        }
        let aliases = entry.member("aliases")?.asArray?.compactMap(\.asString).filter { !$0.isEmpty } ?? []
        let wikidata = entry.member("wikidata")?.asString.flatMap { $0.isEmpty ? nil : $0 }
        let description = entry.member("description")?.asString.flatMap { $0.isEmpty ? nil : $0 }
        let new = RegistryEntry(id: id, type: type, arabicName: arabic, englishName: english, aliases: aliases, wikidata: wikidata, description: description)
        // The one registry editor; a name shared with another entry is accepted (GUIDELINES 5.5: a
        // shared name needs an id), and names are written quoted, as the editor always has.
        let text: String
        do {
            var editor = try RegistryEditor(text: original, path: DisplayPath.of(url))
            try editor.add(new, isHomonym: true, quotesEveryName: true)
            text = editor.text
        } catch {
            return .error(422, error.diagnostic.message)
        }
        do {
            try AtomicFileWriter.write(Data(text.utf8), to: url, replacing: true)
        } catch {
            return .error(500, error.description)
        }
        return Reply(status: 200, body: .object([("registryHash", .string(Self.hash(text))), ("entry", Self.entryJSON(new))]))
    }

    // MARK: - Comparing two annotators

    /// The two annotators' folders of `--compare DIR` (every subfolder but `adjudicated/`), or why not.
    private func annotatorFolders() -> Result<(URL, URL), Reply> {
        guard let compareFolder else { return .failure(.error(404, "the server was not started with --compare DIR")) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: compareFolder.path)) ?? []).sorted().filter { name in
            var isFolder: ObjCBool = false
            return name != "adjudicated" && !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: compareFolder.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }
        guard names.count == 2 else {
            return .failure(.error(422, "\(DisplayPath.of(compareFolder)) must hold exactly two annotators' folders (it holds \(names.count))"))
        }
        return .success((compareFolder.appendingPathComponent(names[0]), compareFolder.appendingPathComponent(names[1])))
    }

    private func editedAnnotation(at url: URL) -> Result<(EditedAnnotation, String), Reply> {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            return .failure(.error(404, "\(DisplayPath.of(url)) cannot be read"))
        }
        let loaded = AnnotationLoader.load(yaml: text, path: DisplayPath.of(url))
        guard let document = loaded.document, !loaded.hasErrors else {
            return .failure(.error(422, loaded.diagnostics.first { $0.severity == .error }?.description ?? "\(DisplayPath.of(url)) is not an annotation"))
        }
        switch EditedAnnotation.from(document) {
        case .failure(let problem): return .failure(.error(422, problem.diagnostic.description))
        case .success(let edited): return .success((edited, text))
        }
    }

    /// One clipping of both annotators, loaded and compared as `clipbench adjudicate` does
    /// (``AgreementLoader``, ``AnnotationAgreement``, ``Adjudication``).
    private struct Comparison {
        var names: (String, String)
        var clipping: AgreementLoader.Clipping
        var registries: [EntityRegistry?]
        var items: [Adjudication.Item]
        /// Both annotations in the editor's form, for their `suggested` marks.
        var edited: [EditedAnnotation]
        var leftText: String
        var resultURL: URL
        var resultText: String?
    }

    private func comparisonFiles(id: String) -> Result<Comparison, Reply> {
        if let problem = ClippingID.problem(with: id) { return .failure(.error(400, "unsafe clipping id: \(problem)")) }
        let folders: (URL, URL)
        switch annotatorFolders() {
        case .failure(let reply): return .failure(reply)
        case .success(let found): folders = found
        }
        let urls = [folders.0, folders.1].map { $0.appendingPathComponent("\(id).yaml") }
        var edited: [EditedAnnotation] = []
        var leftText = ""
        for url in urls {
            switch editedAnnotation(at: url) {
            case .failure(let reply): return .failure(reply)
            case .success(let (annotation, text)):
                edited.append(annotation)
                if edited.count == 1 { leftText = text }
            }
        }
        let loaded = AgreementLoader(layout: layout).load(urls)
        if let error = loaded.diagnostics.first(where: { $0.severity == .error }) { return .failure(.error(422, error.description)) }
        guard let clipping = loaded.clippings.first else { return .failure(.error(422, "the two files of '\(id)' cannot be compared")) }
        let registries = loaded.annotators.map(\.registry)
        let agreement = AnnotationAgreement(first: clipping.annotations[0], second: clipping.annotations[1], text: clipping.text,
                                            firstRegistry: registries[0], secondRegistry: registries[1])
        let resultURL = compareFolder!.appendingPathComponent("adjudicated", isDirectory: true).appendingPathComponent("\(id).yaml")
        let resultText = (try? Data(contentsOf: resultURL)).flatMap { String(data: $0, encoding: .utf8) }
        return .success(Comparison(names: (folders.0.lastPathComponent, folders.1.lastPathComponent), clipping: clipping,
                                   registries: registries, items: Adjudication.items(clippingID: id, agreement: agreement, text: clipping.text),
                                   edited: edited, leftText: leftText, resultURL: resultURL, resultText: resultText))
    }

    /// The clippings both annotators annotated, with how many disagreements each has.
    public func comparisons() -> Reply {
        let folders: (URL, URL)
        switch annotatorFolders() {
        case .failure(let reply): return reply
        case .success(let found): folders = found
        }
        let names = AgreementLoader.annotationNames(in: folders.0).intersection(AgreementLoader.annotationNames(in: folders.1))
        let shared = names.map { String($0.dropLast(5)) }.filter { ClippingID.problem(with: $0) == nil }.sorted()
        let items: [JSONValue] = shared.map { id in
            switch comparisonFiles(id: id) {
            case .failure(let reply): return .object([("id", .string(id)), ("error", reply.body.member("error") ?? .null)])
            case .success(let comparison):
                return .object([("id", .string(id)), ("disagreements", .integer(comparison.items.count)),
                                ("adjudicated", .bool(comparison.resultText != nil))])
            }
        }
        return Reply(status: 200, body: .object([
            ("annotators", .array([.string(folders.0.lastPathComponent), .string(folders.1.lastPathComponent)])), ("clippings", .array(items)),
        ]))
    }

    /// Both annotations of one clipping and their disagreements.
    public func comparison(id: String) -> Reply {
        switch comparisonFiles(id: id) {
        case .failure(let reply): return reply
        case .success(let comparison):
            return Reply(status: 200, body: .object([
                ("id", .string(id)), ("seed", .string(comparison.clipping.text.string)),
                ("annotators", .array([.string(comparison.names.0), .string(comparison.names.1)])),
                ("disagreements", .array(comparison.items.map { $0.json(text: comparison.clipping.text) })),
                ("hash", .string(Self.hash(comparison.resultText ?? ""))),
                ("result", .string(DisplayPath.of(comparison.resultURL))),
            ]))
        }
    }

    /// Saves the adjudicated annotation as the third file (`choices`: per disagreement `left`,
    /// `right`, `neither` or `{"edit": …}`, see ``Adjudication/Decision``), written through the
    /// text-preserving writer from the left annotator's text (or the result's, once it exists), so
    /// its layout is kept. Registry ids are written as the dataset's registry names the entity.
    public func saveComparison(id: String, body: JSONValue) -> Reply {
        let comparison: Comparison
        switch comparisonFiles(id: id) {
        case .failure(let reply): return reply
        case .success(let found): comparison = found
        }
        guard let base = body.member("baseHash")?.asString else { return .error(400, "the request needs 'baseHash'") }
        guard base == Self.hash(comparison.resultText ?? "") else {
            return .error(409, "\(DisplayPath.of(comparison.resultURL)) changed on disk since you loaded it; nothing was saved. Reload to see it.")
        }
        let choices = body.member("choices")?.asArray ?? []
        guard choices.count == comparison.items.count else {
            return .error(422, "decide each of the \(comparison.items.count) disagreements: left, right, neither or an edit")
        }
        let text = comparison.clipping.text
        let decisions: [Adjudication.Decision]
        do {
            decisions = try choices.map { (choice: JSONValue) throws(EditorRequestError) in try Adjudication.Decision(json: choice, seed: text) }
        } catch {
            return .error(422, error.description)
        }
        let registry = loadRegistry().registry
        let merged: Annotation
        do {
            merged = try Adjudication.resolve(
                first: comparison.clipping.annotations[0], second: comparison.clipping.annotations[1], text: text,
                items: comparison.items, decisions: decisions,
                registryID: { Adjudication.registryID($1, side: $0, registries: comparison.registries, target: registry) })
        } catch {
            return .error(422, error.description)
        }
        let notes = Adjudication.mergedNotes(comparison.clipping.notes[0], comparison.clipping.notes[1],
                                             firstName: comparison.names.0, secondName: comparison.names.1)
        let target = EditedAnnotation(merged, notes: notes, suggestionsOf: comparison.edited)
        let path = DisplayPath.of(comparison.resultURL)
        switch AnnotationFileEditor.edit(comparison.resultText ?? comparison.leftText, path: path, to: target) {
        case .failure(let problem): return .error(422, problem.diagnostic.description)
        case .success(let written):
            let folder = comparison.resultURL.deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            do {
                try AtomicFileWriter.write(Data(written.utf8), to: comparison.resultURL, replacing: comparison.resultText != nil)
            } catch {
                return .error(500, error.description)
            }
            let loaded = AnnotationLoader.load(yaml: written, path: path)
            let diagnostics = DatasetValidator(layout: layout).validateAnnotation(loaded, at: comparison.resultURL, registry: registry)
            return Reply(status: 200, body: .object([
                ("hash", .string(Self.hash(written))), ("result", .string(path)), ("diagnostics", diagnosticsJSON(diagnostics, document: loaded.document)),
            ]))
        }
    }

    // MARK: - Helpers

    /// The hash the page sends back to prove it saw the file as it is.
    static func hash(_ text: String) -> String { SHA256Hasher.hash(Array(text.utf8)).hexadecimal }

    private struct ClippingFiles {
        var annotationURL: URL
        var path: String
        var text: String
        var seed: SeedText
    }

    private struct Prepared {
        var files: ClippingFiles
        var target: EditedAnnotation
        var text: String
        var diagnosticsJSON: JSONValue
    }

    /// Whether `url`, its links resolved, lies inside the dataset folder.
    func isInsideDataset(_ url: URL) -> Bool {
        let root = layout.root.resolvingSymlinksInPath().standardizedFileURL.path
        let target = url.resolvingSymlinksInPath().standardizedFileURL.path
        return target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private func clippingFiles(for id: String) -> Result<ClippingFiles, Reply> {
        if let problem = ClippingID.problem(with: id) { return .failure(.error(400, "unsafe clipping id: \(problem)")) }
        let annotationURL = layout.annotationURL(for: id)
        let seedURL = layout.seedURL(for: id)
        guard FileManager.default.fileExists(atPath: annotationURL.path) else {
            return .failure(.error(404, "no annotation \(DisplayPath.of(annotationURL)); add the clipping with clipbench annotate"))
        }
        guard isInsideDataset(annotationURL), isInsideDataset(seedURL) else {
            return .failure(.error(403, "the files of '\(id)' lie outside the dataset folder (a symbolic link?); the editor does not follow it"))
        }
        guard let data = try? Data(contentsOf: annotationURL), let text = String(data: data, encoding: .utf8) else {
            return .failure(.error(422, "\(DisplayPath.of(annotationURL)) is not readable UTF-8 text"))
        }
        switch SeedLoader.load(contentsOf: seedURL, path: DisplayPath.of(seedURL)) {
        case .failure(let failure): return .failure(.error(422, failure.diagnostic.description))
        case .success(let seed):
            return .success(ClippingFiles(annotationURL: annotationURL, path: DisplayPath.of(annotationURL), text: text, seed: seed))
        }
    }

    /// Reads the request's annotation and writes it into the file's text, without saving.
    private func prepare(id: String, body: JSONValue) -> Result<Prepared, Reply> {
        let files: ClippingFiles
        switch clippingFiles(for: id) {
        case .failure(let reply): return .failure(reply)
        case .success(let found): files = found
        }
        guard let json = body.member("annotation") else { return .failure(.error(400, "the request needs 'annotation'")) }
        let target: EditedAnnotation
        do {
            target = try EditedAnnotation(json: json, seed: files.seed)
        } catch {
            return .failure(.error(422, error.description))
        }
        guard target.id == id else { return .failure(.error(422, "the annotation's id '\(target.id)' is not the clipping's '\(id)'")) }
        switch AnnotationFileEditor.edit(files.text, path: files.path, to: target) {
        case .failure(let problem): return .failure(.error(422, problem.diagnostic.description))
        case .success(let text):
            let loaded = AnnotationLoader.load(yaml: text, path: files.path)
            let diagnostics = DatasetValidator(layout: layout).validateAnnotation(loaded, at: files.annotationURL, registry: loadRegistry().registry)
            return .success(Prepared(files: files, target: target, text: text, diagnosticsJSON: diagnosticsJSON(diagnostics, document: loaded.document)))
        }
    }

    private func loadRegistry() -> (registry: EntityRegistry, hash: String) {
        let url = layout.registryURL
        guard isInsideDataset(url), let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            return (.empty, Self.hash(""))
        }
        return (EntityRegistryLoader.load(yaml: text, path: DisplayPath.of(url)).registry, Self.hash(text))
    }

    /// Diagnostics as JSON, each with the item it is about (found by its line) so the page can select it.
    private func diagnosticsJSON(_ diagnostics: [Diagnostic], document: AnnotationDocument?) -> JSONValue {
        var itemByLine: [Int: (String, Int)] = [:]
        if let document {
            for (index, item) in document.regions.enumerated() { if let line = item.span.location.line { itemByLine[line] = ("regions", index) } }
            for (index, item) in document.entities.enumerated() { if let line = item.span.location.line { itemByLine[line] = ("entities", index) } }
            for (index, item) in document.dates.enumerated() { if let line = item.span.location.line { itemByLine[line] = ("dates", index) } }
        }
        return .array(diagnostics.map { diagnostic in
            var fields: [(String, JSONValue)] = [
                ("severity", .string(diagnostic.severity.rawValue)), ("message", .string(diagnostic.message)),
                ("text", .string(diagnostic.description)),
            ]
            if let line = diagnostic.location.line, let item = itemByLine[line] {
                fields.append(("kind", .string(item.0)))
                fields.append(("index", .integer(item.1)))
            }
            return .object(fields)
        })
    }

    /// The `--suggest` predictions of a clipping that the annotation does not already hold.
    private func suggestionsJSON(for edited: EditedAnnotation) -> JSONValue {
        guard let prediction = predictions[edited.id] else { return .array([]) }
        var items: [JSONValue] = []
        let knownEntities = Set(edited.entities.map { [$0.span.start, $0.span.end] })
        for entity in prediction.entities {
            guard let start = entity.start, let end = entity.end, !knownEntities.contains([start, end]) else { continue }
            items.append(.object([("kind", .string("entities")), ("start", .integer(start)), ("end", .integer(end)),
                                  ("type", .string(entity.type.rawValue)), ("id", entity.registryID.map(JSONValue.string) ?? .null)]))
        }
        let knownDates = Set(edited.dates.map { [$0.span.start, $0.span.end] })
        for date in prediction.dates {
            guard let start = date.start, let end = date.end, !knownDates.contains([start, end]) else { continue }
            items.append(.object([("kind", .string("dates")), ("start", .integer(start)), ("end", .integer(end)),
                                  ("value", date.value.map(JSONValue.string) ?? .null)]))
        }
        if let headline = prediction.headline, headline != edited.headline {
            items.append(.object([("kind", .string("headline")), ("value", .string(headline))]))
        }
        return .array(items)
    }

    private static func entryJSON(_ entry: RegistryEntry) -> JSONValue {
        .object([
            ("id", .string(entry.id)), ("type", .string(entry.type.rawValue)), ("ar", .string(entry.arabicName)),
            ("en", .string(entry.englishName)), ("aliases", .array(entry.aliases.map(JSONValue.string))),
            ("wikidata", entry.wikidata.map(JSONValue.string) ?? .null),
        ])
    }
}
