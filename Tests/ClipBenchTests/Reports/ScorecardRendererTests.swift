import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ClipBench

struct ScorecardTableRendererTests {
    @Test func alignsColumnsAndShowsNotAttempted() throws {
        let output = ScorecardTableRenderer(colour: false).render(try sampleReport())
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "ClipBench scorecard: sample")
        #expect(!output.contains("\u{1B}["))
        let header = try #require(lines.first { $0.hasPrefix("metric") })
        let headline = try #require(lines.first { $0.hasPrefix("headline ") })
        // Figures end under their headers: the value column's right edge is shared.
        let valueEnd = try #require(header.range(of: "value")).upperBound
        let headlineValue = try #require(headline.range(of: "0.600")).upperBound
        #expect(header.distance(from: header.startIndex, to: valueEnd) == headline.distance(from: headline.startIndex, to: headlineValue))
        #expect(headline.hasSuffix("0.150  [0.300, 0.900]"))
        #expect(lines.contains { $0.hasPrefix("published") && $0.hasSuffix("not attempted") })
        #expect(lines.contains { $0.hasPrefix("  headline · exact match") })
        #expect(!output.contains("entities.by_type.PER.exact"))
        #expect(output.contains("entities.by_type.PER.strict"))
    }

    @Test func coloursOnlyWhenAsked() throws {
        let output = ScorecardTableRenderer(colour: true).render(try sampleReport())
        #expect(output.contains("\u{1B}[33m"))   // 0.600 is yellow
        #expect(output.contains("\u{1B}[2mnot attempted"))
    }
}

struct ScorecardMarkdownRendererTests {
    @Test func rendersAMarkdownTableWithOneRowPerLine() throws {
        let report = try sampleReport()
        let output = ScorecardMarkdownRenderer().render(report)
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(output.hasPrefix("### ClipBench scorecard: sample\n"))
        #expect(rows.first == "| metric | precision | recall | value | ± | 95% interval |")
        #expect(rows.contains("| **headline** | 0.750 | 0.500 | 0.600 | 0.150 | [0.300, 0.900] |"))
        #expect(rows.contains("| published | *not attempted* | | | | |"))
        // Every metrics row has the header's number of cells.
        let metricRows = rows.prefix { !$0.hasPrefix("| clipping") }
        #expect(metricRows.allSatisfy { $0.split(separator: "|", omittingEmptySubsequences: false).count == 8 })
        #expect(metricRows.count == report.lines.count + 2)
    }

    @Test func listsEachClippingWithItsMainFigures() throws {
        let output = ScorecardMarkdownRenderer().render(try sampleReport())
        #expect(output.contains("| clipping | headline F1 | body F1 | boilerplate F1 | entities strict F1 |"))
        #expect(output.contains("| `a` | 1.000 | 0.889 | — | 0.500 |"))
        #expect(output.contains("| `b` (missing) | 0.000 | 0.000 | — | 0.000 |"))
    }
}

struct ScorecardJUnitRendererTests {
    @Test func makesEachMeasureACaseAndEachTaskNotAttemptedASkippedCase() throws {
        let report = try sampleReport()
        let output = ScorecardJUnitRenderer().render(report)
        let measures = report.groups.filter(\.attempted).map(\.measures.count).reduce(0, +)
        let skipped = report.groups.filter { !$0.attempted }.count
        #expect(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"clipbench\" tests=\"\(measures + skipped)\" failures=\"0\" skipped=\"\(skipped)\">"))
        #expect(output.contains("<testcase classname=\"clipbench.metrics.headline\" name=\"headline.f1\">\n      <system-out>0.600 ± 0.150 [0.300, 0.900]</system-out>"))
        #expect(output.contains("<testcase classname=\"clipbench.metrics.published\" name=\"published\">\n      <skipped message=\"not attempted\"/>"))
        #expect(try XMLDocument(xmlString: output, options: []).rootElement()?.name == "testsuites")
    }

    @Test func makesEachGatedMetricACaseThatFailsWithTheGate() throws {
        let report = try sampleReport()
        let fingerprint = GateFingerprint(sha256: String(repeating: "a", count: 64))
        let gate = RegressionGate(extractor: "sample", fingerprint: fingerprint, metrics: [
            GateMetric(name: "headline.f1", floor: 0.7, tolerance: 0.05), GateMetric(name: "body.f1", floor: 0.8),
        ])
        let verdict = gate.verdict(values: report.figures, fingerprint: fingerprint)
        let output = ScorecardJUnitRenderer().render(report, verdict: verdict)
        #expect(output.contains("failures=\"1\""))
        #expect(output.contains("name=\"headline.f1\">\n      <failure message=\"0.6000 &lt; 0.6500"))
        #expect(output.contains("<testcase classname=\"clipbench.gate\" name=\"dataset fingerprint\"/>"))
        #expect(try XMLDocument(xmlString: output, options: []).rootElement() != nil)
    }

    @Test func escapesTextForXML() {
        #expect(ScorecardJUnitRenderer.escape("a<b & \"c\"\u{01}") == "a&lt;b &amp; &quot;c&quot;")
    }
}
