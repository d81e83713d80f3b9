import ClipBenchEvaluation

/// Renders a scorecard (and, from `check`, a gate's verdict) as JUnit XML, so CI systems list
/// each metric and each gate as a test case.
///
/// Every measure of the report is a passing test case carrying its value; a task not attempted
/// is a skipped case. With a verdict, each gated metric and the dataset fingerprint are cases
/// that fail when the gate does. No timestamps or durations, so the output is reproducible.
///
/// ```swift
/// ScorecardJUnitRenderer().render(report, verdict: verdict)
/// // <testsuites name="clipbench" tests="52" failures="1" skipped="4"> …
/// ```
public struct ScorecardJUnitRenderer: Sendable {
    public init() {}

    public func render(_ report: ScoreReport, verdict: GateVerdict? = nil) -> String {
        var suites: [(name: String, cases: [TestCase])] = []
        var metricCases: [TestCase] = []
        for group in report.groups {
            guard group.attempted else {
                metricCases.append(TestCase(className: "clipbench.metrics." + group.path, name: group.path, skipped: "not attempted"))
                continue
            }
            for measure in group.measures {
                let spread = measure.spread.map { " ± \(ScoreReport.format($0.standardDeviation)) \(ScoreReport.formatInterval($0))" } ?? ""
                metricCases.append(TestCase(className: "clipbench.metrics." + group.path, name: group.path + "." + measure.name,
                                            output: ScoreReport.format(measure.value) + spread))
            }
        }
        suites.append(("clipbench score: \(report.extractor)", metricCases))
        if let verdict {
            var gateCases: [TestCase] = verdict.metrics.map { result in
                let name = result.metric.name
                let bound = "floor \(GateVerdict.format(result.metric.floor)) − tolerance \(GateVerdict.format(result.metric.tolerance))"
                guard let value = result.value else {
                    return TestCase(className: "clipbench.gate", name: name, failure: "not attempted or not in the report (\(bound))")
                }
                if result.passed {
                    return TestCase(className: "clipbench.gate", name: name, output: "\(GateVerdict.format(value)) ≥ \(GateVerdict.format(result.metric.threshold)) (\(bound))")
                }
                return TestCase(className: "clipbench.gate", name: name,
                                failure: "\(GateVerdict.format(value)) < \(GateVerdict.format(result.metric.threshold)) (\(bound)): \(GateVerdict.format(result.shortfall ?? 0)) below")
            }
            gateCases.append(TestCase(
                className: "clipbench.gate", name: "dataset fingerprint",
                failure: verdict.datasetChanges.isEmpty ? nil
                    : "the gold or seeds changed since the gate was pinned: " + verdict.datasetChanges.map(\.description).joined(separator: "; ")))
            suites.append(("clipbench gate: \(report.extractor)", gateCases))
        }

        let all = suites.flatMap(\.cases)
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"clipbench\" tests=\"\(all.count)\" failures=\"\(all.count { $0.failure != nil })\" skipped=\"\(all.count { $0.skipped != nil })\">\n"
        for suite in suites {
            output += "  <testsuite name=\"\(Self.escape(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(suite.cases.count { $0.failure != nil })\" "
                + "errors=\"0\" skipped=\"\(suite.cases.count { $0.skipped != nil })\">\n"
            if suite.name.hasPrefix("clipbench score") {
                output += "    <properties>\n"
                for (name, value) in [("extractor", report.extractor), ("fingerprint", report.fingerprint), ("version", report.toolVersion)] {
                    if let value { output += "      <property name=\"\(name)\" value=\"\(Self.escape(value))\"/>\n" }
                }
                output += "    </properties>\n"
            }
            for testCase in suite.cases { output += testCase.xml }
            output += "  </testsuite>\n"
        }
        output += "</testsuites>\n"
        return output
    }

    private struct TestCase {
        package var className: String
        package var name: String
        package var output: String? = nil
        package var failure: String? = nil
        package var skipped: String? = nil

        package var xml: String {
            let open = "    <testcase classname=\"\(ScorecardJUnitRenderer.escape(className))\" name=\"\(ScorecardJUnitRenderer.escape(name))\""
            var body = ""
            if let skipped { body += "      <skipped message=\"\(ScorecardJUnitRenderer.escape(skipped))\"/>\n" }
            if let failure { body += "      <failure message=\"\(ScorecardJUnitRenderer.escape(failure))\" type=\"regression\"/>\n" }
            if let output { body += "      <system-out>\(ScorecardJUnitRenderer.escape(output))</system-out>\n" }
            return body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n"
        }
    }

    /// Escapes text for an XML attribute or element, dropping characters XML 1.0 forbids.
    package static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
