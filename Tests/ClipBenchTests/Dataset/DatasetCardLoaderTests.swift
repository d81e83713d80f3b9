import Testing
@testable import ClipBench

struct DatasetCardLoaderTests {
    @Test func readsTheCardOfTheSyntheticDataset() throws {
        let loaded = DatasetCardLoader.load(yaml: TemporaryDataset.sampleCard, path: "dataset.yaml")
        #expect(loaded.diagnostics.isEmpty)
        let card = try #require(loaded.card)
        #expect(card.version == "0.0.1" && card.annotationsLicence == "CC-BY-4.0" && card.documents == 1)
        #expect(Set(card.boilerplateCategories.keys) == Set(BoilerplateCategory.allCases.map(\.rawValue)))
    }

    @Test func refusesAnUnknownLabelAnUnquotedVersionAndAMissingKey() {
        let yaml = TemporaryDataset.sampleCard
            .replacingOccurrences(of: "version: \"0.0.1\"", with: "version: 1.0")
            .replacingOccurrences(of: "MISC: \"Other names.\"", with: "MISC: \"Other names.\", DATE: \"Dates.\"")
            .replacingOccurrences(of: "guidelines: GUIDELINES.md\n", with: "")
        let messages = DatasetCardLoader.load(yaml: yaml, path: "dataset.yaml").diagnostics.map(\.message)
        #expect(messages.contains("missing key 'guidelines' in the dataset card"))
        #expect(messages.contains("'version' must be a string, not a number: write it in quotes, \"1.0\""))
        #expect(messages.contains { $0.hasPrefix("unknown key 'DATE' in 'entity_types'") })
    }
}
