import Foundation
import Testing

/// End-to-end runs of the real `clipbench show` on a small synthetic dataset.
@Suite(.serialized)
struct ShowCommandTests {
    @Test func printsPlainMarkersAtScalarOffsets() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["show", "--dataset", dataset.root.path, TemporaryDataset.sampleID])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["))
        // Labels are padded to the longest one on the page, "boilerplate/share".
        #expect(result.stdout.hasSuffix("""
            headline          │ [PER مُحَمَّد بن سلمان] يزور [LOC القاهرة]
            metadata          │ [LOC القاهرة] - {DATE=2025-02-27 27 فبراير 2025}
            body              │ التقى [PER مُحَمَّد بن سلمان] الرئيس المصري في [LOC القاهرة] {DATE=2025-02-27 يوم الخميس}.
            boilerplate/share │ شارك المقال

            """))
    }

    @Test func writesAStandalonePageAndRefusesToOverwriteIt() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let page = dataset.root.appendingPathComponent("page.html")
        let arguments = ["show", "--dataset", dataset.root.path, TemporaryDataset.sampleID, "--format", "html", "-o", page.path]
        let first = try CommandRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<html dir=\"rtl\" lang=\"ar\">"))
        #expect(html.contains("<title>مُحَمَّد بن سلمان يزور القاهرة</title>"))
        #expect(html.contains("class=\"legend\""))
        #expect(!html.contains("http"))

        try Data("mine".utf8).write(to: page)
        let second = try CommandRunner.run(arguments)
        #expect(second.status == 1)
        #expect(second.stderr.contains("already exists"))
        #expect(try String(contentsOf: page, encoding: .utf8) == "mine")

        let forced = try CommandRunner.run(arguments + ["--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: page, encoding: .utf8) == html)
    }

    @Test func reportsAnUnknownIDAndExits1() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["show", "--dataset", dataset.root.path, "no_such_clipping"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no clipping 'no_such_clipping' in this dataset"))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["../x"], ["sample_001", "--format", "pdf"], ["sample_001", "--force"]])
    func rejectsBadUsageWith64(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["show", "--dataset", dataset.root.path] + arguments)
        #expect(result.status == 64)
    }
}
