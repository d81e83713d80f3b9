import Testing
@testable import ClipBench

struct EntityIdentityTests {
    static func entry(_ id: String, _ type: EntityType, ar: String, en: String, aliases: [String] = [], wikidata: String? = nil) -> RegistryEntry {
        RegistryEntry(id: id, type: type, arabicName: ar, englishName: en, aliases: aliases, wikidata: wikidata)
    }

    @Test(arguments: [
        // Equal Wikidata ids: the same entity, whatever the names and ids.
        (entry("rf", .location, ar: "روسيا الاتحادية", en: "Russian Federation", wikidata: "Q159"),
         entry("russia", .location, ar: "روسيا", en: "Russia", wikidata: "q159"), true),
        // Two different Wikidata ids: two entities, even with one name.
        (entry("al-bayan", .organisation, ar: "البيان", en: "Al Bayan", wikidata: "Q1"),
         entry("al-bayan-iraq", .organisation, ar: "البيان", en: "Al Bayan", wikidata: "Q2"), false),
        // One without a Wikidata id: the same type and Arabic name (harakat and hamza forms aside).
        (entry("al-bayan", .organisation, ar: "البيان", en: "Al Bayan"),
         entry("albayan-newspaper", .organisation, ar: "الْبَيان", en: "Al-Bayan Newspaper", wikidata: "Q3"), true),
        // … or the same English name once normalised (case, punctuation).
        (entry("al-bayan", .organisation, ar: "صحيفة البيان", en: "Al-Bayan"),
         entry("albayan", .organisation, ar: "البيان", en: "al bayan"), false),
        (entry("al-bayan", .organisation, ar: "صحيفة البيان", en: "Al Bayan"),
         entry("albayan", .organisation, ar: "البيان", en: "AL BAYAN"), true),
        // The same name but another type: two entities.
        (entry("kursk", .location, ar: "كورسك", en: "Kursk"),
         entry("kursk-submarine", .miscellaneous, ar: "كورسك", en: "Kursk"), false),
        // An alias in common is not enough.
        (entry("dmitry-peskov", .person, ar: "دميتري بيسكوف", en: "Dmitry Peskov", aliases: ["بيسكوف"]),
         entry("peskov-2", .person, ar: "ديمتري بيسكوف", en: "Dmitri Peskov", aliases: ["بيسكوف"]), false),
    ])
    func decidesWhetherTwoEntriesNameOneEntity(first: RegistryEntry, second: RegistryEntry, same: Bool) {
        #expect(EntityIdentity.isSameEntity(first, second) == same)
        #expect(EntityIdentity.isSameEntity(second, first) == same)
    }

    @Test func matchesTwoRegistriesEntryByEntry() {
        let mine = EntityRegistry(entries: [
            Self.entry("al-bayan-uae-newspaper", .organisation, ar: "البيان", en: "Al Bayan"),
            Self.entry("russia", .location, ar: "روسيا", en: "Russia", wikidata: "Q159"),
            Self.entry("kursk", .location, ar: "كورسك", en: "Kursk"),
            Self.entry("kursk-oblast", .location, ar: "مقاطعة كورسك", en: "Kursk"),
        ])
        let theirs = EntityRegistry(entries: [
            Self.entry("albayan-newspaper", .organisation, ar: "البيان", en: "Al-Bayan newspaper"),
            Self.entry("rf", .location, ar: "روسيا الاتحادية", en: "Russian Federation", wikidata: "Q159"),
            Self.entry("kursk-x", .location, ar: "كورسك", en: "Kursk"),   // two of mine share its English name
            Self.entry("cairo", .location, ar: "القاهرة", en: "Cairo"),   // none of mine
        ])
        #expect(EntityIdentity.correspondence(from: theirs, to: mine) == ["albayan-newspaper": "al-bayan-uae-newspaper", "rf": "russia"])
    }

    @Test func prefersAWikidataMatchToANameMatch() {
        let mine = EntityRegistry(entries: [
            Self.entry("georgia-state", .location, ar: "جورجيا", en: "Georgia"),
            Self.entry("georgia", .location, ar: "جورجيا", en: "Georgia (country)", wikidata: "Q230"),
        ])
        let theirs = Self.entry("sakartvelo", .location, ar: "جورجيا", en: "Georgia", wikidata: "Q230")
        #expect(EntityIdentity.matches(of: theirs, in: mine).map(\.id) == ["georgia"])
    }

    @Test(arguments: [
        ("Al Bayan (UAE newspaper)", "al-bayan-uae-newspaper"), ("Moscow Kremlin", "moscow-kremlin"),
        ("São Paulo", "sao-paulo"), ("People's Liberation Army", "peoples-liberation-army"), ("AT&T", "at-and-t"),
        ("Rif Dimashq Governorate", "rif-dimashq-governorate"), ("COVID-19", "covid-19"), ("  U.S.  ", "u-s"),
        ("Straße", "strasse"), ("Al-Thawra Net", "al-thawra-net"),
    ])
    func slugsTitles(title: String, slug: String) {
        #expect(EntityIdentity.slug(ofTitle: title) == slug)
        #expect(RegistryValidator.isWellFormedID(slug))
    }

    @Test func givesNoSlugForAnArabicOnlyTitle() {
        #expect(EntityIdentity.slug(ofTitle: "البيان") == nil)
        #expect(EntityIdentity.conventionalID(wikipediaTitle: "البيان", englishName: "Al Bayan") == "al-bayan")
        #expect(EntityIdentity.conventionalID(wikipediaTitle: "Moscow Kremlin", englishName: "Kremlin") == "moscow-kremlin")
    }

    @Test(arguments: [
        ("ريف دمشق", "ryf dmshq"), ("بودكاست البيان", "bwdkast al-byan"), ("الْبَيَان", "al-byan"), ("قناة ٢٤", "qnah 24"),
        ("مؤسسة الشارقة", "mssh al-sharqh"), ("ال", "al"),
    ])
    func romanisesArabicNamesLetterByLetter(name: String, romanized: String) {
        #expect(EntityIdentity.romanized(name) == romanized)
    }

    @Test(arguments: [("Q159", "Q159" as String?), ("q159", "Q159"), (" Q159 ", "Q159"), ("Q", nil), ("159", nil), ("Qx1", nil),
                      // Around the fast path for ids that cannot be Wikidata ids: a tab or a non-ASCII space
                      // trimmed first, a full-width q, a registry id with a q inside, nothing at all.
                      ("\tq42", "Q42"), ("\u{3000}Q7", "Q7"), ("ｑ7", nil), ("putin", nil), ("iraq", nil), ("", nil)])
    func normalisesWikidataIDs(text: String, expected: String?) {
        #expect(EntityIdentity.normalizedWikidataID(text) == expected)
    }

    @Test func searchesByIDWikidataAndNameBestFirst() {
        let registry = EntityRegistry(entries: [
            Self.entry("dmitry-peskov", .person, ar: "دميتري بيسكوف", en: "Dmitry Peskov", aliases: ["بيسكوف"], wikidata: "Q1398497"),
            Self.entry("peskov-street", .location, ar: "شارع بيسكوف الكبير", en: "Great Peskov Street"),
        ])
        #expect(registry.search("بِيسكوف").map(\.id) == ["dmitry-peskov", "peskov-street"])
        #expect(registry.search("q1398497").map(\.id) == ["dmitry-peskov"])
        #expect(registry.search("peskov-street").map(\.id) == ["peskov-street"])
        #expect(registry.search("nobody").isEmpty)
    }

    @Test func findsTheEntryOfAnotherRegistry() {
        let registry = EntityRegistry(entries: [
            Self.entry("al-khaleej", .organisation, ar: "الخليج", en: "Al Khaleej"),
            Self.entry("al-bayan", .organisation, ar: "البيان", en: "Al Bayan"),
        ])
        #expect(EntityIdentity.entry(in: registry, sameAs: Self.entry("albayan-newspaper", .organisation, ar: "البَيان", en: "Bayan"))?.id == "al-bayan")
        #expect(EntityIdentity.entry(in: registry, sameAs: Self.entry("russia", .location, ar: "روسيا", en: "Russia")) == nil)
    }
}
