import Foundation
@testable import ClipBench

/// A temporary dataset with one clipping about «السفارة الروسية» and a registry, and a way to write
/// one annotator's version of its annotation (offsets computed in scalars from the seed), for the
/// end-to-end tests of `agree` and `adjudicate`.
///
/// ```swift
/// let fixture = try AgreementDataset()
/// defer { fixture.dataset.remove() }
/// try fixture.write(AgreementDataset.Version(), to: "a")   // a/embassy.yaml
/// ```
struct AgreementDataset {
    static let id = "embassy"

    /// Written for these tests; line 3 holds a shadda and an emoji outside the BMP.
    static let seed = """
        السفارة الروسية تعلن موعد المؤتمر
        القاهرة - 3 مارس 2024
        أعلنت السفارة الروسية في القاهرة 🎉 أن المؤتمر سيُعقد يوم الأحد، وقال المتحدث إن الدعوة عامّة.
        تابعونا على الشبكات

        """

    static let registry = """
        # yaml-language-server: $schema=../Schemas/registry.schema.json
        entities:
          - id: russian-embassy
            type: ORG
            name: {ar: "السفارة الروسية", en: "Embassy of Russia"}
          - id: russian-foreign-ministry
            type: ORG
            name: {ar: "وزارة الخارجية الروسية", en: "Ministry of Foreign Affairs of Russia"}
          - id: cairo
            type: LOC
            name: {ar: "القاهرة", en: "Cairo"}
            wikidata: Q85

        """

    /// One annotator's choices; the defaults are the reference annotation.
    struct Version {
        var headlineLabel = "headline"
        var lastLineLabel = "boilerplate, category: share"
        var embassyType = "ORG"
        var bodyEmbassyID = "russian-embassy"
        var dateValue = "2024-03-03"
        var includesSunday = true
    }

    let dataset: TemporaryDataset

    init() throws {
        dataset = try TemporaryDataset.empty()
        try dataset.writeSeed(id: Self.id, text: Self.seed)
        try dataset.writeRegistry(Self.registry)
        try dataset.writeCard(TemporaryDataset.sampleCard)
    }

    var text: SeedText { SeedText(Self.seed) }

    /// `start: S, end: E, text: "…"` of the `occurrence`-th `quote` on 1-based `line`.
    func span(_ quote: String, line: Int, occurrence: Int = 1) -> String {
        let range = text.rangeOfLine(line)!
        let start = text.occurrences(of: quote, in: range)[occurrence - 1]
        return "start: \(start), end: \(start + quote.unicodeScalars.count), text: \"\(quote)\""
    }

    func lineSpan(_ line: Int) -> String {
        let range = text.rangeOfLine(line)!
        return "start: \(range.lowerBound), end: \(range.upperBound), text: \"\(text[range])\""
    }

    func yaml(_ version: Version) -> String {
        var lines = [
            "id: \(Self.id)", "status: done", "headline: \"السفارة الروسية تعلن موعد المؤتمر\"",
            "published:", "  value: 2024-03-03", "  evidence: {\(span("3 مارس 2024", line: 2))}",
            "regions:",
            "  - {\(lineSpan(1)), label: \(version.headlineLabel)}",
            "  - {\(lineSpan(2)), label: metadata}",
            "  - {\(lineSpan(3)), label: body}",
            "  - {\(lineSpan(4)), label: \(version.lastLineLabel)}",
            "entities:",
            "  - {\(span("السفارة الروسية", line: 1)), type: \(version.embassyType), id: russian-embassy}",
            "  - {\(span("القاهرة", line: 2)), type: LOC, id: cairo}",
            "  - {\(span("السفارة الروسية", line: 3)), type: \(version.embassyType), id: \(version.bodyEmbassyID)}",
            "  - {\(span("القاهرة", line: 3)), type: LOC, id: cairo}",
            "dates:",
            "  - {\(span("3 مارس 2024", line: 2)), value: \(version.dateValue)}",
        ]
        if version.includesSunday { lines.append("  - {\(span("يوم الأحد", line: 3)), value: 2024-03-03}") }
        return "# yaml-language-server: $schema=../Schemas/annotation.schema.json\n" + lines.joined(separator: "\n") + "\n"
    }

    /// Writes `version` as `<folder>/embassy.yaml` under the dataset's root and returns its path.
    @discardableResult
    func write(_ version: Version, to folder: String) throws -> String {
        let url = dataset.root.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let file = url.appendingPathComponent("\(Self.id).yaml")
        try Data(yaml(version).utf8).write(to: file)
        return file.path
    }

    func path(_ relative: String) -> String { dataset.root.appendingPathComponent(relative).path }
}
