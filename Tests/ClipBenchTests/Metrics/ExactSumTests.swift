import Testing
@testable import ClipBench

@Suite struct ExactSumTests {
    @Test func sumsDoNotDependOnOrder() {
        // In Double arithmetic, (1 + 1e-16) − 1 is 0 (1e-16 is below half an ulp of 1), and 1 − 1 + 1e-16 is 1e-16.
        let values = [1, 1e-16, -1]
        #expect((values[0] + values[1]) + values[2] == 0)
        #expect((values[0] + values[2]) + values[1] == 1e-16)
        let forward = values.reduce(ExactSum.zero) { $0 + ExactSum($1) }
        let backward = values.reversed().reduce(ExactSum.zero) { $0 + ExactSum($1) }
        #expect(forward == backward)
        #expect(forward.doubleValue == 1e-16)
    }

    @Test(arguments: [0.0, 1, 0.5, 1.0 / 3, 2.0 / 3, 0.1, 0.9999999999999999, 123_456.789, 1e-20, 0x1p61, -0.25, -1.0 / 7])
    func convertsExactlyAndBack(_ value: Double) {
        #expect(ExactSum(value).doubleValue == value)
        #expect(ExactSum(hexadecimal: ExactSum(value).hexadecimal) == ExactSum(value))
        #expect((-ExactSum(value)).doubleValue == -value)
    }

    @Test func multiplesAreExact() {
        #expect((ExactSum(1.0 / 3) * 3).doubleValue == 1)
        #expect(ExactSum(0.75) * 4 == ExactSum(3))
        #expect(ExactSum(-0.5) * 5 == ExactSum(-2.5))
        #expect(ExactSum(0.3) * 0 == .zero)
    }

    @Test func roundsTheExactSumOnce() {
        // 1 + 2⁻⁵³ + 2⁻⁵³: added one by one in Double each tie rounds to even and the total stays 1;
        // exactly, it is 1 + 2⁻⁵², which is a Double.
        let sum = ExactSum(1) + ExactSum(0x1p-53) + ExactSum(0x1p-53)
        #expect(1 + 0x1p-53 + 0x1p-53 == 1.0)
        #expect(sum.doubleValue == 1 + 0x1p-52)
        // A lone tie rounds to even: 1 + 2⁻⁵³ → 1.
        #expect((ExactSum(1) + ExactSum(0x1p-53)).doubleValue == 1)
        // Just above the tie rounds up (the sticky bit below the window).
        #expect((ExactSum(1) + ExactSum(0x1p-53) + ExactSum(0x1p-100)).doubleValue == 1 + 0x1p-52)
    }

    @Test func manyRatiosInAnyGroupingGiveOneTotal() {
        let ratios = (1...500).map { 1 / Double($0) }
        let whole = ratios.reduce(ExactSum.zero) { $0 + ExactSum($1) }
        var generator = SplitMix64(seed: 5)
        let shuffled = ratios.shuffled(using: &generator)
        let halves = shuffled[..<123].reduce(ExactSum.zero) { $0 + ExactSum($1) } + shuffled[123...].reduce(ExactSum.zero) { $0 + ExactSum($1) }
        #expect(halves == whole)
    }

    @Test(arguments: ["", "xyz", String(repeating: "g", count: 48), String(repeating: "0", count: 47), String(repeating: "A", count: 48)])
    func rejectsMalformedHexadecimal(_ text: String) {
        #expect(ExactSum(hexadecimal: text) == nil)
    }
}
