import Foundation
import Testing
@testable import ClipBench
@testable import ClipBenchEvaluation

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
        #expect(abs(try #require(agreement.cohenKappa) - 0.4) < 1e-12)
    }

    @Test func handlesDegenerateTables() {
        #expect(LabelAgreement().cohenKappa == nil && LabelAgreement(annotators: 3).krippendorffAlpha == nil)
        var same = LabelAgreement(annotators: 3)
        same.add(["body", "body", "body"], count: 7)
        #expect(same.fleissKappa == 1 && same.krippendorffAlpha == 1 && same.cohenKappa == nil)
        #expect(same.pair(0, 2).cohenKappa == 1)
        var opposite = LabelAgreement()
        opposite.add("a", "b", count: 3)
        opposite.add("b", "a", count: 3)
        #expect(opposite.cohenKappa == -1)
    }

    @Test func mergesWithWeights() {
        var one = LabelAgreement(annotators: 3)
        one.add(["a", "a", "b"])
        var merged = LabelAgreement(annotators: 3)
        merged.merge(one, weight: 3)
        var added = LabelAgreement(annotators: 3)
        added.add(["a", "a", "b"], count: 3)
        #expect(merged == added)
    }

    struct Fixture: Decodable {
        struct Case: Decodable {
            var raters: Int
            var items: [[String]]
            var cohen_kappa: Double?
            var fleiss_kappa: Double
            var krippendorff_alpha: Double
        }
        var cases: [Case]
    }

    /// The cases of `Scripts/generate_agreement_fixtures.py`: random label tables scored by
    /// statsmodels (Cohen's and Fleiss' kappa) and the `krippendorff` package (alpha).
    @Test func agreesWithTheReferenceImplementations() throws {
        let url = CommandRunner.fixturesFolder.appendingPathComponent("agreement/label-agreement.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(fixture.cases.count >= 20)
        #expect(Set(fixture.cases.map(\.raters)).isSuperset(of: [2, 3]))
        for (index, reference) in fixture.cases.enumerated() {
            var agreement = LabelAgreement(annotators: reference.raters)
            for item in reference.items { agreement.add(item) }
            #expect(abs(try #require(agreement.fleissKappa) - reference.fleiss_kappa) < 1e-9, "case \(index): Fleiss")
            #expect(abs(try #require(agreement.krippendorffAlpha) - reference.krippendorff_alpha) < 1e-9, "case \(index): alpha")
            if let cohen = reference.cohen_kappa {
                #expect(abs(try #require(agreement.cohenKappa) - cohen) < 1e-9, "case \(index): Cohen")
            }
        }
    }
}

struct MatchCountsTests {
    @Test func matchesMultisets() {
        let counts = MatchCounts.exact(["a", "a", "b"], ["a", "c"]) { $0 }
        #expect(counts == MatchCounts(matched: 1, onlyFirst: 2, onlySecond: 1))
        #expect(counts.precision == 0.5)
        #expect(abs(counts.recall - 1.0 / 3) < 1e-12)
        #expect(abs(counts.f1 - 0.4) < 1e-12)
        #expect(counts * 2 == MatchCounts(matched: 2, onlyFirst: 4, onlySecond: 2))
    }

    @Test func agreesOnNothing() {
        #expect(MatchCounts().f1 == 1 && MatchCounts().precision == 1 && MatchCounts().recall == 1)
        #expect(MatchCounts(onlyFirst: 2).f1 == 0)
    }
}
