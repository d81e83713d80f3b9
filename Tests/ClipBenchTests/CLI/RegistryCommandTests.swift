import Foundation
import Testing
@testable import ClipBench

/// `clipbench registry find|add|merge` and `score --registry`, run as the real binary on a synthetic dataset.
struct RegistryCommandTests {
    static let theirRegistry = """
        # The second annotator's registry: other ids for the same entities.
        entities:
        - id: mbs
          type: PER
          name: {ar: "محمد بن سلمان", en: "Mohammed bin Salman Al Saud"}
        - id: cairo-egypt
          type: LOC
          name: {ar: "مدينة القاهرة", en: "Cairo, Egypt"}
          wikidata: Q85
        - id: al-ahram
          type: ORG
          name: {ar: "الأهرام", en: "Al-Ahram"}

        """

    func registryText(_ dataset: TemporaryDataset) throws -> String {
        try String(contentsOf: dataset.annotationsFolder.appendingPathComponent("entities.yaml"), encoding: .utf8)
    }

    func run(_ dataset: TemporaryDataset, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments + ["--dataset", dataset.root.path], in: dataset.root)
    }

    @Test func findsByNameInAnySpellingAndByWikidataID() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let byName = try run(dataset, ["registry", "find", "مُحَمَّد بن سَلمان"])
        #expect(byName.status == 0, "\(byName)")
        #expect(byName.stdoutLines == ["mohammed-bin-salman\tPER\tمحمد بن سلمان\tMohammed bin Salman\t"])
        let byWikidata = try run(dataset, ["registry", "find", "q85"])
        #expect(byWikidata.stdoutLines == ["cairo\tLOC\tالقاهرة\tCairo\tQ85"])
        let none = try run(dataset, ["registry", "find", "الأهرام"])
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.contains("no registry entry matches"))
    }

    @Test func addsAnEntryWithTheConventionalIDAndTheDatasetStillValidates() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let added = try run(dataset, ["registry", "add", "--type", "ORG", "--ar", "الأهرام", "--en", "Al-Ahram",
                                      "--wikipedia", "Al-Ahram", "--alias", "صحيفة الأهرام", "--description", "Egyptian daily newspaper"])
        #expect(added.status == 0, "\(added)")
        #expect(added.stdoutLines == ["al-ahram"])
        let text = try registryText(dataset)
        #expect(text.hasPrefix(TemporaryDataset.sampleRegistry.trimmingCharacters(in: .newlines)))
        let loaded = EntityRegistryLoader.load(yaml: text, path: "entities.yaml")
        #expect(loaded.registry.entry(id: "al-ahram")?.aliases == ["صحيفة الأهرام"])
        let validated = try run(dataset, ["validate", "--strict"])
        #expect(validated.status == 0, "\(validated)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dataset.annotationsFolder.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesADuplicateIDOrAKnownEntityAndLeavesTheFileAlone() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let before = try registryText(dataset)
        let duplicate = try run(dataset, ["registry", "add", "--type", "LOC", "--ar", "قاهرة", "--en", "Cairo Hotel", "--id", "cairo"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("entities.yaml:"))
        #expect(duplicate.stderr.contains("error: registry id 'cairo' is already used"))
        let known = try run(dataset, ["registry", "add", "--type", "LOC", "--ar", "القاهرة", "--en", "Al-Qahira"])
        #expect(known.status == 1)
        #expect(known.stderr.contains("names the same entity as 'cairo'"))
        #expect(try registryText(dataset) == before)
    }

    @Test(arguments: [
        ["--type", "PERSON", "--ar", "س", "--en", "S"],
        ["--type", "PER", "--ar", "س", "--en", "S", "--wikidata", "85"],
        ["--type", "PER", "--ar", "س", "--en", "سين"],
        ["--type", "PER", "--ar", "س", "--en", "S", "--id", "Not A Slug"],
    ])
    func badUsageExits64(arguments: [String]) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try run(dataset, ["registry", "add"] + arguments)
        #expect(result.status == 64, "\(result)")
    }

    @Test func mergesAnotherAnnotatorsRegistryAndPrintsTheirIDsAgainstOurs() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let other = dataset.root.appendingPathComponent("theirs.yaml")
        try Data(Self.theirRegistry.utf8).write(to: other)
        let before = try registryText(dataset)
        let dry = try run(dataset, ["registry", "merge", other.path, "--dry-run"])
        #expect(dry.status == 0, "\(dry)")
        #expect(try registryText(dataset) == before)
        let merged = try run(dataset, ["registry", "merge", other.path])
        #expect(merged.status == 0, "\(merged)")
        #expect(merged.stdoutLines == ["mbs\tmohammed-bin-salman", "cairo-egypt\tcairo", "al-ahram\tal-ahram"])
        #expect(dry.stdoutLines == merged.stdoutLines)
        let registry = EntityRegistryLoader.load(yaml: try registryText(dataset), path: "entities.yaml").registry
        #expect(registry.entry(id: "cairo")?.aliases == ["مدينة القاهرة", "Cairo, Egypt"])
        #expect(registry.entry(id: "al-ahram")?.type == .organisation)
        #expect(try run(dataset, ["validate", "--strict"]).status == 0)
    }

    @Test func scoresPredictionsLinkedToAnotherRegistryAsTheSameEntities() throws {
        let scored = try ScoredDataset()
        defer { scored.dataset.remove() }
        let gold = try String(contentsOf: scored.goldFile, encoding: .utf8)
        let relinked = gold.replacingOccurrences(of: "\"mohammed-bin-salman\"", with: "\"mbs\"")
            .replacingOccurrences(of: "\"cairo\"", with: "\"cairo-egypt\"")
        #expect(relinked != gold)
        let predictions = try scored.write("theirs.jsonl", relinked)
        let registry = try scored.write("theirs.yaml", Self.theirRegistry)
        func registryF1(_ extra: [String]) throws -> Double? {
            let result = try scored.run(["score", predictions, "--format", "json", "--bootstrap", "0"] + extra)
            #expect(result.status == 0, "\(result)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let metrics = json?["metrics"] as? [String: Any]
            let entities = metrics?["entities"] as? [String: Any]
            let registry = entities?["registry"] as? [String: Any]
            return (registry?["f1"] as? NSNumber)?.doubleValue
        }
        #expect(try registryF1([]) == 0)
        #expect(try registryF1(["--registry", registry]) == 1)
        let broken = try scored.write("broken.yaml", "entities:\n- id: x\n")
        let failed = try scored.run(["score", predictions, "--registry", broken])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("broken.yaml:"))
    }
}
