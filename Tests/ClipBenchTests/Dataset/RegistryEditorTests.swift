import Testing
@testable import ClipBench

struct RegistryEditorTests {
    static let registry = """
        # yaml-language-server: $schema=../Schemas/registry.schema.json
        # A comment at the top that must survive.
        entities:
        - id: cairo
          type: LOC
          name:
            ar: القاهرة
            en: Cairo
          wikidata: Q85
        # Ours, checked twice.
        - id: russia
          type: LOC
          name: {ar: "روسيا", en: "Russia"}   # flow style kept
          aliases:
          - الاتحاد الروسي
        - id: tass
          type: ORG
          name:
            ar: تاس
            en: TASS
          aliases: []
          description: Russian news agency

        """

    static func entry(_ id: String, _ type: EntityType, ar: String, en: String, aliases: [String] = [], wikidata: String? = nil) -> RegistryEntry {
        RegistryEntry(id: id, type: type, arabicName: ar, englishName: en, aliases: aliases, wikidata: wikidata)
    }

    @Test func addsAnEntryInIDOrderAndKeepsEverythingElse() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        try editor.add(Self.entry("moscow", .location, ar: "موسكو", en: "Moscow", aliases: ["موسكو: العاصمة"], wikidata: "Q649"))
        let expected = Self.registry.replacingOccurrences(of: "# Ours, checked twice.\n", with: """
            - id: moscow
              type: LOC
              name:
                ar: موسكو
                en: Moscow
              aliases:
              - "موسكو: العاصمة"
              wikidata: Q649
            # Ours, checked twice.

            """)
        #expect(editor.text == expected)
        #expect(editor.registry.entry(id: "moscow")?.aliases == ["موسكو: العاصمة"])
        try editor.add(Self.entry("ukraine", .location, ar: "أوكرانيا", en: "Ukraine"))
        #expect(editor.text.hasSuffix("  description: Russian news agency\n- id: ukraine\n  type: LOC\n  name:\n    ar: أوكرانيا\n    en: Ukraine\n"))
    }

    @Test func refusesADuplicateIDAndTheSameEntityUnderAnotherID() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        #expect(throws: DiagnosticError.self) { try editor.add(Self.entry("cairo", .organisation, ar: "فندق", en: "Hotel")) }
        do {
            try editor.add(Self.entry("rf", .location, ar: "روسيا الاتحادية", en: "russia"))
            Issue.record("the same entity under another id was added")
        } catch {
            #expect(error.diagnostics.first?.message.contains("'russia'") == true)
            #expect(error.diagnostics.first?.location.line == 11)
        }
        #expect(editor.text == Self.registry)
    }

    @Test func addsAHomonymOnlyWhenAskedAndAsTheValidatorAllows() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        let otherTass = Self.entry("tass-magazine", .organisation, ar: "تاس", en: "TASS Magazine")
        #expect(throws: DiagnosticError.self) { try editor.add(otherTass) }
        // Asked for, it is added: one name may belong to several entries (a mention with that text
        // must then carry its id, which the annotation validator checks).
        try editor.add(otherTass, isHomonym: true)
        #expect(editor.registry.entry(id: "tass-magazine") != nil)
        // The same name once normalised, written otherwise: the rule says "same entity", the validator lets it be.
        let spelledOtherwise = Self.entry("tass-ukraine", .organisation, ar: "تَاس", en: "TASS Ukraine")
        #expect(throws: DiagnosticError.self) { try editor.add(spelledOtherwise) }
        try editor.add(spelledOtherwise, isHomonym: true)
        #expect(editor.registry.entry(id: "tass-ukraine") != nil)
    }

    @Test func refusesAnEditTheValidatorRejects() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        #expect(throws: DiagnosticError.self) { try editor.add(Self.entry("Bad_ID", .location, ar: "س", en: "S")) }
        #expect(editor.text == Self.registry)
    }

    @Test func refusesARegistryThatAlreadyHasErrors() {
        #expect(throws: DiagnosticError.self) {
            try RegistryEditor(text: "entities:\n- id: x\n  type: LOC\n", path: "entities.yaml")
        }
    }

    @Test func addsAliasesToEachShapeOfEntry() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        try editor.addAliases(["مِصر القاهرة", "القاهرة"], to: "cairo")       // no aliases key: one before wikidata
        try editor.addAliases(["روسيا الاتحادية"], to: "russia")             // after the last alias
        try editor.addAliases(["وكالة تاس"], to: "tass")                     // `aliases: []` becomes a list
        #expect(editor.registry.entry(id: "cairo")?.aliases == ["مِصر القاهرة"])
        #expect(editor.registry.entry(id: "russia")?.aliases == ["الاتحاد الروسي", "روسيا الاتحادية"])
        #expect(editor.registry.entry(id: "tass")?.aliases == ["وكالة تاس"])
        #expect(editor.text.contains("    en: Cairo\n  aliases:\n  - مِصر القاهرة\n  wikidata: Q85\n"))
        #expect(editor.text.contains("# A comment at the top that must survive."))
        #expect(editor.text.contains("\"روسيا\", en: \"Russia\"}   # flow style kept"))
    }

    @Test func mergesAnotherAnnotatorsRegistry() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        let theirs = EntityRegistry(entries: [
            Self.entry("rf", .location, ar: "روسيا الاتحادية", en: "Russian Federation", wikidata: "Q159"),
            Self.entry("cairo-city", .location, ar: "القاهرة", en: "Cairo City"),
            Self.entry("itar-tass", .organisation, ar: "تاس", en: "ITAR-TASS"),
            Self.entry("interfax", .organisation, ar: "إنترفاكس", en: "Interfax"),
        ])
        let report = try editor.merge(theirs)
        #expect(report.correspondence.map { [$0.otherID, $0.id] } == [["rf", "rf"], ["cairo-city", "cairo"], ["itar-tass", "tass"], ["interfax", "interfax"]])
        // 'rf' has a Wikidata id our 'russia' lacks and names that differ: a new entry, not a guess.
        #expect(report.added == ["rf", "interfax"])
        #expect(report.aliasesAdded == ["cairo": ["Cairo City"], "tass": ["ITAR-TASS"]])
        #expect(editor.registry.entry(id: "tass")?.aliases == ["ITAR-TASS"])
    }

    @Test func fillsInAWikidataIDAndRefusesAConflictingOne() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        let report = try editor.merge(EntityRegistry(entries: [Self.entry("tass-agency", .organisation, ar: "تاس", en: "TASS", wikidata: "Q223799")]))
        #expect(report.correspondence.map(\.id) == ["tass"])
        #expect(editor.registry.entry(id: "tass")?.wikidata == "Q223799")
        #expect(editor.text.contains("  wikidata: Q223799\n  description: Russian news agency\n"))
        let before = editor.text
        #expect(throws: DiagnosticError.self) {
            try editor.merge(EntityRegistry(entries: [
                Self.entry("egypt", .location, ar: "مصر", en: "Egypt"),
                Self.entry("tass", .organisation, ar: "صحيفة أخرى", en: "Other"),
            ]))
        }
        #expect(editor.text == before)   // nothing half-merged
    }

    @Test func keepsNamesWithHarakatAndCharactersOutsideTheBMPExactly() throws {
        var editor = try RegistryEditor(text: Self.registry, path: "entities.yaml")
        // A shadda and harakat, which Swift merges into one Character with their letter, and a letter outside the BMP.
        let names = ["مُحَمَّد بن سلمان", "𝐌𝐁𝐒 \u{1F1F8}\u{1F1E6}"]
        try editor.add(Self.entry("mohammed-bin-salman", .person, ar: "محمد بن سلمان", en: "Mohammed bin Salman", aliases: names))
        #expect(editor.registry.entry(id: "mohammed-bin-salman")?.aliases == names)
        #expect(editor.registry.entry(id: "mohammed-bin-salman")?.aliases.map { $0.unicodeScalars.count } == [17, 6])
        #expect(editor.registry.search("محمد بن سلمان").first?.id == "mohammed-bin-salman")
    }

    @Test func keepsWindowsLineEndings() throws {
        let crlf = Self.registry.replacingOccurrences(of: "\n", with: "\r\n")
        var editor = try RegistryEditor(text: crlf, path: "entities.yaml")
        try editor.add(Self.entry("egypt", .location, ar: "مصر", en: "Egypt"))
        #expect(!editor.text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(editor.registry.entry(id: "egypt") != nil)
    }

    @Test(arguments: [("القاهرة", "القاهرة"), ("yes", "\"yes\""), ("2025", "\"2025\""), ("- x", "\"- x\""), ("a: b", "\"a: b\""),
                      ("«الثورة»", "«الثورة»"), ("Al \"Bayan\"", "\"Al \\\"Bayan\\\"\""), ("", "\"\"")])
    func writesScalarsYAMLReadsBack(text: String, written: String) {
        #expect(RegistryEditor.scalar(text) == written)
    }
}
