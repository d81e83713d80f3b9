import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import FuzzSupport

/// The YAML pre-scans: the top-level scan that answers `status: done` without parsing
/// (`YAMLTopLevelScanner`, through `GoldLoader.isScored`) and the scan for anchors, aliases and
/// tags that runs before libyaml composes anything (`YAMLPropertyScanner`, through `YAMLReader`).
///
/// Checks: no trap; the quick answer to "is this file scored?" is always the full loader's
/// (a draft taken for done, or the reverse, would put a clipping in or out of scoring in
/// silence); every diagnostic of the reader, the property scan's included, lies inside the file.
let path = "Annotations/fuzz.yaml"
let gold = GoldLoader(layout: DatasetLayout(root: URL(fileURLWithPath: "/nonexistent-clipbench-fuzz")))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLScan(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let data = Data(bytes)
    let quick = gold.isScored(id: "fuzz", annotationData: data)
    let loaded = AnnotationLoader.load(data: data, path: path)
    let full = loaded.document.map { !$0.isDraft } ?? true
    Invariant.require(quick == full, "the quick status scan says scored=\(quick), the full loader \(full)")
    let shape = InputShape(bytes: bytes)
    if case .failure(let failure) = YAMLReader.read(data, path: path) {
        for diagnostic in failure.diagnostics {
            Invariant.requireInside(diagnostic.location, of: shape, path: path, "reader: \(diagnostic)")
        }
    }
    return 0
}
