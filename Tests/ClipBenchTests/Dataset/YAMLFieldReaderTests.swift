import Testing
@testable import ClipBench

struct YAMLFieldReaderTests {
    /// The mapping at the root of `text`.
    private func mapping(_ text: String) throws -> YAMLMapping {
        try #require(try YAMLReader.read(text, path: "x.yaml").get().mapping)
    }

    @Test func reportsUnknownAndMissingKeysAtTheirPlaces() throws {
        let span = try mapping("strat: 1\nend: 2\ncolour: red\n")
        var reader = YAMLFieldReader()
        let complete = reader.checkKeys(of: span, allowed: ["start", "end", "text"], required: ["start", "text"], in: "a span")
        #expect(!complete)
        #expect(reader.diagnostics.map(\.description) == [
            "x.yaml:1:1: error: unknown key 'strat' in a span (did you mean 'start'?)",
            "x.yaml:3:1: error: unknown key 'colour' in a span (expected one of: start, end, text)",
            "x.yaml:1:1: error: missing key 'start' in a span",
            "x.yaml:1:1: error: missing key 'text' in a span",
        ])
        var clean = YAMLFieldReader()
        #expect(clean.checkKeys(of: try mapping("start: 1\ntext: a\n"), allowed: ["start", "end", "text"], required: ["start"], in: "a span"))
        #expect(clean.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("v: hello", "hello", nil),
        ("v: \"42\"", "42", nil),
        ("v: 'true'", "true", nil),
        ("v: مُحَمَّد 😀", "مُحَمَّد 😀", nil),
        ("v: \"\"", "", nil),
        ("v: 42", nil, "'v' must be a string, not an integer: write it in quotes, \"42\""),
        ("v: 4.5", nil, "'v' must be a string, not a number: write it in quotes, \"4.5\""),
        ("v: true", nil, "'v' must be a string, not a boolean: write it in quotes, \"true\""),
        ("v: null", nil, "'v' must be a string, not null"),
        ("v:", nil, "'v' must be a string, not null"),
        ("v: [a]", nil, "'v' must be a string, not a list"),
        ("v: {a: 1}", nil, "'v' must be a string, not a mapping"),
    ] as [(String, String?, String?)])
    func readsAStringOrSaysWhatItIs(text: String, expected: String?, message: String?) throws {
        var reader = YAMLFieldReader()
        #expect(reader.string(try mapping(text + "\n"), "v") == expected)
        #expect(reader.diagnostics.first?.message == message)
        #expect(reader.diagnostics.count == (message == nil ? 0 : 1))
        // The diagnostic points at the value (an empty value has no place of its own).
        if let location = reader.diagnostics.first?.location, text != "v:" {
            #expect(location.line == 1 && location.column == 4)
        }
    }

    @Test func anAbsentKeyIsNoError() throws {
        var reader = YAMLFieldReader()
        let empty = try mapping("other: 1\n")
        #expect(reader.string(empty, "v") == nil)
        #expect(reader.optionalString(empty, "v") == nil)
        #expect(reader.integer(empty, "v") == nil)
        #expect(reader.bool(empty, "v") == nil)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func tellsNullFromAbsentInAnOptionalString() throws {
        var reader = YAMLFieldReader()
        let value = reader.optionalString(try mapping("v: null\n"), "v")
        #expect(value == .some(nil))
        #expect(reader.optionalString(try mapping("v: x\n"), "v") == .some("x"))
        #expect(reader.optionalString(try mapping("v: 3\n"), "v") == nil)
        #expect(reader.diagnostics.count == 1)
    }

    @Test(arguments: [
        ("v: 12", 12, nil), ("v: -3", -3, nil), ("v: +7", 7, nil), ("v: 0", 0, nil),
        ("v: \"12\"", nil, "'v' must be a whole number, not '12'"),
        ("v: 1.5", nil, "'v' must be a whole number, not '1.5'"),
        ("v: 1e3", nil, "'v' must be a whole number, not '1e3'"),
        ("v: 0x1F", nil, "'v' must be a whole number, not '0x1F'"),
        ("v: ١٢", nil, "'v' must be a whole number, not '١٢'"),
        ("v: 99999999999999999999", nil, "'v' must be a whole number, not '99999999999999999999'"),
        ("v: null", nil, "'v' must be a whole number, not null"),
        ("v: [1]", nil, "'v' must be a whole number, not a list"),
    ] as [(String, Int?, String?)])
    func readsAWholeNumber(text: String, expected: Int?, message: String?) throws {
        var reader = YAMLFieldReader()
        #expect(reader.integer(try mapping(text + "\n"), "v") == expected)
        #expect(reader.diagnostics.first?.message == message)
    }

    @Test(arguments: [
        ("v: true", true, nil), ("v: False", false, nil), ("v: TRUE", true, nil),
        ("v: yes", nil, "'v' must be true or false, not 'yes'"),
        ("v: \"true\"", nil, "'v' must be true or false, not 'true'"),
        ("v: ~", nil, "'v' must be true or false, not null"),
    ] as [(String, Bool?, String?)])
    func readsABoolean(text: String, expected: Bool?, message: String?) throws {
        var reader = YAMLFieldReader()
        #expect(reader.bool(try mapping(text + "\n"), "v") == expected)
        #expect(reader.diagnostics.first?.message == message)
    }

    enum Colour: String, CaseIterable { case red, green, blue }

    @Test(arguments: [
        ("v: red", Colour.red, nil),
        ("v: \"blue\"", .blue, nil),
        ("v: gren", nil, "'v' must be one of red, green, blue, not 'gren' (did you mean 'green'?)"),
        ("v: purple", nil, "'v' must be one of red, green, blue, not 'purple'"),
        ("v: Red", nil, "'v' must be one of red, green, blue, not 'Red' (did you mean 'red'?)"),
    ] as [(String, Colour?, String?)])
    func readsOneOfAnEnumerationsValues(text: String, expected: Colour?, message: String?) throws {
        var reader = YAMLFieldReader()
        #expect(reader.enumeration(Colour.self, try mapping(text + "\n"), "v") == expected)
        #expect(reader.diagnostics.first?.message == message)
    }

    @Test func readsMappingsAndListsWithNullAsAnEmptyList() throws {
        let root = try mapping("m: {a: 1}\nl: [1, 2]\nn: null\ns: x\n")
        var reader = YAMLFieldReader()
        #expect(reader.mapping(try #require(root.value(for: "m")), in: "'m'")?.keys == ["a"])
        #expect(reader.sequence(try #require(root.value(for: "l")), in: "'l'")?.items.count == 2)
        #expect(reader.sequence(try #require(root.value(for: "n")), in: "'n'")?.items.isEmpty == true)
        #expect(reader.diagnostics.isEmpty)
        #expect(reader.mapping(try #require(root.value(for: "l")), in: "'l'") == nil)
        #expect(reader.sequence(try #require(root.value(for: "s")), in: "'s'") == nil)
        #expect(reader.diagnostics.map(\.message) == ["'l' must be a mapping, not a list", "'s' must be a list, not a scalar"])
    }

    @Test(arguments: [
        ("start", "start", 0), ("strat", "start", 1), ("Start", "start", 0), ("stat", "start", 1),
        ("abc", "", 3), ("", "", 0), ("مُحَمَّد", "محمد", 4), ("ab", "ba", 1), ("kitten", "sitting", 3),
    ])
    func countsEditsWithTranspositionsAsOne(a: String, b: String, distance: Int) {
        #expect(YAMLFieldReader.editDistance(Array(a.lowercased().unicodeScalars), Array(b.unicodeScalars)) == distance)
    }

    @Test(arguments: [
        // Close enough to be a typo: at most two edits and fewer than half the key.
        ("lable", ["label", "text"], "label"),
        ("TEXT", ["label", "text"], "text"),
        // Too far, or too short to tell.
        ("xyz", ["label", "text"], nil),
        ("a", ["b", "ab"], nil),
        ("ab", ["ba"], nil),
        // The nearest of several, the first of equals.
        ("tezt", ["text", "test"], "text"),
    ] as [(String, [String], String?)])
    func suggestsOnlyALikelyTypo(key: String, candidates: [String], expected: String?) {
        #expect(YAMLFieldReader.closestKey(to: key, among: candidates) == expected)
    }
}
