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
        #expect(html.contains("<td>Headline</td><td class=\"num\">0.750</td><td class=\"num\">0.500</td><td class=\"num\">0.600</td>"
                              + "<td class=\"meta\">exact match: 0.500 · exact matches: 3</td>"))
        #expect(html.contains("<td class=\"meta\">correct: 1 · possible: 2.500</td>"))
        #expect(html.contains("<details class=\"by-type\"><summary>Entities by type</summary>\n<table class=\"scorecard\">"))
        #expect(html.contains("<td>Entities · persons (PER) · strict</td><td class=\"num\">1.000</td>"))
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
        #expect(html.contains("<td>Headline</td><td class=\"num\">0.750</td><td class=\"num\">0.500</td><td class=\"num\">0.600</td>"))
        #expect(html.contains("<td>Publication date</td><td class=\"na\" colspan=\"4\">not attempted</td>"))
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
        #expect(html.contains("<th class=\"ltr\">Publication date</th>") && html.contains("not attempted"))
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
        #expect(html.contains("<td>Boilerplate</td><td class=\"na\" colspan=\"4\">not attempted</td>"))
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
        #expect(html.contains("<td>Headline</td><td class=\"num\">1.000</td><td class=\"num\">1.000</td><td class=\"num\">1.000</td>"))
        #expect(html.contains("<td>Entities · strict</td><td class=\"num\">1.000</td>"))
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
            return html.split(separator: "\n").first { $0.contains("<th class=\"ltr\">Publication date</th>") }.map(String.init)
        }
        #expect(publishedRow("2025-02-27")?.hasSuffix("<td class=\"ok\">✓</td></tr>") == true)
        #expect(publishedRow("2025-02-28")?.hasSuffix("<td class=\"bad\">✗</td></tr>") == true)
    }

    // MARK: - As a reader wants it

    /// A report whose groups carry bootstrap intervals.
    static var reportWithIntervals: ScoreReport {
        var report = Self.report
        report.groups[0].figures[2].spread = MeasureSpread(standardDeviation: 0.1, low: 0.4, high: 0.8)
        report.groups[0].figures[0].spread = MeasureSpread(standardDeviation: 0.1, low: 0.6, high: 0.9)
        return report
    }

    @Test func drawsAnErrorBarForEveryMeasureWithAnInterval() {
        let html = HTMLReport.render(report: Self.reportWithIntervals, documents: [])
        #expect(html.components(separatedBy: "<g class=\"error-bar\"").count - 1 == 2)
        #expect(html.contains("<title>F1 95% interval 0.400–0.800</title>"))
        // Without intervals, no error bar is drawn.
        #expect(!HTMLReport.render(report: Self.report, documents: []).contains("error-bar"))
    }

    @Test func headsTheFieldsGoldAndPredictedAndNamesThingsInWords() {
        #expect(html.contains("<thead><tr><th></th><th class=\"ltr\">gold</th><th class=\"ltr\">predicted</th><th></th></tr></thead>"))
        #expect(html.contains("<th class=\"ltr\">Headline</th>"))
        #expect(html.contains("<figcaption>Entities</figcaption>"))
        #expect(!html.contains("exact_match") && !html.contains("by_type") && !html.contains("documents_scored"))
    }

    @Test func numbersTheLinesOfTheAlignedBody() {
        // The predicted body has two lines; the gold puts back what it missed.
        #expect(html.contains("<ol class=\"align\"><li>"))
        let list = html.components(separatedBy: "<ol class=\"align\">")[1].components(separatedBy: "</ol>")[0]
        #expect(list.components(separatedBy: "<li>").count - 1 >= 2)
        // The second line of the prediction ("إعلان") is extra, after the gold text it missed there.
        #expect(list.contains("<span class=\"extra\">إعلان</span></li>"))
        #expect(list.hasPrefix("<li><span class=\"kept\">"))
    }

    @Test func listsTheWorstClippingFirstAndFoldsThePerfectOnes() {
        let gold = RenderingFixture.annotation
        let text = RenderingFixture.text
        let perfectPrediction = Prediction(
            id: gold.id, attempted: [.headline, .published, .body, .entities, .dates], headline: gold.headline,
            published: gold.published.value, body: HTMLReportDocument(gold: gold, text: text, prediction: nil).goldBody,
            entities: gold.entities, dates: gold.dates)
        func renamed(_ id: String) -> Annotation { var annotation = gold; annotation.id = id; return annotation }
        func with(_ id: String) -> Prediction { var prediction = perfectPrediction; prediction.id = id; return prediction }
        var worse = with("b_worse")
        worse.headline = "عنوان آخر"
        let documents = [
            HTMLReportDocument(gold: renamed("a_perfect"), text: text, prediction: with("a_perfect")),
            HTMLReportDocument(gold: renamed("b_worse"), text: text, prediction: worse),
            HTMLReportDocument(gold: renamed("c_missing"), text: text, prediction: nil),
        ]
        var evaluator = Evaluator(configuration: EvaluationConfiguration(extractor: "x", bootstrapReplicates: 0))
        for document in documents { evaluator.add(gold: document.gold, seed: text, prediction: document.prediction) }
        let html = HTMLReport.render(report: ScoreReport(scorecard: evaluator.scorecard()), documents: documents)
        let missing = html.range(of: "<details open id=\"clip-c_missing\">")
        let worst = html.range(of: "<details open id=\"clip-b_worse\">")
        let folded = html.range(of: "<details class=\"perfect\"><summary class=\"ltr\">1 clipping scored 1.000 on every measure</summary>\n<details id=\"clip-a_perfect\">")
        #expect(missing != nil && worst != nil && folded != nil)
        if let missing, let worst, let folded {
            #expect(missing.lowerBound < worst.lowerBound && worst.lowerBound < folded.lowerBound)
        }
        #expect(HTMLBalance.problem(in: html) == nil)
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
