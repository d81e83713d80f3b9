import Foundation
import Testing
@testable import ClipBench

struct AgreeCommandTests {
    /// A dataset with one clipping annotated by `annotate`, copied to a/ and (changed) to b/.
    func makeDataset() throws -> TemporaryDataset {
        let dataset = try TemporaryDataset.empty()
        let source = dataset.root.appendingPathComponent("clip.txt")
        try Data("عنوان الخبر المهم اليوم\nمنذ 5 أيام\nقال وزير الخارجية الروسي سيرغي لافروف في موسكو إن المحادثات مع الولايات المتحدة كانت مفيدة للغاية.\n".utf8).write(to: source)
        let added = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, "--id", "clip", source.path])
        #expect(added.status == 0, "\(added)")
        let yaml = try String(contentsOf: dataset.annotationURL("clip"), encoding: .utf8)
        for (folder, text) in [("a", yaml), ("b", yaml.replacingOccurrences(of: "label: metadata", with: "label: boilerplate, category: other").replacingOccurrences(of: "type: PER", with: "type: MISC"))] {
            let url = dataset.root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url.appendingPathComponent("clip.yaml"))
        }
        return dataset
    }

    func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    @Test func reportsFilesAgreementAndDisagreementsWithSpansWrittenOneWay() throws {
        let dataset = try makeDataset()
        defer { dataset.remove() }
        let root = dataset.root.path
        let result = try CommandRunner.run(["agree", "--dataset", root, "\(root)/a/clip.yaml", "\(root)/b/clip.yaml"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("regions [24, 34) «منذ 5 أيام»: metadata ≠ boilerplate/other"))
        #expect(result.stdout.contains("«سيرغي لافروف»: PER ≠ MISC"))
        #expect(result.stdout.contains("Cohen's kappa"))
        // One way of writing spans: no `..<` and no `start:end` left.
        #expect(!result.stdout.contains("..<"))
        #expect(result.stdout.range(of: #"\d+:\d+ «"#, options: .regularExpression) == nil)
    }

    @Test func comparesFoldersAsJSON() throws {
        let dataset = try makeDataset()
        defer { dataset.remove() }
        let root = dataset.root.path
        let same = try CommandRunner.run(["agree", "--dataset", root, "--format", "json", "\(root)/a", "\(root)/a"])
        #expect(same.status == 0, "\(same)")
        let report = try json(same)
        let total = try #require(report["total"] as? [String: Any])
        let labels = try #require(total["region_labels"] as? [String: Any])
        #expect(labels["cohen_kappa"] as? Double == 1)
        #expect(labels["krippendorff_alpha"] as? Double == 1)
        let clippings = try #require(report["per_clipping"] as? [[String: Any]])
        let pairs = try #require(clippings.first?["pairs"] as? [[String: Any]])
        #expect((pairs.first?["disagreements"] as? [Any])?.isEmpty == true)
    }

    @Test func refusesAFileAgainstAFolderAndMismatchedIds() throws {
        let dataset = try makeDataset()
        defer { dataset.remove() }
        let root = dataset.root.path
        #expect(try CommandRunner.run(["agree", "--dataset", root, "\(root)/a", "\(root)/b/clip.yaml"]).status == 1)
        let other = dataset.root.appendingPathComponent("b/other.yaml")
        try Data(try String(contentsOfFile: "\(root)/a/clip.yaml", encoding: .utf8).replacingOccurrences(of: "id: clip", with: "id: other").utf8).write(to: other)
        let result = try CommandRunner.run(["agree", "--dataset", root, "\(root)/a/clip.yaml", other.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("annotates 'other'"))
        #expect(try CommandRunner.run(["agree", "--dataset", root, "\(root)/a/clip.yaml"]).status == 64)
    }

    @Test func reportsRegistryIDDisagreements() throws {
        let fixture = try AgreementDataset()
        defer { fixture.dataset.remove() }
        let a = try fixture.write(AgreementDataset.Version(), to: "a")
        var linkedElsewhere = AgreementDataset.Version()
        linkedElsewhere.bodyEmbassyID = "russian-foreign-ministry"
        let b = try fixture.write(linkedElsewhere, to: "b")
        for path in [a, b] {
            let valid = try CommandRunner.run(["validate", "--dataset", fixture.dataset.root.path, "--strict", path])
            #expect(valid.status == 0, "\(valid)")
        }
        let result = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, a, b])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("No disagreements"))
        #expect(result.stdout.contains("«السفارة الروسية»: registry id russian-embassy ≠ russian-foreign-ministry"))
        let report = try json(try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, "--format", "json", a, b]))
        let pair = try #require(((report["total"] as? [String: Any])?["pairs"] as? [[String: Any]])?.first)
        let registry = try #require((pair["tasks"] as? [String: Any])?["entities.registry_id"] as? [String: Any])
        #expect(registry["both"] as? Int == 3 && registry["first_only"] as? Int == 1 && registry["second_only"] as? Int == 1)
        let entities = try #require((pair["tasks"] as? [String: Any])?["entities"] as? [String: Any])
        #expect(entities["f1"] as? Double == 1)
    }

    @Test func resolvesTwoAnnotatorsRegistriesByNameAndWikidata() throws {
        let fixture = try AgreementDataset()
        defer { fixture.dataset.remove() }
        var invented = AgreementDataset.Version()
        invented.bodyEmbassyID = "embassy-of-russia-in-egypt"
        let a = try fixture.write(AgreementDataset.Version(), to: "a")
        let b = try fixture.write(invented, to: "b")
        // b's own registry: the embassy under an invented id (its Arabic name written with a vowel
        // mark), and Cairo under another id with the same QID.
        func registry(embassyName: String) -> String {
            """
            entities:
              - {id: russian-embassy, type: ORG, name: {ar: "السفارة الروسية", en: "Embassy of Russia"}}
              - {id: embassy-of-russia-in-egypt, type: ORG, name: {ar: "\(embassyName)", en: "Russian embassy, Cairo"}}
              - {id: cairo, type: LOC, name: {ar: "مدينة القاهرة", en: "Cairo city"}, wikidata: Q85}

            """
        }
        try Data(registry(embassyName: "السِّفارة الروسية").utf8).write(to: URL(fileURLWithPath: fixture.path("b/entities.yaml")))
        let same = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, fixture.path("a"), fixture.path("b")])
        #expect(same.status == 0, "\(same)")
        #expect(same.stdout.contains("No disagreements."), "\(same.stdout)")
        try Data(registry(embassyName: "سفارة روسيا في مصر").utf8).write(to: URL(fileURLWithPath: fixture.path("b/entities.yaml")))
        let differs = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, a, b])
        #expect(differs.stdout.contains("registry id russian-embassy ≠ embassy-of-russia-in-egypt"), "\(differs.stdout)")
    }

    @Test func measuresThreeAnnotatorsWithAlpha() throws {
        let fixture = try AgreementDataset()
        defer { fixture.dataset.remove() }
        var second = AgreementDataset.Version()
        second.lastLineLabel = "body"
        var third = AgreementDataset.Version()
        third.lastLineLabel = "body"
        third.headlineLabel = "metadata"
        third.includesSunday = false
        let paths = try [fixture.write(AgreementDataset.Version(), to: "a"), fixture.write(second, to: "b"), fixture.write(third, to: "c")]
        let result = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, "--format", "json", "--seed", "3"] + paths)
        #expect(result.status == 0, "\(result)")
        let report = try json(result)
        #expect((report["annotators"] as? [String])?.count == 3)
        let total = try #require(report["total"] as? [String: Any])
        #expect((total["pairs"] as? [Any])?.count == 3)
        // The expected table, counted by hand from the seed's lines: every non-whitespace scalar of
        // line 1 is headline/headline/metadata, of line 4 boilerplate/body/body, the rest alike.
        let text = fixture.text
        func nonWhitespace(_ line: Int) -> Int { text.rangeOfLine(line)!.filter { !text.scalars[$0].properties.isWhitespace }.count }
        var expected = LabelAgreement(annotators: 3)
        expected.add(["headline", "headline", "metadata"], count: nonWhitespace(1))
        expected.add(["metadata", "metadata", "metadata"], count: nonWhitespace(2))
        expected.add(["body", "body", "body"], count: nonWhitespace(3))
        expected.add(["boilerplate", "body", "body"], count: nonWhitespace(4))
        let labels = try #require(total["region_labels"] as? [String: Any])
        let alpha = try #require(labels["krippendorff_alpha"] as? Double)
        #expect(abs(alpha - expected.krippendorffAlpha!) < 1e-12)
        #expect(abs(try #require(labels["fleiss_kappa"] as? Double) - expected.fleissKappa!) < 1e-12)
        #expect(labels["cohen_kappa"] == nil)
        #expect(alpha > 0.5 && alpha < 1)
        let bootstrap = try #require(report["bootstrap"] as? [String: Any])
        #expect((bootstrap["intervals"] as? [String: Any])?["region_labels.krippendorff_alpha"] != nil)
        // The same seed gives the same report, byte for byte.
        let again = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, "--format", "json", "--seed", "3"] + paths)
        #expect(again.stdoutData == result.stdoutData)
        let markdown = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, "--format", "markdown"] + paths)
        #expect(markdown.stdout.contains("| labels | Fleiss' kappa"))
        #expect(markdown.stdout.contains("«يوم الأحد» 2024-03-03: only in the first"))
    }

    @Test func anUnreadableRegistryGivesOneDiagnostic() throws {
        let fixture = try AgreementDataset()
        defer { fixture.dataset.remove() }
        let a = try fixture.write(AgreementDataset.Version(), to: "a")
        try fixture.dataset.writeRegistry("entities:\n  - {id: x, kind: ORG, label: y, names: z}\n  - {id: w, kind: LOC}\n  - just text\n")
        let result = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, a, a])
        #expect(result.status == 1)
        let lines = result.stderrLines.filter { $0.contains("entities.yaml") }
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.contains("error: the entity registry cannot be read:") == true)
        #expect(lines.first?.contains("more problems; clipbench validate") == true)
    }

    @Test func writesTheReportToAFileOnlyOnce() throws {
        let fixture = try AgreementDataset()
        defer { fixture.dataset.remove() }
        let a = try fixture.write(AgreementDataset.Version(), to: "a")
        let report = fixture.path("report.md")
        let first = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, "--format", "markdown", "-o", report, a, a])
        #expect(first.status == 0, "\(first)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("# Agreement of 2 annotators on 1 clipping"))
        let second = try CommandRunner.run(["agree", "--dataset", fixture.dataset.root.path, "-o", report, a, a])
        #expect(second.status == 1)
        #expect(second.stderr.contains("already exists"))
    }
}
