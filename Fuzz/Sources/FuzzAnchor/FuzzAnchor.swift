import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import FuzzSupport

/// `anchor`'s quote resolver (`Anchorer.resolve`, `Anchorer.anchor`) on an annotation file and a
/// seed (see `SeedAndFile`).
///
/// Checks: no trap; every diagnostic names the file and a line and column inside it; a quote
/// resolved to a range is exactly those scalars of the seed, non-empty, not starting on a mark nor
/// stopping before its last letter's marks, and one of `candidates`; an anchored file reads back
/// with no error and every span's offsets give exactly its quote; anchoring it again changes
/// nothing; a file with nothing to anchor comes back unchanged.
let path = "Annotations/fuzz.yaml"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnchor(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = SeedAndFile(bytes: Array(UnsafeRawBufferPointer(start: start, count: count)))
    guard let yaml = String(validating: input.file, as: UTF8.self) else { return 0 }
    let shape = InputShape(bytes: input.file)
    let seed = SeedText(input.seed)

    if let document = AnnotationLoader.load(yaml: yaml, path: path).document {
        for span in document.spans {
            switch Anchorer.resolve(span, in: seed) {
            case .success(let range):
                Invariant.require(seed.contains(range) && !range.isEmpty, "\(span.label) resolved to \(range), outside the seed of \(seed.count)")
                Invariant.require(seed.scalars[range].elementsEqual(span.text.unicodeScalars), "\(span.label) resolved to \(range), which reads «\(seed[range])»")
                Invariant.require(!seed.scalars[range.lowerBound].isCombiningMark
                                      && (range.upperBound == seed.count || !seed.scalars[range.upperBound].isCombiningMark),
                                  "\(span.label) resolved to \(range), which cuts a letter from its marks")
                let place = span.lineHint.flatMap { seed.rangeOfLine($0) }
                Invariant.require(Anchorer.candidates(for: span, in: seed, range: place).contains(range.lowerBound),
                                  "\(span.label) resolved to \(range), not one of its candidates")
            case .failure(let problem):
                Invariant.requireInside(problem.diagnostic.location, of: shape, path: path, "resolve: \(problem.diagnostic)")
            }
        }
    }

    let outcome = Anchorer.anchor(yaml: yaml, path: path, seed: seed)
    for diagnostic in outcome.diagnostics {
        Invariant.requireInside(diagnostic.location, of: shape, path: path, "anchor: \(diagnostic)")
    }
    guard let edited = outcome.text else {
        Invariant.require(outcome.hasErrors, "no text and no error")
        return 0
    }
    Invariant.require(!outcome.hasErrors, "a text and an error")
    if outcome.anchoredCount == 0 { Invariant.require(edited == yaml, "nothing anchored but the text changed") }
    let reread = AnnotationLoader.load(yaml: edited, path: path)
    guard let document = reread.document, !reread.hasErrors else {
        Invariant.require(false, "the anchored file does not read back: \(reread.diagnostics)")
        return 0
    }
    for span in document.spans {
        guard let start = span.start, let end = span.end, start >= 0, start <= end, end <= seed.count else {
            Invariant.require(false, "\(span.label) is not anchored inside the seed after anchor")
            return 0
        }
        Invariant.require(seed.scalars[start..<end].elementsEqual(span.text.unicodeScalars),
                          "\(span.label) anchored at [\(start), \(end)), which reads «\(seed[start..<end])»")
    }
    let again = Anchorer.anchor(yaml: edited, path: path, seed: seed)
    Invariant.require(again.text == edited && again.anchoredCount == 0 && !again.hasErrors, "anchoring twice changes the file again")
    return 0
}
