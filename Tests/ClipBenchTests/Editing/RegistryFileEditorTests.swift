import Foundation
import Testing
@testable import ClipBench

struct RegistryFileEditorTests {
    static let original = """
        # yaml-language-server: $schema=../Schemas/registry.schema.json
        entities:
        - id: cairo
          type: LOC
          name:
            ar: القاهرة
            en: Cairo
        - id: tunisia
          type: LOC
          name:
            ar: تونس
            en: Tunisia

        """

    @Test func insertsTheEntryInIDOrderInTheFilesStyle() throws {
        let entry = RegistryEntry(id: "mohamed-arbi", type: .person, arabicName: "محمد العربي", englishName: "Mohamed Arbi", aliases: ["العربي"])
        let text = try RegistryFileEditor.adding(entry, to: Self.original, path: "entities.yaml").get()
        let expected = Self.original.replacingOccurrences(of: "- id: tunisia", with: """
            - id: mohamed-arbi
              type: PER
              name:
                ar: "محمد العربي"
                en: "Mohamed Arbi"
              aliases:
              - "العربي"
            - id: tunisia
            """)
        #expect(text == expected)
    }

    @Test func aNameSharedWithAnotherEntryIsAccepted() throws {
        // GUIDELINES §5.5: «تونس» is both the city and the country.
        let entry = RegistryEntry(id: "tunis", type: .location, arabicName: "تونس", englishName: "Tunis", wikidata: "Q3572")
        let text = try RegistryFileEditor.adding(entry, to: Self.original, path: "entities.yaml").get()
        #expect(text.contains("    en: Cairo\n- id: tunis\n  type: LOC\n  name:\n    ar: \"تونس\"\n    en: \"Tunis\"\n  wikidata: Q3572\n- id: tunisia\n"))
        let registry = EntityRegistryLoader.load(yaml: text, path: "entities.yaml").registry
        #expect(registry.entries(named: "تونس").map(\.id) == ["tunis", "tunisia"])
        #expect(RegistryValidator.diagnostics(for: registry).isEmpty)
    }

    @Test(arguments: [
        ("cairo", "already has the id"), ("Bad Id", "lowercase ASCII slug"),
    ])
    func refusesADuplicateOrMalformedID(id: String, message: String) {
        let entry = RegistryEntry(id: id, type: .location, arabicName: "x", englishName: "x")
        guard case .failure(let problem) = RegistryFileEditor.adding(entry, to: Self.original, path: "entities.yaml") else {
            Issue.record("\(id) was added")
            return
        }
        #expect(problem.diagnostic.message.contains(message))
    }
}
