import ClipBenchCore
import ClipBenchModel

/// What the HTML score report shows for one clipping: its gold, its text and the extractor's output.
///
/// ```swift
/// let document = HTMLReportDocument(gold: annotation, text: SeedText(seed), prediction: prediction)
/// ```
public struct HTMLReportDocument: Sendable, Hashable {
    public var gold: Annotation
    public var text: SeedText
    /// Nil when the extractor gave nothing for this clipping (reported as missing).
    public var prediction: Prediction?

    public init(gold: Annotation, text: SeedText, prediction: Prediction?) {
        self.gold = gold
        self.text = text
        self.prediction = prediction
    }

    /// The gold body as `clipbench gold` gives it: the text of the body regions in file order, one per line.
    public var goldBody: String {
        gold.regions.filter { $0.label == .body }
            .map { region in
                text.contains(region.span.range) ? text[region.span.range] : region.span.text
            }
            .joined(separator: "\n")
    }
}
