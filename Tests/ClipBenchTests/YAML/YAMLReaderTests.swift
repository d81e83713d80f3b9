import Foundation
import Testing
@testable import ClipBench

struct YAMLReaderTests {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        if case .failure(let failure) = YAMLReader.read(text, path: "x.yaml") { return failure.diagnostics }
        return []
    }

    @Test func keepsLineAndColumnOfEveryNode() throws {
        let root = try YAMLReader.read("# comment\nid: a\nlist:\n  - {text: \"مُحَمَّد\", n: 3}\n", path: "x.yaml").get()
        let mapping = try #require(root.mapping)
        #expect(mapping.keys == ["id", "list"])
        let item = try #require(mapping.value(for: "list")?.sequence?.items.first?.mapping)
        #expect(item.isFlow)
        #expect(item.location.line == 4 && item.location.column == 5)
        let text = try #require(item.value(for: "text")?.scalar)
        #expect(text.string == "مُحَمَّد" && !text.isPlain)
        // Columns count Unicode scalars: `  - {text: "` is 12 columns, «مُحَمَّد» 8 scalars (4 letters, 4 marks),
        // then `", ` — so `n` is at column 24 (it would be 20 if columns counted Characters).
        #expect(item.entry(for: "n")?.key.location.column == 24)
    }

    @Test func refusesAnchorsAndAliasesBeforeComposing() {
        let found = diagnostics("a: &x [1, 2]\nb: *x\n")
        #expect(found.first?.message.contains("anchors are not allowed ('&x')") == true)
        #expect(found.first?.location == SourceLocation(path: "x.yaml", line: 1, column: 4))
        #expect(found.contains { $0.message.contains("aliases are not allowed ('*x')") && $0.location.line == 2 })
    }

    @Test func leavesAmpersandsAndStarsInsideTextAlone() throws {
        let root = try YAMLReader.read("notes: \"a &b *c\"\nother: 'x *y'\nplain: Tom & Jerry *mid\nblock: |\n  * item\n  &stuff\nlast: 1\n", path: "x.yaml").get()
        #expect(root.mapping?.value(for: "block")?.scalar?.string == "* item\n&stuff\n")
        #expect(root.mapping?.value(for: "plain")?.scalar?.string == "Tom & Jerry *mid")
        let folded = try YAMLReader.read("notes: a plain scalar\n  *continued* on & on\nnext: [a,\n  b]\n", path: "x.yaml").get()
        #expect(folded.mapping?.value(for: "notes")?.scalar?.string == "a plain scalar *continued* on & on")
        // An alias on a continuation line of a flow list is still found.
        #expect(diagnostics("a: &x 1\nb: [1,\n  *x]\n").count == 2)
    }

    @Test(arguments: [
        ("a: 1\na: 2\n", "duplicate key 'a' in one mapping (first given at line 1, column 1)", 2, 1),
        ("l:\n  - x: 1\n    y: 2\n  - x: 3\n    x: 4\n", "duplicate key 'x' in one mapping (first given at line 4, column 5)", 5, 5),
        ("m: {b: 1, c: 2, b: 3}\n", "duplicate key 'b' in one mapping (first given at line 1, column 5)", 1, 17),
        ("a: !custom 1\n", "tags are not allowed", 1, 4),
        ("a: [1, 2\n", "malformed YAML", 2, 1),
        ("a: 1\n---\nb: 2\n", "more than one YAML document", 2, 1),
        ("# only a comment\n", "empty", 1, 1),
        ("- 1\n- 2\n", "", 0, 0),
    ])
    func reportsMalformedInput(text: String, fragment: String, line: Int, column: Int) {
        let found = diagnostics(text)
        if fragment.isEmpty {
            #expect(found.isEmpty)
            return
        }
        #expect(found.count == 1)
        #expect(found.first?.message.contains(fragment) == true, "\(found)")
        #expect(found.first?.location.line == line && found.first?.location.column == column, "\(found)")
    }

    /// Issue 12: Yams drops a scalar's leading U+FEFF, so a draft quoting a seed that starts
    /// with one never validated. Escaped or written out, in any scalar style, it is kept.
    @Test(arguments: ["\"\\uFEFFابدأ\"", "\"\\ufeffابدأ\"", "\"\\U0000FEFFابدأ\"", "\"\u{FEFF}ابدأ\"", "'\u{FEFF}ابدأ'"])
    func keepsALeadingByteOrderMarkInAScalar(written: String) throws {
        let root = try YAMLReader.read("id: a\nlist:\n  - {text: \(written), n: 1}\n  - text: \(written)\n", path: "x.yaml").get()
        let items = try #require(root.mapping?.value(for: "list")?.sequence?.items)
        for item in items {
            let text = try #require(item.mapping?.value(for: "text")?.scalar?.string)
            #expect(Array(text.unicodeScalars) == Array("\u{FEFF}ابدأ".unicodeScalars))
        }
        // Nothing is added where the text has no U+FEFF.
        let plain = try YAMLReader.read("text: \"ابدأ\"\n", path: "x.yaml").get()
        #expect(plain.mapping?.value(for: "text")?.scalar?.string.unicodeScalars.first == "ا")
    }

    @Test func refusesEmptyNonUTF8AndOversizedFiles() {
        func first(_ data: Data) -> Diagnostic? {
            if case .failure(let failure) = YAMLReader.read(data, path: "x.yaml") { return failure.diagnostics.first }
            return nil
        }
        #expect(first(Data())?.message == "the file is empty")
        let invalid = first(Data("id: a\nname: ab".utf8) + Data([0xC3, 0x28]))
        #expect(invalid?.message == "the file is not valid UTF-8")
        #expect(invalid?.location.line == 2 && invalid?.location.column == 9)
        let large = first(Data(repeating: UInt8(ascii: " "), count: YAMLReader.maximumByteCount + 1))
        #expect(large?.message.contains("over the limit") == true)
    }

    @Test(arguments: [
        ("2025", YAMLScalar.CoreType.integer), ("-3", .integer), ("0x1F", .integer), ("1.5", .number), ("1e3", .number),
        (".inf", .number), ("null", .null), ("~", .null), ("", .null), ("true", .boolean), ("2025-02-27", .string),
        ("abc", .string), ("1.2.3", .string), ("e3", .string),
    ])
    func readsPlainScalarsByTheCoreSchema(text: String, type: YAMLScalar.CoreType) {
        #expect(YAMLScalar(string: text, isPlain: true, location: SourceLocation(path: "")).coreType == type)
        #expect(YAMLScalar(string: text, isPlain: false, location: SourceLocation(path: "")).coreType == .string)
    }

    @Test(arguments: [("strat", "start"), ("txt", "text"), ("lable", "label"), ("categroy", "category"), ("zzz", nil)])
    func suggestsTheClosestKey(typo: String, expected: String?) {
        #expect(YAMLFieldReader.closestKey(to: typo, among: AnnotationLoader.regionKeys) == expected)
    }

    /// Found by `Fuzz/` (FuzzYAMLScan): libyaml puts the end of a file without a final line break
    /// one line past the last, so an unclosed flow collection or quote was reported "at line 5" of a
    /// four-line file. The diagnostic now points at the end of the last line.
    @Test(arguments: [
        ("notes: \"a\n\nstatus: done\"\nssa[ft'evidenc", 4, 15),
        ("a: [1,\r\nb", 2, 2),
        ("a: {b: 1,\nc", 2, 2),
    ])
    func reportsTheEndOfAFileWithoutAFinalLineBreakInsideIt(text: String, line: Int, column: Int) {
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("malformed YAML") == true)
        #expect(found.first?.location == SourceLocation(path: "x.yaml", line: line, column: column))
    }

    /// Found by `Fuzz/` (FuzzYAMLScan and FuzzAnnotation): the pre-scan for anchors, aliases and tags
    /// did not count a NEL (or LS, PS) as a line break, so a tag after one was reported on the line
    /// before, at a column past that line's end. libyaml counts every one of these breaks.
    @Test(arguments: [
        ("a: 1\u{85}b: !x 1\n", 2, 4),
        ("a: 1\u{2028}b: &x 1\n", 2, 4),
        ("a: 1\rb: !x 1\n", 2, 4),
        ("a: 'q\u{85}r'\nb: !x 1\n", 3, 4),
    ])
    func locatesAPropertyAfterEveryLineBreakLibyamlCounts(text: String, line: Int, column: Int) {
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: "x.yaml", line: line, column: column))
    }

    /// Found by `Fuzz/` (FuzzYAMLScan and FuzzAnchor): the second occurrence of a duplicate key was
    /// looked for in lines split at LF, where a CR LF (one `Character`) was not split, so a key on
    /// the line after a CR LF inside a quoted scalar was reported on the line before, past its end.
    @Test(arguments: [
        // The quote spans a CR LF: libyaml puts the second `end` on line 2, in a flow mapping that
        // started on line 1; it is reported where its first occurrence is.
        ("- {end: 1, text: \"a\r\n b\", end: 2}\n", 1, 4),
        ("- {end: 1, text: \"a\r b\", end: 2}\n", 1, 4),
        // On one line, the second occurrence is found.
        ("- {end: 1, text: \"a b\", end: 2}\r\n", 1, 25),
        // Block style after CR LF line ends.
        ("a: 1\r\nb: 2\r\na: 3\r\n", 3, 1),
    ])
    func locatesADuplicateKeyByLibyamlsLines(text: String, line: Int, column: Int) {
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("duplicate key 'end'") == true || found.first?.message.hasPrefix("duplicate key 'a'") == true)
        #expect(found.first?.location == SourceLocation(path: "x.yaml", line: line, column: column))
    }

    /// Found by `Fuzz/` (FuzzAnnotation): an empty document after `---` at the end of a file without
    /// a final line break is a null node libyaml puts one line past the last; the annotation
    /// loader's "must be a mapping" error pointed there.
    @Test(arguments: ["---", "# c\n---", "# c\r\n---"])
    func keepsANodeAtTheEndOfTheFileInsideIt(text: String) throws {
        let root = try YAMLReader.read(text, path: "x.yaml").get()
        let lines = YAMLReader.libyamlLines(of: text.unicodeScalars)
        let line = try #require(root.location.line)
        #expect(line <= lines.count)
        #expect(root.location.column.map { $0 <= lines[line - 1].count + 1 } == true)
    }

    @Test func keepsAnErrorInsideTheFileWhereLibyamlPutsIt() {
        // With a final line break, the end of the file is the start of the (empty) last line.
        let found = diagnostics("a: [1,\nb\n")
        #expect(found.first?.location == SourceLocation(path: "x.yaml", line: 3, column: 1))
    }
}
