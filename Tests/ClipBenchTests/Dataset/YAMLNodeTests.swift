import Testing
@testable import ClipBench

struct YAMLNodeTests {
    @Test func givesEachKindItsAccessorAndDescription() throws {
        let root = try YAMLReader.read("s: x\nn: ~\nm: {a: 1}\nl:\n  - 1\n", path: "x.yaml").get()
        let mapping = try #require(root.mapping)
        #expect(root.scalar == nil && root.sequence == nil)
        #expect(mapping.keys == ["s", "n", "m", "l"])
        let s = try #require(mapping.value(for: "s"))
        let n = try #require(mapping.value(for: "n"))
        let m = try #require(mapping.value(for: "m"))
        let l = try #require(mapping.value(for: "l"))
        #expect(s.scalar?.string == "x" && s.mapping == nil && s.sequence == nil)
        #expect(m.mapping?.isFlow == true && m.scalar == nil)
        #expect(l.sequence?.items.first?.scalar?.string == "1" && l.mapping == nil)
        #expect([s, n, m, l].map(\.kindDescription) == ["a scalar", "null", "a mapping", "a list"])
        #expect(root.kindDescription == "a mapping")
        #expect(root.mapping?.isFlow == false)
    }

    @Test func locatesEachNodeWhereItStarts() throws {
        let root = try YAMLReader.read("s: \"quoted\"\nl:\n  - a\n", path: "x.yaml").get()
        let mapping = try #require(root.mapping)
        #expect(mapping.value(for: "s")?.location == ClipBenchCore.SourceLocation(path: "x.yaml", line: 1, column: 4))
        #expect(mapping.entry(for: "l")?.key.location == ClipBenchCore.SourceLocation(path: "x.yaml", line: 2, column: 1))
        #expect(mapping.value(for: "l")?.sequence?.items.first?.location.line == 3)
        #expect(mapping.value(for: "absent") == nil && mapping.entry(for: "absent") == nil)
    }
}
