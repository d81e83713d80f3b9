import Foundation
import Testing
@testable import ClipBench

@Suite struct LeaderboardRendererTests {
    typealias Fixture = LeaderboardFixture

    /// Three extractors: the best, one clearly worse, one that did not attempt the headline, with a run time for one.
    static let board: Leaderboard = {
        let entries: [Leaderboard.Entry] = [
            .init(name: "best", scorecard: Fixture.scorecard(name: "best"), timing: RunTiming(seconds: [0.25, 0.5, 1], failed: 0)),
            .init(name: "worse | \u{645}\u{62B}\u{627}\u{644}", scorecard: Fixture.scorecard(name: "worse") { $0 % 2 == 0 }),
            .init(name: "dates only", scorecard: Fixture.scorecard(name: "dates only", attempts: false)),
        ]
        return try! Leaderboard(entries: entries, metrics: Fixture.headline)
    }()

    @Test func printsAnAlignedTableWithMarksAndTheFootnote() throws {
        let table = LeaderboardRenderer(colour: false).table(Self.board)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "ClipBench leaderboard")
        #expect(lines[3].hasPrefix("rank  extractor"))
        #expect(lines[3].contains("time median") && lines[3].contains("time total"))
        #expect(lines[4].contains("best") && lines[4].contains("1.000 [1.000, 1.000] (1)") && lines[4].contains("0.500 s") && lines[4].hasSuffix("1.750 s"))
        #expect(lines[5].contains("0.500 [") && lines[5].contains("(2) *"))
        #expect(lines[6].contains("not attempted"))
        #expect(table.contains("Holm–Bonferroni over the 1 comparison made, family-wise α = 0.05"))
        #expect(!table.contains("\u{1B}["))
        // Columns line up (in scalars): every cell of the headline column starts under its heading.
        func scalars(_ line: String) -> [Unicode.Scalar] { Array(line.unicodeScalars) }
        let heading = scalars(lines[3])
        let offset = try #require((0..<heading.count).first { String(String.UnicodeScalarView(heading[$0...])).hasPrefix("headline F1") })
        let starts = lines[4...6].map { String(String.UnicodeScalarView(scalars($0)[offset...])) }
        #expect(starts[0].hasPrefix("1.000") && starts[1].hasPrefix("0.500") && starts[2].hasPrefix("not attempted"))
    }

    @Test func paintsTheBestAndTheSignificantlyWorseWhenColourIsOn() {
        let table = LeaderboardRenderer(colour: true).table(Self.board)
        #expect(table.contains("\u{1B}[1;32m1.000"))
        #expect(table.contains("\u{1B}[31m0.500"))
        #expect(table.contains("\u{1B}[2mnot attempted"))
    }

    @Test func writesMarkdownWithTheBestInBold() {
        let markdown = LeaderboardRenderer().markdown(Self.board)
        #expect(markdown.contains("| rank | extractor | headline F1 | time median | time total |"))
        #expect(markdown.contains("| 1 | best | **1.000 [1.000, 1.000] (1)** | 0.500 s | 1.750 s |"))
        #expect(markdown.contains("| worse \\| \u{645}\u{62B}\u{627}\u{644} | 0.500 ["))
        #expect(markdown.contains("(2) \\* |  |  |"))
        #expect(markdown.contains("*not attempted*"))
        #expect(markdown.contains("\\*: significantly below"))
    }

    @Test func writesVersionedJSONWithEveryCell() throws {
        let text = LeaderboardRenderer().json(Self.board)
        let json = try JSONParser.parse(text)
        #expect(json.member("format")?.asString == "clipbench-leaderboard")
        #expect(json.member("format_version")?.asInteger == LeaderboardRenderer.jsonVersion)
        #expect(json.member("significance")?.member("correction")?.asString == "holm-bonferroni")
        let extractors = try #require(json.member("extractors")?.asArray)
        #expect(extractors.map { $0.member("name")?.asString } == ["best", "worse | \u{645}\u{62B}\u{627}\u{644}", "dates only"])
        #expect(extractors[0].member("time")?.member("total_seconds")?.asDouble == 1.75)
        #expect(extractors[1].member("time")?.serialized() == "null")
        let worse = try #require(extractors[1].member("scores")?.member("headline.f1"))
        #expect(worse.member("rank")?.asInteger == 2)
        #expect(worse.member("below_best")?.member("significant")?.asBool == true)
        #expect(extractors[2].member("scores")?.member("headline.f1")?.serialized() == #"{"attempted":false}"#)
        #expect(text.hasSuffix("}\n"))
        #expect(LeaderboardRenderer().json(Self.board) == text)
    }

    @Test func drawsEveryIntervalAsAnErrorBarOnAStandalonePage() {
        let html = LeaderboardHTMLPage.render(Self.board)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"))
        #expect(html.contains("<section dir=\"ltr\">"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        // Two attempted cells with an interval: two error bars; the third reads not attempted.
        #expect(html.components(separatedBy: "<g class=\"error-bar\"").count - 1 == 2)
        #expect(html.contains("not attempted</text>"))
        #expect(html.contains("<bdi>worse | \u{645}\u{62B}\u{627}\u{644}</bdi>"))
        #expect(html.contains("unicode-bidi=\"isolate\""))
        #expect(html.contains("<td class=\"num below\">0.500 ["))
        #expect(html.contains("Holm–Bonferroni"))
    }
}
