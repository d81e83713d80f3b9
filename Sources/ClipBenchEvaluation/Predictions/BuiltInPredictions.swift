import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import ClipBenchExtraction

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
    /// - Complexity: O(total size of the clippings); memory O(all predictions): prefer ``stream(layout:)``.
    public static func make(layout: DatasetLayout) -> (predictions: [Prediction], diagnostics: [Diagnostic]) {
        let stream = stream(layout: layout)
        let predictions = Array(stream)
        return (predictions, stream.diagnostics)
    }

    /// The baseline's predictions made one at a time as they are iterated, so that scoring them
    /// keeps one clipping in memory; ``Stream/diagnostics`` holds the clippings that could not be
    /// read once the iteration is over.
    ///
    /// ```swift
    /// let builtIn = BuiltInPredictions.stream(layout: layout)
    /// let outcome = pipeline.score(predictions: builtIn, source: "<baseline>")
    /// let problems = builtIn.diagnostics + outcome.diagnostics
    /// ```
    public static func stream(layout: DatasetLayout) -> Stream {
        Stream(layout: layout, ids: GoldLoader(layout: layout).scoredIDs())
    }

    /// The baseline's predictions over a list of clippings, made lazily (iterate it once).
    public final class Stream: Sequence, IteratorProtocol {
        package let layout: DatasetLayout
        package let ids: [String]
        private var position = 0
        private let extractor = BaselineExtractor()
        /// Why clippings were skipped: their text could not be read.
        public private(set) var diagnostics: [Diagnostic] = []

        package init(layout: DatasetLayout, ids: [String]) {
            self.layout = layout
            self.ids = ids
        }

        public func next() -> Prediction? {
            while position < ids.count {
                let id = ids[position]
                position += 1
                do {
                    return extractor.extract(try ClippingReader.read(layout.seedURL(for: id)), id: id)
                } catch {
                    diagnostics.append(error.diagnostic)
                }
            }
            return nil
        }
    }
}
