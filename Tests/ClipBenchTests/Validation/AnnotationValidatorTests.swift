import Testing
@testable import ClipBench

struct AnnotationValidatorTests {
    // «شدّة» ends with a shadda-bearing letter; «مُحَمَّد» has harakat on every letter.
    static let seed = SeedText("مُحَمَّد في القاهرة\n  مُحَمَّد  \nالقاهرة\n")

    static func document(_ yaml: String) throws -> AnnotationDocument {
        let loaded = AnnotationLoader.load(yaml: yaml, path: "a.yaml")
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        return try #require(loaded.document)
    }

    static func messages(_ entities: String, headline: String = "null", regions: String = "[]") throws -> [String] {
        let yaml = "id: a\nstatus: done\nheadline: \(headline)\npublished: {value: null, reason: absent}\nregions: \(regions)\nentities:\n\(entities)\ndates: []\n"
        return AnnotationValidator(registry: nil)
            .diagnostics(for: try document(yaml), expectedID: "a", seed: seed)
            .filter { !$0.message.contains("no region covers") }
            .map { "\($0.severity.rawValue): \($0.message)" }
    }

    @Test func refusesASpanStartingOnACombiningMark() throws {
        // Offset 1 is the damma of the first «م».
        let found = try Self.messages("  - {start: 1, end: 8, text: \"ُحَمَّد\", type: PER}")
        #expect(found == ["error: entity 1 «ُحَمَّد» starts at 1 on a combining mark (U+064F): it cuts the mark from its letter"])
    }

    /// Issue 12: an NFD quote of an NFC span was canonically equal, so it validated and `gold`
    /// printed a text that is not seed[start:end]. The gold text is the seed's scalars.
    @Test func refusesAQuoteInAnotherNormalisationForm() throws {
        let seed = SeedText("Café in Cairo\n")
        let nfd = "Cafe\u{301}"
        #expect(nfd == "Café")  // equal as Strings: the trap this test guards against
        let yaml = "id: a\nstatus: done\nheadline: null\npublished: {value: null, reason: absent}\nregions: []\nentities:\n"
            + "  - {start: 0, end: 4, text: \"\(nfd)\", type: ORG}\ndates: []\n"
        let found = AnnotationValidator(registry: nil).diagnostics(for: try Self.document(yaml), expectedID: "a", seed: seed)
            .filter { $0.severity == .error }.map(\.message)
        #expect(found == ["entity 1 «Café»: the text differs from the seed at [0, 4), which reads «Café» in another Unicode normalisation form (NFC/NFD): write the quote with the seed's own characters"])
        #expect(seed.hasScalars(of: "Café", in: 0..<4))
        #expect(!seed.hasScalars(of: nfd, in: 0..<4))
        #expect(!seed.hasScalars(of: nfd, in: 0..<5))
    }

    @Test func warnsAboutSpansStartingOrEndingInWhitespace() throws {
        let found = try Self.messages("  - {start: 20, end: 31, text: \"  مُحَمَّد \", type: PER}")
        #expect(found == ["warning: entity 1 «  مُحَمَّد » starts with whitespace", "warning: entity 1 «  مُحَمَّد » ends with whitespace"])
    }

    @Test func checksOccurrenceHintsAgainstTheOffsets() throws {
        #expect(try Self.messages("  - {start: 33, end: 40, text: \"القاهرة\", type: LOC, occurrence: 2}").isEmpty)
        let found = try Self.messages("  - {start: 33, end: 40, text: \"القاهرة\", type: LOC, occurrence: 1}")
        #expect(found == ["error: entity 1 «القاهرة» has occurrence: 1, but its offsets give occurrence 2 of 2"])
        #expect(try Self.messages("  - {start: 33, end: 40, text: \"القاهرة\", type: LOC, line: 3, occurrence: 1}").isEmpty)
    }

    @Test func requiresAnIDOnAMentionOfANameSeveralEntriesShare() throws {
        // «القاهرة» is both the city and the governorate: a mention must say which it means.
        let registry = EntityRegistry(entries: [
            RegistryEntry(id: "cairo", type: .location, arabicName: "القاهرة", englishName: "Cairo"),
            RegistryEntry(id: "cairo-governorate", type: .location, arabicName: "محافظة القاهرة", englishName: "Cairo Governorate", aliases: ["القاهرة"]),
        ])
        func errors(_ entity: String) throws -> [String] {
            let yaml = "id: a\nstatus: done\nheadline: null\npublished: {value: null, reason: absent}\nregions: []\nentities:\n\(entity)\ndates: []\n"
            return AnnotationValidator(registry: registry).diagnostics(for: try Self.document(yaml), expectedID: "a", seed: Self.seed)
                .filter { $0.severity == .error && !$0.message.contains("no region covers") }.map(\.message)
        }
        #expect(try errors("  - {start: 33, end: 40, text: \"القاهرة\", type: LOC}") == [
            "entity 1 «القاهرة» has no id, but «القاهرة» names several registry entries (cairo, cairo-governorate): give it the id of the one it means",
        ])
        #expect(try errors("  - {start: 33, end: 40, text: \"القاهرة\", type: LOC, id: cairo-governorate}").isEmpty)
        #expect(RegistryValidator.diagnostics(for: registry).isEmpty)
    }

    @Test func requiresEveryOccurrenceOfTheHeadlineInAHeadlineRegion() throws {
        let found = try Self.messages("  []", headline: "\"القاهرة\"", regions: "[{start: 12, end: 19, text: \"القاهرة\", label: headline}]")
        #expect(found == ["error: the headline also occurs at offset 33 (seed line 3, column 1), outside every headline region: every occurrence of the headline is a headline region"])
    }

    @Test func reportsGapsWithTheSeedLineAndColumn() throws {
        let yaml = "id: a\nstatus: done\nheadline: null\npublished: {value: null, reason: absent}\nregions:\n  - {start: 0, end: 19, text: \"مُحَمَّد في القاهرة\", label: body}\nentities: []\ndates: []\n"
        let found = AnnotationValidator(registry: nil).diagnostics(for: try Self.document(yaml), expectedID: "a", seed: Self.seed)
        #expect(found.map(\.message) == [
            "no region covers the text at seed line 2, column 3 (offset 22): «مُحَمَّد»",
            "no region covers the text at seed line 3, column 1 (offset 33): «القاهرة»",
        ])
        #expect(found.allSatisfy { $0.location.line == 6 && $0.location.column == 5 })
    }

    @Test func checksIdsAgainstTheFileName() throws {
        let yaml = "id: b\nstatus: done\nheadline: null\npublished: {value: null, reason: absent}\nregions: []\nentities: []\ndates: []\n"
        let found = AnnotationValidator(registry: nil).diagnostics(for: try Self.document(yaml), expectedID: "a", seed: nil)
        #expect(found.map(\.message) == ["the id 'b' differs from the file name: it must be 'a'"])
    }
}

struct AnnotationValidatorDateValueTests {
    // An update stamp whose time is given to the minute, with its zone as written.
    static let seed = SeedText("الأربعاء، 28 آب 2013، آخر تحديث 14:00 (GMT+0400)\n")

    static func messages(_ value: String) throws -> [String] {
        let yaml = """
            id: a
            status: done
            headline: null
            published: {value: 2013-08-28, evidence: {start: 0, end: 20, text: "الأربعاء، 28 آب 2013"}}
            regions: []
            entities: []
            dates:
              - {start: 0, end: 20, text: "الأربعاء، 28 آب 2013", value: 2013-08-28}
              - {start: 32, end: 48, text: "14:00 (GMT+0400)", value: "\(value)"}

            """
        let loaded = AnnotationLoader.load(yaml: yaml, path: "a.yaml")
        let document = try #require(loaded.document)
        return AnnotationValidator(registry: nil).diagnostics(for: document, expectedID: "a", seed: seed)
            .filter { !$0.message.contains("no region covers") }
            .map { "\($0.severity.rawValue): \($0.message)" }
    }

    @Test(arguments: ["2013-08-28T14:00+04:00", "2013-08-28T10:00Z", "2013-08-28T14:00:00+04:00"])
    func acceptsATimeToTheMinuteOrSecondWithItsZone(value: String) throws {
        #expect(try Self.messages(value).isEmpty)
    }

    @Test(arguments: ["2013-08-28T14:00", "2013-08-28T14:00+0400", "2013-08-28T14:60+04:00"])
    func refusesATimeWithoutAValidZoneOrClock(value: String) throws {
        let found = try Self.messages(value)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("error: date 2 «14:00 (GMT+0400)»") == true)
    }
}
