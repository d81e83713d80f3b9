import Testing
@testable import ClipBench

struct HTMLReportTests {
    /// A report with one task not attempted, a per-type group, and counts beside the measures.
    static let report = ScoreReport(
        extractor: "test-extractor", toolVersion: "0.1.0", fingerprint: nil, documentCount: nil, missingCount: nil,
        attemptedCounts: [:], bootstrapReplicates: nil, bootstrapSeed: nil,
        groups: [
            MetricGroupReport(keys: ["headline"], attempted: true, isShown: true, figures: [
                ReportFigure(name: "precision", kind: .measure, value: 0.75), ReportFigure(name: "recall", kind: .measure, value: 0.5),
                ReportFigure(name: "f1", kind: .measure, value: 0.6), ReportFigure(name: "exact_match", kind: .measure, value: 0.5),
                ReportFigure(name: "exact_matches", kind: .count, value: 3),
            ]),
            MetricGroupReport(keys: ["published"], attempted: false, isShown: true, figures: []),
            MetricGroupReport(keys: ["entities", "strict"], attempted: true, isShown: true, figures: [
                ReportFigure(name: "precision", kind: .measure, value: 0.25), ReportFigure(name: "recall", kind: .measure, value: 1),
                ReportFigure(name: "f1", kind: .measure, value: 0.4), ReportFigure(name: "correct", kind: .count, value: 1),
                ReportFigure(name: "possible", kind: .count, value: 2.5),
            ]),
            MetricGroupReport(keys: ["entities", "by_type", "PER", "strict"], attempted: true, isShown: true, figures: [
                ReportFigure(name: "precision", kind: .measure, value: 1), ReportFigure(name: "recall", kind: .measure, value: 1),
                ReportFigure(name: "f1", kind: .measure, value: 1),
            ]),
        ],
        documents: [])

    static var document: HTMLReportDocument {
        let text = RenderingFixture.text
        let prediction = Prediction(
            id: "fixture_1", attempted: [.headline, .body, .entities, .dates],
            headline: "قال محمد", body: "وشدّد دميتري بيسكوف في ١٨ فبراير على <b>&\"x\"</b> المحادثات.\nإعلان",
            entities: [RenderingFixture.entity(RenderingFixture.span("دميتري بيسكوف"), .person, id: nil),
                       EntityMention(text: "فبراير", type: .location, start: nil, end: nil)],
            dates: [])
        return HTMLReportDocument(gold: RenderingFixture.annotation, text: text, prediction: prediction)
    }

    let html = HTMLReport.render(report: Self.report, documents: [Self.document])

    @Test func showsMeasuresWithThreeDecimalsAndCountsWhole() {
        #expect(html.contains("<td>headline</td><td class=\"num\">0.750</td><td class=\"num\">0.500</td><td class=\"num\">0.600</td>"
                              + "<td class=\"meta\">exact_match: 0.500 · exact_matches: 3</td>"))
        #expect(html.contains("<td class=\"meta\">correct: 1 · possible: 2.500</td>"))
        #expect(html.contains("<details class=\"by-type\"><summary>Entities by type</summary>\n<table class=\"scorecard\">"))
        #expect(html.contains("<td>entities · by_type · PER · strict</td><td class=\"num\">1.000</td>"))
    }

    /// The kind the catalogue gives a figure, not its name, decides how the page writes it.
    @Test(arguments: [(ReportFigure.Kind.measure, "share: 2.000"), (.count, "share: 2")])
    func writesAFigureByItsKind(kind: ReportFigure.Kind, expected: String) {
        var report = Self.report
        report.groups = [MetricGroupReport(keys: ["body"], attempted: true, isShown: true, figures: [
            ReportFigure(name: "f1", kind: .measure, value: 1), ReportFigure(name: "share", kind: kind, value: 2),
        ])]
        #expect(HTMLReport.render(report: report, documents: []).contains("<td class=\"meta\">\(expected)</td>"))
    }

    @Test func isAStandaloneRightToLeftPage() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"))
        #expect(html.contains("<title>ClipBench · test-extractor</title>"))
        for needle in ["src=", "href=", "http", "<script", "<link", "url("] {
            #expect(!html.contains(needle), "found \(needle)")
        }
    }

    @Test func nestsElementsProperly() {
        #expect(HTMLBalance.problem(in: html) == nil)
    }

    @Test func hasTheScorecardAChartPerTaskAndALegend() {
        #expect(html.contains("<section dir=\"ltr\">\n<h1>ClipBench · test-extractor</h1>"))
        #expect(html.contains("<table class=\"scorecard\">"))
        #expect(html.contains("<td>headline</td><td class=\"num\">0.750</td><td class=\"num\">0.500</td><td class=\"num\">0.600</td>"))
        #expect(html.contains("<td>published</td><td class=\"na\" colspan=\"4\">not attempted</td>"))
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 3)
        #expect(html.contains("class=\"legend\""))
    }

    @Test func anchorsEachClippingByID() {
        #expect(html.contains("<details open id=\"clip-fixture_1\">"))
    }

    @Test func alignsTheBodyAndReviewsMentions() {
        #expect(html.contains("<span class=\"missed\">"))
        #expect(html.contains("<span class=\"extra\">إعلان</span>"))
        #expect(html.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"))
        #expect(html.contains("<li class=\"v-correct\" title=\"correct\">✓ دميتري بيسكوف"))
        #expect(html.contains("<li class=\"v-spurious\" title=\"spurious\">+ فبراير"))
        #expect(html.contains("v-missed"))
    }

    @Test func saysWhatWasNotAttemptedOrMissing() {
        #expect(html.contains("<th class=\"ltr\">published</th>") && html.contains("not attempted"))
        let missing = HTMLReport.render(report: Self.report, documents: [
            HTMLReportDocument(gold: RenderingFixture.annotation, text: RenderingFixture.text, prediction: nil),
        ])
        #expect(missing.contains("no prediction for this clipping (missing)"))
    }

    @Test func rendersTheBootstrapSpreadOfASavedReport() throws {
        let metrics: JSONValue = .object([
            ("body", .object([
                ("precision", .number(0.9)), ("recall", .number(0.8)), ("f1", .number(0.847)), ("documents", .number(5)),
                ("std", .object([("precision", .number(0.01)), ("recall", .number(0.02)), ("f1", .number(0.015))])),
                ("interval", .object([("f1", .array([.number(0.81), .number(0.88)]))])),
            ])),
            ("boilerplate", .object([("attempted", .bool(false))])),
        ])
        let report = try ScoreReport(json: .object([("extractor", .string("saved")), ("metrics", metrics)]))
        #expect(report.groups.map(\.path) == ["body", "boilerplate"])
        #expect(report.group("body")?.measure("f1")?.spread == MeasureSpread(standardDeviation: 0.015, low: 0.81, high: 0.88))
        #expect(report.group("body")?.counts == [ReportFigure(name: "documents", kind: .count, value: 5)])
        #expect(report.group("boilerplate")?.attempted == false)
        let html = HTMLReport.render(report: report, documents: [])
        #expect(html.contains("<td class=\"num\">0.900<small> ± 0.010</small></td>"))
        #expect(html.contains("F1 95%: 0.810–0.880 · documents: 5"))
        #expect(html.contains("<td>boilerplate</td><td class=\"na\" colspan=\"4\">not attempted</td>"))
    }

    @Test func rendersAnEvaluatorsScorecard() {
        // The gold scored against itself: every attempted metric is 1.
        let gold = RenderingFixture.annotation
        let text = RenderingFixture.text
        let body = HTMLReportDocument(gold: gold, text: text, prediction: nil).goldBody
        let prediction = Prediction(
            id: gold.id, attempted: [.headline, .published, .body, .entities, .dates], headline: gold.headline,
            published: gold.published.value, body: body, entities: gold.entities, dates: gold.dates)
        var evaluator = Evaluator(configuration: EvaluationConfiguration(extractor: "gold", bootstrapReplicates: 0))
        evaluator.add(gold: gold, seed: text, prediction: prediction)
        let html = HTMLReport.render(report: ScoreReport(scorecard: evaluator.scorecard()),
                                     documents: [HTMLReportDocument(gold: gold, text: text, prediction: prediction)])
        #expect(html.contains("<title>ClipBench · gold</title>"))
        #expect(html.contains("<td>headline</td><td class=\"num\">1.000</td><td class=\"num\">1.000</td><td class=\"num\">1.000</td>"))
        #expect(html.contains("<td>entities · strict</td><td class=\"num\">1.000</td>"))
        #expect(html.contains("4 correct · 0 wrong · 0 spurious · 0 missed"))
        #expect(html.contains("tokens: 14 kept · 0 missed · 0 extra"))
    }

    @Test func marksThePublicationDateAsTheMetricCountsIt() {
        // The gold gives an instant, the prediction the same calendar day: the metric counts a true
        // positive (the gold's day), so the page marks it ✓, not ✗ as a string comparison did.
        var gold = RenderingFixture.annotation
        gold.published = PublishedDate(value: "2025-02-27T01:36:37Z", evidence: nil, reason: nil)
        let text = RenderingFixture.text
        #expect(PublishedDateMetric.outcome(gold: "2025-02-27T01:36:37Z", predicted: "2025-02-27") == .truePositive)
        func publishedRow(_ predicted: String) -> String? {
            let prediction = Prediction(id: gold.id, attempted: [.published], published: predicted)
            let html = HTMLReport.render(report: ScoreReport(scorecard: Evaluator(configuration: EvaluationConfiguration(extractor: "x", bootstrapReplicates: 0)).scorecard()),
                                         documents: [HTMLReportDocument(gold: gold, text: text, prediction: prediction)])
            return html.split(separator: "\n").first { $0.contains("<th class=\"ltr\">published</th>") }.map(String.init)
        }
        #expect(publishedRow("2025-02-27")?.hasSuffix("<td class=\"ok\">✓</td></tr>") == true)
        #expect(publishedRow("2025-02-28")?.hasSuffix("<td class=\"bad\">✗</td></tr>") == true)
    }

    @Test(arguments: [(0.0, "0.000"), (1.0, "1.000"), (0.12345, "0.123"), (0.9996, "1.000"), (-0.05, "-0.050")])
    func formatsThreeDecimals(value: Double, expected: String) {
        #expect(HTMLReport.format(value) == expected)
    }
}

extension JSONValue {
    /// The member named `key` of an object, or null.
    func member(_ key: String) -> JSONValue {
        guard case .object(let members) = self else { return .null }
        return members.first { $0.0 == key }?.1 ?? .null
    }
}
