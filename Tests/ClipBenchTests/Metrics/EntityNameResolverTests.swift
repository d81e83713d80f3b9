import Testing
@testable import ClipBench

struct EntityNameResolverTests {
    static let gold = EntityRegistry(entries: [
        RegistryEntry(id: "al-bayan-uae-newspaper", type: .organisation, arabicName: "البيان", englishName: "Al Bayan"),
        RegistryEntry(id: "russia", type: .location, arabicName: "روسيا", englishName: "Russia", aliases: ["الاتحاد الروسي"], wikidata: "Q159"),
        RegistryEntry(id: "cairo", type: .location, arabicName: "القاهرة", englishName: "Cairo"),
    ])
    static let theirs = EntityRegistry(entries: [
        RegistryEntry(id: "albayan-newspaper", type: .organisation, arabicName: "البيان", englishName: "Al-Bayan newspaper"),
        RegistryEntry(id: "rf", type: .location, arabicName: "روسيا الاتحادية", englishName: "Russian Federation", wikidata: "Q159"),
        // Their 'cairo' is another entity: it must not count as the gold's.
        RegistryEntry(id: "cairo", type: .organisation, arabicName: "فندق القاهرة", englishName: "Cairo Hotel"),
    ])

    @Test func translatesAnotherRegistrysIDsToTheGoldsForTheSameEntity() {
        let resolver = EntityNameResolver(gold: Self.gold, predictionRegistry: Self.theirs)
        #expect(resolver.registryID(forPredictedID: "albayan-newspaper") == "al-bayan-uae-newspaper")
        #expect(resolver.registryID(forPredictedID: "rf") == "russia")
        #expect(resolver.registryID(forPredictedID: "cairo") != "cairo")
    }

    @Test func readsAPredictedWikidataIDAsTheGoldEntryWithIt() {
        let resolver = EntityNameResolver(gold: Self.gold)
        #expect(resolver.registryID(forPredictedID: "Q159") == "russia")
        #expect(resolver.registryID(forPredictedID: "cairo") == "cairo")
        #expect(resolver.registryID(forPredictedID: "Q85") == "Q85")
    }

    @Test func resolvesNamesThroughTheGoldAliases() {
        let resolver = EntityNameResolver(gold: Self.gold)
        #expect(resolver.registryID(for: "الإتحاد الروسي") == "russia")
        #expect(resolver.registryID(for: "موسكو") == nil)
    }

    @Test func theRegistryMetricCountsTwoRegistriesIDsForOneEntityAsOne() {
        let gold = EntityRegistry(entries: [
            RegistryEntry(id: "putin", type: .person, arabicName: "فلاديمير بوتين", englishName: "Vladimir Putin", wikidata: "Q7747"),
            RegistryEntry(id: "moscow", type: .location, arabicName: "موسكو", englishName: "Moscow"),
            RegistryEntry(id: "xi", type: .person, arabicName: "شي جين بينغ", englishName: "Xi Jinping"),
            RegistryEntry(id: "tass", type: .organisation, arabicName: "تاس", englishName: "TASS"),
        ])
        let theirs = EntityRegistry(entries: [
            RegistryEntry(id: "vladimir-putin", type: .person, arabicName: "بوتين", englishName: "Putin", wikidata: "Q7747"),
            RegistryEntry(id: "moscow-city", type: .location, arabicName: "موسكو", englishName: "Moscow (city)"),
            RegistryEntry(id: "xi-jinping", type: .person, arabicName: "شى جين بينغ", englishName: "Xi Jinping"),
            // Their 'tass' is not the gold's (another type): it must stay unmatched.
            RegistryEntry(id: "tass", type: .miscellaneous, arabicName: "تاس", englishName: "TASS app"),
        ])
        let renamed = ["putin": "vladimir-putin", "moscow": "moscow-city", "xi": "xi-jinping", "tass": "tass"]
        let clipping = MetricsTestClipping.sample()
        var prediction = clipping.goldPrediction
        prediction.entities = prediction.entities.map { mention in
            var mention = mention
            mention.registryID = mention.registryID.map { renamed[$0] ?? $0 }
            return mention
        }
        func registryRecall(_ resolver: EntityNameResolver) -> Double? {
            var evaluator = Evaluator(configuration: EvaluationConfiguration(bootstrapReplicates: 0), resolver: resolver)
            evaluator.add(gold: clipping.annotation, seed: clipping.seed, prediction: prediction)
            return evaluator.scorecard().measure("entities.registry.recall")?.value
        }
        // Gold ids {putin, moscow, xi, tass}: three found through the identity rule, their 'tass' is another entity.
        #expect(registryRecall(EntityNameResolver(gold: gold, predictionRegistry: theirs)) == 0.75)
        // Without their registry only the id spelt alike counts, wrongly.
        #expect(registryRecall(EntityNameResolver(gold: gold)) == 0.25)
    }
}
