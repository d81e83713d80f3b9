import Foundation
import Testing
@testable import ClipBench

/// Each file of Fixtures/invalid/ breaks the valid sample annotation in one way; `clipbench validate`
/// must report it at the right place, exit 1 and not crash.
struct InvalidFixtureTests {
    struct Case: Sendable, CustomStringConvertible {
        var fixture: String
        var line: Int
        var column: Int
        var message: String
        var description: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "alias-bomb", line: 2, column: 4, message: "YAML anchors are not allowed ('&a')"),
        Case(fixture: "ambiguous-quote", line: 19, column: 5, message: "entity 6 «القاهرة» has no offsets: run `clipbench anchor`"),
        Case(fixture: "bad-date", line: 21, column: 55, message: "'2025-02-30' is not a calendar date (February 2025 has 28 days)"),
        Case(fixture: "bad-enum", line: 14, column: 58, message: "'type' must be one of PER, ORG, LOC, MISC, not 'PERSON'"),
        Case(fixture: "boilerplate-without-category", line: 12, column: 5, message: "region 4 «شارك المقال» is boilerplate without a category"),
        Case(fixture: "category-on-body", line: 11, column: 120, message: "is body but has a category: only boilerplate has one"),
        Case(fixture: "cut-combining-mark", line: 19, column: 21, message: "entity 6 «م» ends at 1 before a combining mark (U+064F)"),
        Case(fixture: "duplicate-key", line: 4, column: 1, message: "duplicate key 'status' in one mapping (first given at line 3, column 1)"),
        Case(fixture: "empty", line: 1, column: 1, message: "the file is empty"),
        Case(fixture: "duplicate-entity", line: 19, column: 5, message: "entity 6 «القاهرة» repeats entity 5 «القاهرة»: the same entity span is annotated twice"),
        Case(fixture: "mention-crosses-region", line: 19, column: 5, message: "entity 6 «الخميس.\\nشارك» crosses a region boundary"),
        Case(fixture: "nested-entities", line: 19, column: 5, message: "entity 6 «سلمان» overlaps entity 1 «مُحَمَّد بن سلمان»: entity mentions are flat"),
        Case(fixture: "evidence-disagrees", line: 6, column: 10, message: "the published evidence «27 فبراير 2025» does not state day 28 of 2025-02-28"),
        Case(fixture: "headline-mismatch", line: 9, column: 5, message: "is a headline region whose text differs from 'headline'"),
        Case(fixture: "line-hint-disagrees", line: 15, column: 5, message: "entity 2 «القاهرة» has line: 3, but its offsets put it on line 1"),
        Case(fixture: "malformed-yaml", line: 11, column: 5, message: "malformed YAML: did not find expected ',' or '}'"),
        Case(fixture: "missing-key", line: 2, column: 1, message: "missing key 'status' in the annotation"),
        Case(fixture: "negative-offset", line: 15, column: 13, message: "entity 2 «القاهرة» has a negative start offset (-23)"),
        Case(fixture: "out-of-range", line: 12, column: 23, message: "region 4 «شارك المقال» ends at 9999, past the end of the seed (129 Unicode scalars)"),
        Case(fixture: "overlapping-regions", line: 13, column: 5, message: "region 5 «التقى» overlaps region 3"),
        Case(fixture: "published-value-without-evidence", line: 6, column: 3, message: "'published' has a value but no 'evidence' span stating it"),
        Case(fixture: "quote-not-found", line: 19, column: 5, message: "entity 6 «الرياض» has no offsets: run `clipbench anchor`"),
        Case(fixture: "reversed-offset", line: 18, column: 23, message: "entity 5 «القاهرة» is reversed: end 97 is before start 104"),
        Case(fixture: "tag", line: 3, column: 9, message: "YAML tags are not allowed ('!custom')"),
        Case(fixture: "text-mismatch", line: 18, column: 13, message: "entity 5 «القاهره»: the text differs from the seed at [97, 104), which reads «القاهرة»"),
        Case(fixture: "type-disagrees-with-registry", line: 15, column: 49, message: "entity 2 «القاهرة» has type ORG, but the registry gives 'cairo' type LOC"),
        Case(fixture: "uncovered-text", line: 9, column: 5, message: "no region covers the text at seed line 4, column 1 (offset 117): «شارك المقال»"),
        Case(fixture: "unknown-entity-id", line: 14, column: 67, message: "'mohamed-bin-salman', which the registry does not have (did you mean 'mohammed-bin-salman'?)"),
        Case(fixture: "unknown-key-strat", line: 9, column: 6, message: "unknown key 'strat' in region 1 (did you mean 'start'?)"),
        Case(fixture: "unsafe-id", line: 2, column: 5, message: "unsafe clipping id: the id '../x' may hold only ASCII letters"),
        Case(fixture: "wrong-type", line: 9, column: 13, message: "'start' must be a whole number, not 'zero'"),
    ]

    static let invalidFolder = CommandRunner.fixturesFolder.appendingPathComponent("invalid", isDirectory: true)

    @Test func everyFixtureHasACase() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.invalidFolder.path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(names == Self.cases.map(\.fixture).sorted())
    }

    @Test(arguments: cases)
    func validateReportsTheProblemWhereItIs(_ testCase: Case) throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let fixture = try Data(contentsOf: Self.invalidFolder.appendingPathComponent("\(testCase.fixture).yaml"))
        try fixture.write(to: dataset.annotationURL(TemporaryDataset.sampleID))
        let result = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(result.status == 1, "\(result)")
        let firstError = result.stderrLines.first { $0.contains(": error: ") }
        let prefix = "Annotations/\(TemporaryDataset.sampleID).yaml:\(testCase.line):\(testCase.column): error: "
        #expect(firstError?.hasPrefix(prefix) == true, "\(result)")
        #expect(firstError?.contains(testCase.message) == true, "\(result)")
        #expect(result.stderrLines.last?.hasSuffix("in 3 files") == true, "the summary comes last: \(result)")
    }

    @Test func theValidSampleHasNoDiagnostic() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let result = try CommandRunner.run(["validate"], in: dataset.root)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == ["0 errors, 0 warnings in 3 files"])
    }
}
