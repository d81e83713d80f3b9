import Testing
@testable import ClipBench

struct SolarHijriDayTests {
    @Test(arguments: [(1403, 12, 24, "2025-03-14"), (1404, 1, 1, "2025-03-21"), (1403, 1, 1, "2024-03-20"),
                      (1399, 12, 30, "2021-03-20"), (1400, 1, 1, "2021-03-21"), (1402, 6, 31, "2023-09-22")])
    func convertsToTheGregorianDay(year: Int, month: Int, day: Int, expected: String) {
        #expect(SolarHijriDay.gregorian(year: year, month: month, day: day)?.iso == expected)
    }

    @Test(arguments: [(1403, 13, 1), (1403, 7, 31), (1403, 1, 0)])
    func rejectsDaysThatDoNotExist(year: Int, month: Int, day: Int) {
        #expect(SolarHijriDay.gregorian(year: year, month: month, day: day) == nil)
    }
}
