import Testing
@testable import ClipBench

struct YAMLPropertyScannerTests {
    typealias Finding = YAMLPropertyScanner.Finding

    private func found(_ text: String) -> [String] {
        YAMLPropertyScanner.findings(in: text).map { finding in
            let sigil = finding.kind == .anchor ? "&" : finding.kind == .alias ? "*" : "!"
            return "\(sigil)\(finding.name)@\(finding.line):\(finding.column)"
        }
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", ["&x@1:4", "*x@2:4"]),
        ("a: !custom 1\n", ["!custom@1:4"]),
        ("a: !!str 1\n", ["!!str@1:4"]),
        ("- *first\n- - *second\n", ["*first@1:3", "*second@2:5"]),
        ("? *key\n: 1\n", ["*key@1:3"]),
        ("a: [*x, *y]\n", ["*x@1:5", "*y@1:9"]),
        ("a: {k: *x, l: [*y]}\n", ["*x@1:8", "*y@1:16"]),
        ("a: [1,\n  *x]\n", ["*x@2:3"]),
        ("&top\na: 1\n", ["&top@1:1"]),
        // Columns count scalars: the Arabic key is four scalars, two of them harakat.
        ("مُحَ: *x\n", ["*x@1:7"]),
        ("😀: *x\n", ["*x@1:4"]),
        ("a: 1\r\nb: *x\r\n", ["*x@2:4"]),
        // libyaml's other line breaks: a lone CR, NEL, LS and PS each end a line (a fuzz find: the
        // column of a finding after a NEL lay past the end of its line).
        ("a: 1\rb: *x\n", ["*x@2:4"]),
        ("a: 1\u{85}b: *x\n", ["*x@2:4"]),
        ("a: 1\u{2028}b: *x\n", ["*x@2:4"]),
        ("a: 1\u{2029}b: *x\n", ["*x@2:4"]),
        ("a: !o\u{85}b: *x\n", ["!o@1:4", "*x@2:4"]),
        // Breaks inside quoted scalars are counted the same way, CR LF once.
        ("a: \"x\ry\"\nb: *x\n", ["*x@3:4"]),
        ("a: 'x\u{85}y'\nb: *x\n", ["*x@3:4"]),
        ("a: \"x\r\ny\"\nb: *x\n", ["*x@3:4"]),
        ("a: |\r  *in\rb: *x\n", ["*x@3:4"]),
    ])
    func findsPropertiesWhereANodeStarts(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test(arguments: [
        // The false positive of issue 2: `-`, `?` and `,` inside a plain scalar are text.
        "notes: a - *b\n",
        "notes: a ? *b\n",
        "notes: a, *b\n",
        "notes: a,*b &c\n",
        "notes: a [*b]\n",
        "notes: a {*b}\n",
        "notes: a -\n  *b continued\n",
        "- a - *b\n",
        // Quoted scalars, comments, block scalars and plain text.
        "notes: \"a &b *c !d\"\n",
        "notes: 'it''s *b'\n",
        "notes: \"two\n  lines *b\"\n",
        "notes: x # a comment with *b and &c\n",
        "# *b\n",
        "notes: |\n  *b\n  &c !d\n\n  - *e\nnext: 1\n",
        "notes: >-\n  - *b\n",
        "plain: Tom & Jerry *mid\n",
        "url: http://x/*b\n",
        "notes: a*b!c&d\n",
        "notes: a plain scalar\n  *continued* on & on\n",
        "notes: '*'\n",
        "",
    ])
    func leavesTextAlone(text: String) {
        #expect(found(text) == [], "\(text)")
    }

    /// What the scanner lets through must be parsed by the reader as the same string: none of these is an alias.
    @Test(arguments: [
        ("notes: a - *b\n", "a - *b"),
        ("notes: a, *b\n", "a, *b"),
        ("notes: a ? *b\n", "a ? *b"),
        ("notes: a [*b]\n", "a [*b]"),
    ])
    func theReaderReadsTheTextAsAString(text: String, expected: String) throws {
        let root = try YAMLReader.read(text, path: "x.yaml").get()
        #expect(root.mapping?.value(for: "notes")?.scalar?.string == expected)
    }

    @Test func aBlockScalarEndsAtTheFirstLineNotIndentedPastItsParent() {
        #expect(found("a:\n  b: |\n    *inside\n  c: *after\n") == ["*after@4:6"])
        #expect(found("- |\n  *inside\n- *after\n") == ["*after@3:3"])
    }

    @Test func aNameEndsAtSpaceOrFlowIndicator() {
        let findings = YAMLPropertyScanner.findings(in: "a: [*one,*two]\n")
        #expect(findings.map(\.name) == ["one", "two"])
        #expect(findings.allSatisfy { $0.kind == .alias })
    }
}
