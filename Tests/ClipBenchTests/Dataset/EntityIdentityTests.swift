import Testing
@testable import ClipBench

struct EntityIdentityTests {
    func entry(_ id: String, _ type: EntityType = .organisation, ar: String, en: String, wikidata: String? = nil) -> RegistryEntry {
        RegistryEntry(id: id, type: type, arabicName: ar, englishName: en, wikidata: wikidata)
    }

    @Test func wikidataSettlesItEitherWay() {
        #expect(EntityIdentity.denoteSameEntity(entry("a", ar: "س", en: "X", wikidata: "Q85"), entry("b", ar: "ص", en: "Y", wikidata: "q85")))
        // The same names, but two Wikidata items: two entities.
        #expect(!EntityIdentity.denoteSameEntity(entry("a", ar: "البيان", en: "Al Bayan", wikidata: "Q1"), entry("a", ar: "البيان", en: "Al Bayan", wikidata: "Q2")))
    }

    @Test func namesCountOnceNormalisedAndOnlyWithTheSameType() {
        let first = entry("al-bayan", ar: "البيان", en: "Al Bayan")
        #expect(EntityIdentity.denoteSameEntity(first, entry("albayan-newspaper", ar: "البَيان", en: "Al-Bayan newspaper")))
        #expect(EntityIdentity.denoteSameEntity(first, entry("bayan", ar: "صحيفة البيان", en: "al bayan")))
        #expect(EntityIdentity.denoteSameEntity(first, entry("al-bayan", ar: "صحيفة البيان", en: "Bayan daily")))
        #expect(!EntityIdentity.denoteSameEntity(first, entry("al-bayan", .location, ar: "البيان", en: "Al Bayan")))
        #expect(!EntityIdentity.denoteSameEntity(first, entry("al-khaleej", ar: "الخليج", en: "Al Khaleej")))
        // Only one side has a QID: the names decide.
        #expect(EntityIdentity.denoteSameEntity(first, entry("x", ar: "البيان", en: "Z", wikidata: "Q5")))
    }

    @Test func findsTheEntryOfAnotherRegistry() {
        let registry = EntityRegistry(entries: [entry("al-khaleej", ar: "الخليج", en: "Al Khaleej"), entry("al-bayan", ar: "البيان", en: "Al Bayan")])
        #expect(EntityIdentity.entry(in: registry, sameAs: entry("albayan-newspaper", ar: "البيان", en: "Bayan"))?.id == "al-bayan")
        #expect(EntityIdentity.entry(in: registry, sameAs: entry("russia", .location, ar: "روسيا", en: "Russia")) == nil)
    }
}
