import Foundation
import Testing
@testable import ClipBench

struct YAMLTopLevelScannerTests {
    /// The status the full loader gives a text: nil when the file does not load as an annotation.
    private func loaderStatus(_ text: String) -> Annotation.Status? {
        AnnotationLoader.load(yaml: text, path: "x.yaml").document?.status
    }

    /// A value from the scanner must be the loader's reading whenever the loader reads the file.
    private func expectAgreement(_ text: String, _ value: String?, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let value, let status = loaderStatus(text) else { return }
        // A value that is not a status gives no document at all (the guard above), so here it must be the status.
        #expect(Annotation.Status(rawValue: value) == status, "scanner read '\(value)'", sourceLocation: sourceLocation)
    }

    static let header = "id: a\n"
    static let rest = "headline: \"h\"\npublished: {value: null, reason: absent}\nregions: []\nentities: []\ndates: []\n"

    @Test(arguments: [
        ("status: done\n", "done"),
        ("status: draft\n", "draft"),
        ("status: done   # checked twice\n", "done"),
        ("status: \"done\"\n", "done"),
        ("status: 'done' # quoted\n", "done"),
        ("status: \"draft\"\n", "draft"),
        ("status:   done\n", "done"),
        ("status: Done\n", "Done"),
        ("# status: draft\nstatus: done\n", "done"),
    ])
    func readsPlainlyWrittenStatus(line: String, expected: String) {
        let text = Self.header + line + Self.rest
        let value = YAMLTopLevelScanner.simpleValue(of: "status", in: text)
        #expect(value == expected)
        expectAgreement(text, value)
    }

    @Test(arguments: [
        // Not a plain top-level value: the caller must parse.
        "status: done#x\n",
        "status:done\n",
        "status: \"do\\ne\"\n",
        "status: done\n  continued\n",
        "status: done\n# comment\n  continued\n",
        "status:\n  done\n",
        "status: [done]\n",
        "status: done\nstatus: draft\n",
        "\"status\": done\n",
        "---\nstatus: done\n",
        "status : done\n",
    ])
    func isUnsureOfOtherForms(line: String) {
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: Self.header + line + Self.rest) == nil)
    }

    @Test(arguments: [
        // A line at column 0 that is inside a scalar or a collection is not a key.
        "notes: \"first line\nstatus: done\nlast\"\nstatus: draft\n",
        "notes: 'it''s\nstatus: done'\nstatus: draft\n",
        "notes: |\n  status: done\n\n  more\nstatus: draft\n",
        "published: {value: null,\nstatus: done, reason: absent}\nstatus: draft\n",
        "regions:\n  - {text: \"a\nstatus: done\", start: 0}\nstatus: draft\n",
    ])
    func skipsScalarsAndCollections(text: String) {
        let value = YAMLTopLevelScanner.simpleValue(of: "status", in: Self.header + text)
        #expect(value == "draft")
    }

    @Test(arguments: [
        // A '-' or '?' inside a plain scalar is text: the quote after it opens nothing, so the
        // real key on the next line is read and the quoted `status: done` further down is not.
        "notes: a - 'b\nstatus: draft\nother: \"x'\nstatus: done\ny\"\n",
        "notes: a ? 'b\nstatus: draft\nother: \"x'\nstatus: done\ny\"\n",
        // Inside a flow collection a quote opens a scalar only where a node starts: `it's` is text.
        "tags: [it's, \"x']\n  status: done\n  \"]\nstatus: draft\n",
        "tags: {a: it's, b: \"x'}\n  status: done\n  \"}\nstatus: draft\n",
    ])
    func quotesInsidePlainScalarsOpenNothing(text: String) throws {
        let value = YAMLTopLevelScanner.simpleValue(of: "status", in: text)
        #expect(value == "draft")
        // The parser agrees: the top-level status is `draft`.
        let root = try YAMLReader.read(text, path: "x.yaml").get()
        #expect(root.mapping?.value(for: "status")?.scalar?.string == "draft")
    }

    @Test(arguments: [
        // A lone '-' is a sequence indicator, and other values the scanner must not claim to know.
        "status: -\n", "status: &a done\n", "status: *a\n", "status: !x done\n", "status: done:\n",
        "status: \"done\"x\n", "status: 'it''s'\n", "status: ~\n", "status: \n", "status:\n",
    ])
    func isUnsureOfIndicatorsAndEmptyValues(line: String) {
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: Self.header + line + Self.rest) == nil)
    }

    @Test(arguments: [
        ("status: done", "done"),
        ("status: done\n\n# trailing comment\n", "done"),
        ("statuses: x\nstatus: done\n", "done"),
        ("status_note: done\nstatus: draft\n", "draft"),
        ("list:\n  - |\n    status: done\nstatus: draft\n", "draft"),
        ("notes: >-\n  x\n# a comment ends the block scalar\nstatus: done\n", "done"),
    ])
    func readsTheKeyAtColumnZeroOnly(text: String, expected: String) {
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: text) == expected)
    }

    @Test func findsNothingInOtherShapes() {
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: "{id: a, status: done}\n") == nil)
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: "id: a\n  status: done\n") == nil)
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: "id: a\r\nstatus: done\r\n") == nil)
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: "\u{FEFF}id: a\nstatus: done\n") == nil)
        #expect(YAMLTopLevelScanner.simpleValue(of: "status", in: "") == nil)
    }

    /// Every annotation-like file in the package and the test fixtures: where the scanner reads a
    /// status, the loader reads the same one.
    @Test func agreesWithTheLoaderOnEveryFileInThePackage() throws {
        let root = CommandRunner.packageRoot
        let folders = [root.appendingPathComponent("Annotations"), root.appendingPathComponent("Tests/ClipBenchTests/Fixtures")]
        var checked = 0
        for folder in folders {
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in files where ["yaml", "yml"].contains(url.pathExtension) {
                guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else { continue }
                let value = YAMLTopLevelScanner.simpleValue(of: "status", in: text)
                expectAgreement(text, value)
                if value != nil { checked += 1 }
            }
        }
        #expect(checked >= 5)
    }
}
