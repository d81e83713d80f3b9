import Foundation

/// The predictions `clipbench score` and `check` use when given none: the built-in baseline
/// extractor run in this process over the dataset's scored clippings.
///
/// The baseline reads only each clipping's text (never the gold or the registry).
///
/// ```swift
/// let builtIn = BuiltInPredictions.make(layout: layout)
/// pipeline.score(predictions: builtIn.predictions, source: "<\(BuiltInPredictions.defaultName)>")
/// ```
public enum BuiltInPredictions {
    /// The extractor's name in reports when none is given.
    public static let defaultName = "baseline"

    /// Runs the baseline over every scored (non-draft) clipping, in id order.
    ///
    /// - Returns: the predictions, and diagnostics for clippings whose text could not be read.
    /// - Complexity: O(total size of the clippings).
    public static func make(layout: DatasetLayout) -> (predictions: [Prediction], diagnostics: [Diagnostic]) {
        let extractor = BaselineExtractor()
        var predictions: [Prediction] = []
        var diagnostics: [Diagnostic] = []
        for id in GoldLoader(layout: layout).scoredIDs() {
            do {
                predictions.append(extractor.extract(try ClippingReader.read(layout.seedURL(for: id)), id: id))
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        return (predictions, diagnostics)
    }
}
