import Testing
@testable import ClipBench

struct LabelAgreementTests {
    @Test func computesKappaOfATextbookTable() throws {
        // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → pₒ = 0.7, pₑ = 0.5, κ = 0.4.
        var agreement = LabelAgreement()
        agreement.add("yes", "yes", count: 20)
        agreement.add("yes", "no", count: 5)
        agreement.add("no", "yes", count: 10)
        agreement.add("no", "no", count: 15)
        #expect(agreement.observed == 0.7)
        #expect(abs(try #require(agreement.expected) - 0.5) < 1e-12)
        #expect(abs(try #require(agreement.kappa) - 0.4) < 1e-12)
    }

    @Test func handlesDegenerateTables() {
        #expect(LabelAgreement().kappa == nil)
        var same = LabelAgreement()
        same.add("body", "body", count: 7)
        #expect(same.kappa == 1)
        var opposite = LabelAgreement()
        opposite.add("a", "b", count: 3)
        opposite.add("b", "a", count: 3)
        #expect(opposite.kappa == -1)
    }
}

struct MatchCountsTests {
    @Test func matchesMultisets() {
        let counts = MatchCounts.exact(["a", "a", "b"], ["a", "c"]) { $0 }
        #expect(counts == MatchCounts(matched: 1, onlyFirst: 2, onlySecond: 1))
        #expect(counts.precision == 0.5)
        #expect(abs(counts.recall - 1.0 / 3) < 1e-12)
        #expect(abs(counts.f1 - 0.4) < 1e-12)
    }

    @Test func agreesOnNothing() {
        #expect(MatchCounts().f1 == 1 && MatchCounts().precision == 1 && MatchCounts().recall == 1)
        #expect(MatchCounts(onlyFirst: 2).f1 == 0)
    }
}
