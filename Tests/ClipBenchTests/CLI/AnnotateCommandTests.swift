import Foundation
import Testing
@testable import ClipBench

struct AnnotateCommandTests {
    @Test func addsTheClippingAndADraft() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "004_aaaa", text: "قديم")
        let source = dataset.root.appendingPathComponent("new clipping.txt")
        let bytes = Data("logo\nمحادثات جديدة في إسطنبول اليوم\n2025-02-27\nانطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة في إسطنبول، بهدف تطبيع العلاقات.\r\n".utf8)
        try bytes.write(to: source)
        let result = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, source.path])
        #expect(result.status == 0, "\(result)")
        let id = ClippingIntake.contentID(of: bytes)
        #expect(result.stdout.contains(id))
        #expect(try Data(contentsOf: dataset.seedURL(id)) == bytes)
        let yaml = try String(contentsOf: dataset.annotationURL(id), encoding: .utf8)
        #expect(yaml.hasPrefix("# yaml-language-server: $schema=../Schemas/annotation.schema.json\nid: \(id)\nstatus: draft"))
        #expect(yaml.contains("value: \"2025-02-27\""))
        #expect(yaml.contains("{start: 5, end: 35, text: \"محادثات جديدة في إسطنبول اليوم\", label: headline, suggested: true}"))
        // The headline is a suggestion like the rest: validate counts it, and --strict fails on it.
        #expect(yaml.contains("\nheadline: {value: \"محادثات جديدة في إسطنبول اليوم\", suggested: true}\n"))
        let strict = try CommandRunner.run(["validate", "--strict", "--dataset", dataset.root.path, dataset.annotationURL(id).path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(":4:11: warning: the headline is an unchecked suggestion (suggested: true)"), "\(strict)")

        // A second time: the same content is refused, and nothing is overwritten.
        let again = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, source.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is already in the dataset as \(id)"))
    }

    /// The derived id depends on the file alone: two datasets with different seeds give the same
    /// file the same id.
    @Test func derivesTheSameIDInTwoDatasets() throws {
        let small = try TemporaryDataset.empty()
        let large = try TemporaryDataset.synthetic()
        defer { small.remove(); large.remove() }
        try large.writeSeed(id: "041_other", text: "نص آخر")
        let source = small.root.appendingPathComponent("clipping.txt")
        try Data("عنوان جديد\nنص الخبر في سطر ثان.\n".utf8).write(to: source)
        var ids: [String] = []
        for dataset in [small, large] {
            let result = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, source.path])
            #expect(result.status == 0, "\(result)")
            ids.append(try #require(DatasetLayout(root: dataset.root).annotationIDs().first { $0 != TemporaryDataset.sampleID }))
        }
        #expect(ids[0] == ids[1])
        #expect(ids[0] == ClippingIntake.contentID(of: try Data(contentsOf: source)))
    }

    /// A clipping holding U+2028 and U+0085 gets a draft that validates: YAML would fold them as
    /// line breaks inside a quoted span's text if they were written raw.
    /// Drafts of text with Unicode line breaks (U+2028, U+0085), or starting with U+FEFF (which
    /// Yams drops from a quote, issue 12), validate: every quote is the seed's own scalars.
    @Test(arguments: [
        "محادثات جديدة في إسطنبول\u{2028}اليوم\n2025-02-27\nانطلقت جولة\u{85} جديدة من المحادثات بين روسيا والولايات المتحدة.\n",
        "\u{FEFF}محادثات جديدة في إسطنبول\nانطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة يوم الخميس.\n",
    ])
    func draftsOfUnusualTextValidate(text: String) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let source = dataset.root.appendingPathComponent("unusual.txt")
        try Data(text.utf8).write(to: source)
        let added = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, source.path])
        #expect(added.status == 0, "\(added)")
        let validation = try CommandRunner.run(["validate", "--dataset", dataset.root.path])
        #expect(validation.status == 0, "\(validation)")
        #expect(!validation.stderr.contains("differs from the seed"), "\(validation)")
    }

    @Test func refusesToOverwriteAnExistingId() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "taken", text: "نص")
        let source = dataset.root.appendingPathComponent("x.txt")
        try Data("نص آخر".utf8).write(to: source)
        let result = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, "--id", "taken", source.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("taken.txt: error: already exists"))
        #expect(try String(contentsOf: dataset.seedURL("taken"), encoding: .utf8) == "نص")
        #expect(!FileManager.default.fileExists(atPath: dataset.annotationURL("taken").path))
    }

    @Test(arguments: [(Data([0xFF, 0xFE, 0x00]), "is a binary file"), (Data([0x63, 0xE9]), "is not UTF-8"), (Data("  \n".utf8), "is empty")])
    func refusesUnusableFilesNamingThem(bytes: Data, message: String) throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        let source = dataset.root.appendingPathComponent("bad.txt")
        try bytes.write(to: source)
        let result = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, source.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt: error: \(message)"))
        #expect(DatasetLayout(root: dataset.root).seedIDs().isEmpty)
    }

    /// Issue 12: `annotate --id Entities` made `Entities.yaml` beside `entities.yaml`, one file
    /// on a case-insensitive disk.
    @Test(arguments: ["Entities", "DATASET", "Sample"])
    func refusesAnIdThatDiffersFromAFileOnlyInCase(id: String) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        try dataset.writeSeed(id: "sample", text: "نص قديم")
        let before = try DatasetSnapshot(dataset.root)
        let source = dataset.root.appendingPathComponent("x.txt")
        try Data("نص آخر جديد".utf8).write(to: source)
        let result = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, "--id", id, source.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("only in letter case"), "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(try DatasetSnapshot(dataset.root) == (try before.adding(source)))
    }

    /// Issue 12: a clipping whose draft is over the YAML limit was added, after which every
    /// command failed for the whole dataset. It is refused before anything is written (here
    /// under a small limit, so the test stays fast; the command uses the 4 MiB one).
    @Test func refusesAClippingWhoseDraftWouldBeOverTheLimit() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        let source = dataset.root.appendingPathComponent("long.txt")
        try Data(("عنوان الخبر\n" + (0..<200).map { "سطر \($0)\n\n" }.joined()).utf8).write(to: source)
        var intake = ClippingIntake(layout: DatasetLayout(root: dataset.root))
        intake.maximumDraftBytes = 4096
        let error = #expect(throws: ClippingReadError.self) { try intake.add(fileAt: source, id: "long", extractor: BaselineExtractor()) }
        #expect(error?.message.contains("its draft would be") == true, "\(String(describing: error))")
        #expect(error?.message.contains("over the limit of 4096 bytes") == true)
        #expect(!FileManager.default.fileExists(atPath: dataset.seedURL("long").path))
        #expect(!FileManager.default.fileExists(atPath: dataset.annotationURL("long").path))
        intake.maximumDraftBytes = YAMLReader.maximumByteCount
        #expect(throws: Never.self) { try intake.add(fileAt: source, id: "long", extractor: BaselineExtractor()) }
    }

    @Test func rejectsAnUnsafeId() throws {
        #expect(try CommandRunner.run(["annotate", "--id", "../evil", "x.txt"]).status == 64)
    }
}

struct AnnotateDraftValidityTests {
    /// Drafts of real pages pass `validate` with warnings only (each suggestion, the draft status).
    @Test func draftsOfRealPagesValidate() throws {
        let dataset = try TemporaryDataset.copyOfPackage()
        defer { dataset.remove() }
        let layout = DatasetLayout(root: dataset.root)
        let original = Set(layout.seedIDs())
        for id in original.sorted() {
            // A changed copy of each seed, so it is a new clipping.
            var bytes = try Data(contentsOf: layout.seedURL(for: id))
            bytes.append(contentsOf: Array("\nسطر إضافي\n".utf8))
            let source = dataset.root.appendingPathComponent("new-\(id).txt")
            try bytes.write(to: source)
            let added = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, source.path])
            #expect(added.status == 0, "\(added)")
        }
        let validation = try CommandRunner.run(["validate", "--dataset", dataset.root.path])
        #expect(validation.status == 0, "\(validation)")
        #expect(!validation.stderr.contains("error:"))
        #expect(validation.stderr.contains("is a draft"))
        // Names in the registry come with their id suggested.
        let drafts = layout.annotationIDs().filter { !original.contains($0) }
        #expect(drafts.count == original.count)
        let draft = try String(contentsOf: layout.annotationURL(for: try #require(drafts.first)), encoding: .utf8)
        #expect(draft.contains(", type: LOC, id: "))
    }
}

struct AnnotateWholePageTests {
    /// `annotate` on a whole page dump (a long menu, a ticker, a clock, then the article) pre-fills the
    /// headline and the dateline the baseline finds, each marked as a suggestion.
    @Test func preFillsTheHeadlineAndDateOfAWholePage() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        let page = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/pages/02_ar_clock_ticker.txt")
        let result = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, "--id", "page_002", page.path])
        #expect(result.status == 0, "\(result)")
        let yaml = try String(contentsOf: dataset.annotationURL("page_002"), encoding: .utf8)
        #expect(yaml.contains("headline: {value: \"انهيار جزئي لجسر المشاة فوق الطريق الدائري دون إصابات\", suggested: true}"))
        // The article's dateline with its time, not the page's clock at the top (2026-12-01).
        #expect(yaml.contains("published:\n  value: \"2019-04-28T14:10\"\n  evidence: {start: "))
        #expect(yaml.contains("text: \"28 نيسان / أبريل 2019 - 14:10\"}\n  suggested: true"))
        #expect(yaml.contains("text: \"الثلاثاء 1 ديسمبر 2026 | 10:45\", label: boilerplate, category: other, suggested: true}"))
        #expect(yaml.contains("text: \"انهيار جزئي لجسر المشاة فوق الطريق الدائري دون إصابات\", label: headline, suggested: true}"))
    }

    @Test func leavesTheDateNullWhenThePageSaysOnlyHowLongAgo() throws {
        let dataset = try TemporaryDataset.empty()
        defer { dataset.remove() }
        let page = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/pages/08_ar_relative_only.txt")
        let result = try CommandRunner.run(["annotate", "--dataset", dataset.root.path, "--id", "page_008", page.path])
        #expect(result.status == 0, "\(result)")
        let yaml = try String(contentsOf: dataset.annotationURL("page_008"), encoding: .utf8)
        #expect(yaml.contains("published:\n  value: null\n  reason: relative-only\n  evidence: {start: "))
        #expect(yaml.contains("text: \"منذ ساعتين\"}\n  suggested: true"))
    }
}
