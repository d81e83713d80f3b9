import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import FuzzSupport

/// The annotation loader (`AnnotationLoader`, through `YAMLReader`) and the validator
/// (`AnnotationValidator`) on an annotation file and a seed (see `SeedAndFile`).
///
/// Checks: no trap; every diagnostic names the file and a line and column inside it; and when the
/// loader and the validator report no error, the annotation is what the validator promises: every
/// span has offsets inside the seed whose scalars are exactly its text, neither cutting a letter
/// from its marks, regions do not overlap and cover every non-space scalar of the seed, entity (and
/// date) mentions do not overlap and each lies inside one region, and the plain model is built.
let path = "Annotations/fuzz.yaml"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnnotation(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = SeedAndFile(bytes: Array(UnsafeRawBufferPointer(start: start, count: count)))
    let shape = InputShape(bytes: input.file)
    let loaded = AnnotationLoader.load(data: Data(input.file), path: path)
    for diagnostic in loaded.diagnostics {
        Invariant.requireInside(diagnostic.location, of: shape, path: path, "loader: \(diagnostic)")
    }
    guard let document = loaded.document else {
        Invariant.require(loaded.hasErrors, "no document and no error")
        return 0
    }
    let seed = SeedText(input.seed)
    let problems = AnnotationValidator(registry: nil).diagnostics(for: document, expectedID: nil, seed: seed, isComplete: !loaded.hasErrors)
    for diagnostic in problems {
        Invariant.requireInside(diagnostic.location, of: shape, path: path, "validator: \(diagnostic)")
    }
    guard !loaded.hasErrors, !problems.contains(where: { $0.severity == .error }) else { return 0 }

    // Accepted: everything the validator promises must hold.
    for span in document.spans {
        guard let start = span.start, let end = span.end else {
            Invariant.require(false, "\(span.label) was accepted without offsets")
            return 0
        }
        Invariant.require(start >= 0 && start < end && end <= seed.count, "\(span.label) was accepted with [\(start), \(end)) outside the seed of \(seed.count) scalars")
        Invariant.require(seed.scalars[start..<end].elementsEqual(span.text.unicodeScalars),
                          "\(span.label) was accepted but the seed reads «\(seed[start..<end])» at [\(start), \(end)), not its text scalar for scalar")
        Invariant.require(!seed.scalars[start].isCombiningMark && (end == seed.count || !seed.scalars[end].isCombiningMark),
                          "\(span.label) was accepted but cuts a letter from its marks")
    }
    let regions = document.regions.map { $0.span.start!..<$0.span.end! }
    for (index, region) in regions.enumerated() {
        for other in regions[(index + 1)...] {
            Invariant.require(!region.overlaps(other), "regions \(region) and \(other) overlap but were accepted")
        }
    }
    for offset in 0..<seed.count where !seed.scalars[offset].properties.isWhitespace {
        Invariant.require(regions.contains { $0.contains(offset) }, "offset \(offset) is covered by no region but was accepted")
    }
    for mentions in [document.entities.map(\.span), document.dates.map(\.span)] {
        let ranges = mentions.map { $0.start!..<$0.end! }
        for (index, range) in ranges.enumerated() {
            for other in ranges[(index + 1)...] {
                Invariant.require(!range.overlaps(other), "mentions \(range) and \(other) overlap but were accepted")
            }
            if !regions.isEmpty {
                Invariant.require(regions.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound },
                                  "mention \(range) crosses a region boundary but was accepted")
            }
        }
    }
    Invariant.require(document.annotation != nil, "an accepted document has no plain model")
    return 0
}
