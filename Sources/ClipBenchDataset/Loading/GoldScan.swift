import Foundation
import ClipBenchCore
import ClipBenchModel

/// The scored clippings of a dataset in id order, each annotation and seed read from disk once:
/// the same bytes are parsed, validated and hashed into the gold's fingerprint.
///
/// `clipbench score` and `check` without predictions run the baseline over this scan, so scoring
/// the dataset opens every file once; the fingerprint is ready when the iteration ends.
///
/// ```swift
/// let scan = GoldScan(layout: layout)
/// for item in scan {
///     if case .clipping(let clipping) = item { score(clipping) }
/// }
/// scan.fingerprint?.hexadecimal   // the same as DatasetFingerprint(layout:).hexadecimal
/// ```
///
/// - Complexity: O(total bytes of the seeds and annotations); memory O(one clipping).
public final class GoldScan: Sequence, IteratorProtocol {
    /// One scored clipping, loaded, or the reasons it could not be.
    public enum Item: Sendable {
        case clipping(GoldClipping)
        case failed(id: String, diagnostics: [Diagnostic])
    }

    public let gold: GoldLoader
    private let ids: [String]
    private var position = 0
    private var accumulator: DatasetFingerprint.Accumulator?
    /// The fingerprint of what was read, once the iteration is over; nil before.
    public private(set) var fingerprint: DatasetFingerprint?

    /// - Parameter listsFiles: whether the fingerprint keeps each file's own digest (a gate's
    ///   per-file list); off, memory does not grow with the number of clippings.
    public convenience init(layout: DatasetLayout, listsFiles: Bool = false) {
        self.init(gold: GoldLoader(layout: layout), listsFiles: listsFiles)
    }

    /// A scan through `gold`, which names the dataset and the cache, if any.
    public init(gold: GoldLoader, listsFiles: Bool = false) {
        self.gold = gold
        ids = DatasetFingerprint.Accumulator.order(gold.ids())
        accumulator = DatasetFingerprint.Accumulator(listsFiles: listsFiles)
    }

    public func next() -> Item? {
        let layout = gold.layout
        while position < ids.count {
            let id = ids[position]
            position += 1
            let annotation = BoundedFileReader.contents(of: layout.annotationURL(for: id), limit: InputLimits.yamlFileBytes)
            // Through the one seed reader's bounds (a runaway file is not read whole); a seed it
            // refuses is read again by the loader only to say why.
            var seed: Data?
            if gold.cache != nil {
                // Read before the status, so a stored clipping answers it too.
                seed = try? ClippingReader.readBytes(layout.seedURL(for: id), path: "")
                if let annotation, let seed, let stored = gold.cachedClipping(id: id, annotationData: annotation, seedData: seed) {
                    if stored.isDraft { continue }
                    accumulator?.addClipping(id: id, seed: seed, annotation: annotation, layout: layout)
                    return .clipping(stored)
                }
            }
            guard gold.isScored(id: id, annotationData: annotation) else { continue }
            if gold.cache == nil { seed = try? ClippingReader.readBytes(layout.seedURL(for: id), path: "") }
            accumulator?.addClipping(id: id, seed: seed, annotation: annotation, layout: layout)
            switch gold.clipping(id: id, annotationData: annotation, seedData: seed, looksUp: false) {
            case .success(let clipping): return .clipping(clipping)
            case .failure(let failure): return .failed(id: id, diagnostics: failure.diagnostics)
            }
        }
        if let accumulator = accumulator.take() {
            fingerprint = accumulator.finish(registry: BoundedFileReader.contents(of: layout.registryURL, limit: InputLimits.yamlFileBytes), layout: layout)
        }
        return nil
    }
}
