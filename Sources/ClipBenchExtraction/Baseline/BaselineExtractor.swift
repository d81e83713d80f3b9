import ClipBenchCore
import ClipBenchModel

/// ClipBench's built-in extractor: rules over the text of one clipping, and nothing else.
///
/// It reads only the clipping (never the gold or the entity registry) and attempts every task of
/// the prediction format. The steps, each a small named piece:
/// ``ClippingLine`` (lines and tokens) → ``ArticleLocator`` and ``HeadlineFinder`` → ``LineClassifier`` (regions and body)
/// → ``DateMentionFinder`` and ``PublicationDateFinder`` → ``EntityFinder``.
///
/// ```swift
/// let extractor = BaselineExtractor(asOf: CalendarDay(iso: "2025-04-15"))
/// let prediction = extractor.extract(SeedText(text), id: "000_fafa66e8a14f78c9")
/// print(prediction.jsonLine)
/// ```
///
/// - Complexity: O(n) in the length of the clipping.
public struct BaselineExtractor: Sendable {
    /// The day the clipping was captured: relative dates («منذ 5 أيام») resolve against it when the
    /// text gives no publication date. Without it they stay unresolved.
    public var asOf: CalendarDay?

    /// The name reports give this extractor.
    public static let name = "clipbench-baseline"

    public init(asOf: CalendarDay? = nil) {
        self.asOf = asOf
    }

    /// The prediction for one clipping, every task attempted.
    public func extract(_ text: SeedText, id: String) -> Prediction {
        analyse(text, id: id).prediction
    }

    /// A prediction with what backs it up beyond the prediction format.
    public struct Analysis: Sendable {
        public var prediction: Prediction
        /// The expression that states the publication date, when one was found; without a date,
        /// a relative dateline («منذ 5 أيام») when there is one.
        public var publishedEvidence: TextSpan?
        /// Why there is no publication date: `relativeOnly` with a relative dateline, else `absent`.
        public var publishedReason: PublishedDate.MissingReason?
    }

    /// The prediction and the evidence of its publication date (for draft annotations).
    public func analyse(_ text: SeedText, id: String) -> Analysis {
        let lines = ClippingLine.lines(of: text)
        let headlineIndex = HeadlineFinder.headlineIndex(in: lines, prose: lines.map(LineClassifier.isProse))
        let labels = LineClassifier.labels(for: lines, headlineIndex: headlineIndex)
        let publication = PublicationDateFinder.publication(lines: lines, labels: labels, headlineIndex: headlineIndex, asOf: asOf)
        let reference = publication.flatMap { CalendarDay(iso: String($0.value.prefix(10))) } ?? asOf

        var prediction = Prediction(id: id, attempted: Set(PredictionTask.allCases))
        prediction.headline = headlineIndex.map { lines[$0].text }
        prediction.published = publication?.value
        let bodyLines = lines.indices.filter { labels[$0].label == .body }.map { lines[$0].text }
        prediction.body = bodyLines.isEmpty ? nil : bodyLines.joined(separator: "\n")
        prediction.regions = Self.regions(lines: lines, labels: labels)
        prediction.dates = zip(lines, labels).flatMap { line, label in
            // Boilerplate (related teasers, promos) has its own, unknown reference time: there only
            // what the text fixes by itself gets a value.
            let lineReference = label.label == .boilerplate ? nil : reference
            return DateMentionFinder.findings(in: line.tokens).map { finding in
                DateMention(text: text[finding.start..<finding.end], value: finding.meaning.value(against: lineReference),
                            start: finding.start, end: finding.end)
            }
        }
        prediction.entities = EntityFinder.mentions(in: text, lines: lines)
        if let publication {
            let finding = publication.finding
            return Analysis(prediction: prediction, publishedEvidence: TextSpan(start: finding.start, end: finding.end, text: text[finding.start..<finding.end]))
        }
        if let finding = PublicationDateFinder.relativeDateline(lines: lines, labels: labels, headlineIndex: headlineIndex) {
            return Analysis(prediction: prediction, publishedEvidence: TextSpan(start: finding.start, end: finding.end, text: text[finding.start..<finding.end]), publishedReason: .relativeOnly)
        }
        return Analysis(prediction: prediction, publishedEvidence: nil, publishedReason: .absent)
    }

    /// One region per non-blank line, trimmed: regions never cross a line break, so every copy of
    /// the headline is a region of its own and the regions partition the non-whitespace text.
    package static func regions(lines: [ClippingLine], labels: [LineLabel]) -> [PredictedRegion] {
        zip(lines, labels).map { line, label in
            PredictedRegion(label: label.label, category: label.category, start: line.range.lowerBound, end: line.range.upperBound)
        }
    }
}
