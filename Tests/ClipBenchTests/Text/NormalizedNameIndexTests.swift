import Testing
@testable import ClipBench

@Suite struct NormalizedNameIndexTests {
    @Test func findsNamesThatNormaliseAlike() {
        let index = NormalizedNameIndex([(name: "إسطنبول", value: "istanbul"), (name: "اسطنبول", value: "istanbul"),
                                         (name: "القاهرة", value: "cairo"), (name: "القاهره", value: "cairo-2")])
        #expect(index.values(matching: "أسطنبول") == ["istanbul"])
        #expect(index.values(matching: "القاهرة") == ["cairo", "cairo-2"])
        #expect(index.values(matching: "روما").isEmpty)
    }

    @Test func leavesOutNamesThatNormaliseToNothing() {
        let index = NormalizedNameIndex([(name: "«»", value: 1), (name: "ـ", value: 2)])
        #expect(index.values(matching: "«»").isEmpty && index.values(matching: "").isEmpty)
    }

    @Test func aliasResolverRefusesNamesOfSeveralIds() {
        let resolver = EntityNameResolver(aliases: ["القاهرة": "cairo", "القاهره": "cairo-2", "بوتين": "putin"])
        #expect(resolver.registryID(for: "القاهرة") == nil)
        #expect(resolver.registryID(for: "بُوتين") == "putin")
    }
}
