import Testing
@testable import ClipBench

struct EntityRegistryTests {
    static let yaml = """
        entities:
          - id: alexander-darchiev
            type: PER
            name: {ar: "ألكسندر دارتشييف", en: "Alexander Darchiev"}
            aliases: ["دارتشييف", "دارشيف", "دارشييف"]
            wikidata: Q4720147
          - id: istanbul
            type: LOC
            name: {ar: "إسطنبول", en: "Istanbul"}

        """

    @Test func looksUpByIDByNameAndByNormalisedName() throws {
        let loaded = EntityRegistryLoader.load(yaml: Self.yaml, path: "entities.yaml")
        #expect(loaded.diagnostics.isEmpty)
        let registry = loaded.registry
        #expect(registry.entry(id: "istanbul")?.type == .location)
        #expect(registry.entries(named: "دارشيف").map(\.id) == ["alexander-darchiev"])
        #expect(registry.entries(named: "اسطنبول").isEmpty)
        // Through the SPEC's Arabic normalisation, «اسطنبول» (bare alef) finds «إسطنبول».
        #expect(registry.id(forName: "اسطنبول", normalizedBy: ArabicNormalizer.normalize) == "istanbul")
        #expect(registry.id(matching: "اسطنبول") == "istanbul")
        #expect(registry.entries(matching: "دارشيف").map(\.id) == ["alexander-darchiev"])
        // The index built once answers as the lookup that normalises every name.
        for name in ["ألكسندر دارتشييف", "الكسندر دارتشييف", "دارتشييف", "Istanbul", "istanbul", "موسكو", ""] {
            #expect(registry.entries(matching: name) == registry.entries(named: name, normalizedBy: ArabicNormalizer.normalize), "\(name)")
        }
        #expect(RegistryValidator.diagnostics(for: registry).isEmpty)
    }

    @Test func reportsDuplicateIdsAndBadWikidataIdsButAcceptsSharedNames() {
        let yaml = Self.yaml + """
          - id: istanbul
            type: LOC
            name: {ar: "القسطنطينية", en: "Constantinople"}
          - id: darchiev-2
            type: PER
            name: {ar: "دارشيف", en: "Darchiev"}
            wikidata: "4720147"

        """
        let registry = EntityRegistryLoader.load(yaml: yaml, path: "entities.yaml").registry
        let messages = RegistryValidator.diagnostics(for: registry).map(\.message)
        #expect(messages == [
            "registry id 'istanbul' is used twice (first at line 7)",
            "registry entry 'darchiev-2' has the Wikidata id '4720147'; it must look like Q1398497",
        ])
        // «دارشيف» is a name of both entries: allowed (GUIDELINES §5.5), a mention then needs an id.
        #expect(registry.entries(named: "دارشيف").map(\.id) == ["alexander-darchiev", "darchiev-2"])
    }

    @Test func reportsStructuralProblemsWithTheirPlace() {
        let loaded = EntityRegistryLoader.load(yaml: "entities:\n  - id: x\n    type: PERSON\n    nam: {ar: a, en: b}\n", path: "entities.yaml")
        #expect(loaded.diagnostics.map(\.description) == [
            "entities.yaml:4:5: error: unknown key 'nam' in registry entry 1 (did you mean 'name'?)",
            "entities.yaml:2:5: error: missing key 'name' in registry entry 1",
            "entities.yaml:3:11: error: 'type' must be one of PER, ORG, LOC, MISC, not 'PERSON'",
        ])
        #expect(loaded.registry.entries.isEmpty)
    }
}
