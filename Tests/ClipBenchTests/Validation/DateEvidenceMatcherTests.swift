import Testing
@testable import ClipBench

struct DateEvidenceMatcherTests {
    @Test(arguments: [
        ("2025-02-27", "27 فبراير 2025"),
        ("2025-02-27", "٢٧ فبراير ٢٠٢٥"),
        ("2025-02-27", "27-02-2025"),
        ("2025-02-27", "27th, February 2025"),
        ("2025-02-27", "الخميس 27 شباط 2025"),
        ("2025-04-10", "2025-04-10 12:30"),
        ("2025-01-05", "5 كانون الثاني 2025"),
        ("2025-02", "فيفري 2025"),
        ("2025-02-27T01:36:37Z", "2025-02-27T01:36:37+00:00"),
    ])
    func findsTheValueInItsEvidence(value: String, evidence: String) throws {
        let date = try #require(ISODate(value))
        #expect(DateEvidenceMatcher.missingParts(of: date, in: evidence) == [])
    }

    @Test(arguments: [
        ("2025-02-28", "27 فبراير 2025", ["day 28"]),
        ("2025-03-27", "27 فبراير 2025", ["month 3"]),
        ("2024-02-27", "27 فبراير 2025", ["year 2024"]),
        ("2025-11-05", "5 كانون الثاني 2025", ["month 11"]),
        ("2025-02-25", "منذ 5 أيام", ["year 2025", "month 2", "day 25"]),
    ])
    func namesWhatTheEvidenceDoesNotSay(value: String, evidence: String, missing: [String]) throws {
        let date = try #require(ISODate(value))
        #expect(DateEvidenceMatcher.missingParts(of: date, in: evidence) == missing)
    }
}
