import Foundation

/// A dataset folder (`seeds/`, `Annotations/`) in a fresh temporary directory, for tests that
/// run commands on data they may break. Call ``remove()`` when done (e.g. in a `defer`).
///
/// ```swift
/// let dataset = try TemporaryDataset.synthetic()
/// defer { dataset.remove() }
/// try dataset.writeAnnotation(id: TemporaryDataset.sampleID, yaml: "id: x\n")
/// let result = try CommandRunner.run(["validate", "--dataset", dataset.root.path])
/// ```
struct TemporaryDataset {
    /// The dataset's root folder.
    let root: URL

    var seedsFolder: URL { root.appendingPathComponent("seeds", isDirectory: true) }
    var annotationsFolder: URL { root.appendingPathComponent("Annotations", isDirectory: true) }
    func seedURL(_ id: String) -> URL { seedsFolder.appendingPathComponent("\(id).txt") }
    func annotationURL(_ id: String) -> URL { annotationsFolder.appendingPathComponent("\(id).yaml") }

    /// An empty dataset: `seeds/` and `Annotations/` exist and hold nothing.
    static func empty() throws -> TemporaryDataset {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("clipbench-dataset-\(UUID().uuidString)", isDirectory: true)
        let dataset = TemporaryDataset(root: root)
        try FileManager.default.createDirectory(at: dataset.seedsFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dataset.annotationsFolder, withIntermediateDirectories: true)
        return dataset
    }

    /// A copy of the package's own `seeds/`, `Annotations/` and `Schemas/` (whatever they hold now).
    static func copyOfPackage() throws -> TemporaryDataset {
        let dataset = try empty()
        let manager = FileManager.default
        for folder in ["seeds", "Annotations", "Schemas"] {
            let source = CommandRunner.packageRoot.appendingPathComponent(folder, isDirectory: true)
            let target = dataset.root.appendingPathComponent(folder, isDirectory: true)
            guard manager.fileExists(atPath: source.path) else { continue }
            try? manager.removeItem(at: target)
            try manager.copyItem(at: source, to: target)
        }
        return dataset
    }

    /// The id of the clipping in ``synthetic()``.
    static let sampleID = "sample_001"

    /// The seed of ``synthetic()``: a short Arabic clipping whose names carry shadda and harakat,
    /// so Swift `Character` counts differ from scalar counts.
    static let sampleSeed = """
        مُحَمَّد بن سلمان يزور القاهرة
        القاهرة - 27 فبراير 2025
        التقى مُحَمَّد بن سلمان الرئيس المصري في القاهرة يوم الخميس.
        شارك المقال

        """

    /// A dataset with one clipping (``sampleID``), its valid gold annotation, an entity registry
    /// and a dataset card. `clipbench validate` accepts it with no diagnostic.
    static func synthetic() throws -> TemporaryDataset {
        let dataset = try empty()
        try dataset.writeSeed(id: sampleID, text: sampleSeed)
        try dataset.writeAnnotation(id: sampleID, yaml: sampleAnnotation())
        try dataset.writeRegistry(sampleRegistry)
        try dataset.writeCard(sampleCard)
        return dataset
    }

    /// The valid annotation of ``sampleSeed``, offsets computed from the text in scalars.
    static func sampleAnnotation() -> String {
        let scalars = Array(sampleSeed.unicodeScalars)
        let lines = sampleSeed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lineStarts: [Int] = []
        var offset = 0
        for line in lines {
            lineStarts.append(offset)
            offset += line.unicodeScalars.count + 1
        }
        func span(line: Int, _ text: String, occurrence: Int = 1) -> String {
            let needle = Array(text.unicodeScalars)
            var found = 0
            var index = lineStarts[line - 1]
            while index + needle.count <= scalars.count {
                if Array(scalars[index..<index + needle.count]) == needle {
                    found += 1
                    if found == occurrence { return "start: \(index), end: \(index + needle.count), text: \"\(text)\"" }
                }
                index += 1
            }
            return "start: -1, end: -1, text: \"\(text)\""
        }
        return """
            # yaml-language-server: $schema=../Schemas/annotation.schema.json
            id: \(sampleID)
            status: done
            headline: "\(lines[0])"
            published:
              value: 2025-02-27
              evidence: {\(span(line: 2, "27 فبراير 2025"))}
            regions:
              - {\(span(line: 1, lines[0])), label: headline}
              - {\(span(line: 2, lines[1])), label: metadata}
              - {\(span(line: 3, lines[2])), label: body}
              - {\(span(line: 4, lines[3])), label: boilerplate, category: share}
            entities:
              - {\(span(line: 1, "مُحَمَّد بن سلمان")), type: PER, id: mohammed-bin-salman}
              - {\(span(line: 1, "القاهرة")), type: LOC, id: cairo}
              - {\(span(line: 2, "القاهرة")), type: LOC, id: cairo}
              - {\(span(line: 3, "مُحَمَّد بن سلمان")), type: PER, id: mohammed-bin-salman}
              - {\(span(line: 3, "القاهرة")), type: LOC, id: cairo}
            dates:
              - {\(span(line: 2, "27 فبراير 2025")), value: 2025-02-27}
              - {\(span(line: 3, "يوم الخميس")), value: 2025-02-27}

            """
    }

    /// The registry of ``synthetic()``.
    static let sampleRegistry = """
        # yaml-language-server: $schema=../Schemas/registry.schema.json
        entities:
          - id: mohammed-bin-salman
            type: PER
            name: {ar: "محمد بن سلمان", en: "Mohammed bin Salman"}
            aliases: ["مُحَمَّد بن سلمان"]
          - id: cairo
            type: LOC
            name: {ar: "القاهرة", en: "Cairo"}
            wikidata: Q85

        """

    /// The dataset card of ``synthetic()``.
    static let sampleCard = """
        # yaml-language-server: $schema=../Schemas/dataset.schema.json
        name: ClipBench test
        version: "0.0.1"
        language: ar
        licence:
          annotations: CC-BY-4.0
          texts: "Synthetic text written for the tests."
        description: "A synthetic dataset for tests."
        documents: 1
        entity_types: {PER: "Person.", ORG: "Organisation.", LOC: "Location.", MISC: "Other names."}
        region_labels: {headline: "Headline.", metadata: "Metadata.", body: "Body.", boilerplate: "Boilerplate."}
        boilerplate_categories:
          navigation: "Menus."
          branding: "Logos."
          advertisement: "Ads."
          share: "Share buttons."
          comments: "Comments."
          related: "Related articles."
          promo: "Promotions."
          footer: "Footer."
          other: "Anything else."
        guidelines: GUIDELINES.md
        citation: "ClipBench test data."

        """

    func writeSeed(id: String, text: String) throws {
        try Data(text.utf8).write(to: seedURL(id))
    }

    func writeSeed(id: String, bytes: Data) throws {
        try bytes.write(to: seedURL(id))
    }

    func writeAnnotation(id: String, yaml: String) throws {
        try Data(yaml.utf8).write(to: annotationURL(id))
    }

    func writeRegistry(_ yaml: String) throws {
        try Data(yaml.utf8).write(to: annotationsFolder.appendingPathComponent("entities.yaml"))
    }

    func writeCard(_ yaml: String) throws {
        try Data(yaml.utf8).write(to: annotationsFolder.appendingPathComponent("dataset.yaml"))
    }

    /// Deletes the whole folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
