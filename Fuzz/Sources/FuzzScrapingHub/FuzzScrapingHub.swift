import Foundation
import ClipBenchCore
import ClipBenchEvaluation
import FuzzSupport

/// The ScrapingHub reader (`ScrapingHubScorer.articleBodies`, what `score --scrapinghub` reads
/// both files with) and its scorer.
///
/// Checks: no trap; the bodies read are exactly the file's entries (one per id, the text of
/// `articleBody`, empty for null or none); an output scored against itself is perfect wherever a
/// body has words, and every score lies in [0, 1]; scored against an empty output, every id is
/// missing; a file the parser accepts is refused only for its shape.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScrapingHub(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let bodies: [String: String]
    do {
        bodies = try ScrapingHubScorer.articleBodies(jsonData: Data(bytes))
    } catch {
        if (try? JSONParser.parse(bytes: bytes)) != nil {
            Invariant.require(!error.description.hasPrefix("not valid JSON"), "valid JSON refused as invalid: \(error)")
        }
        return 0
    }
    guard case .object(var members) = try? JSONParser.parse(bytes: bytes) else {
        Invariant.require(false, "bodies read from a text that is not a JSON object")
        return 0
    }
    if members.contains(where: { $0.0 == "version" }), case .object(let output)? = members.first(where: { $0.0 == "output" })?.1 {
        members = output
    }
    Invariant.require(bodies.count == members.count, "\(members.count) entries gave \(bodies.count) bodies")
    for (id, entry) in members {
        let expected = entry.member("articleBody")?.asString ?? ""
        Invariant.require(bodies[id].map { sameScalars($0, expected) } == true, "the body of '\(id)' differs from its articleBody")
    }
    guard bodies.count <= 64 else { return 0 }
    let perfect = ScrapingHubScorer.score(groundTruth: bodies, output: bodies, replicates: 4, seed: 1)
    for measure in [perfect.precision, perfect.recall, perfect.f1, perfect.accuracy] {
        if let value = measure.value {
            Invariant.require(value >= 0 && value <= 1, "\(measure.name) is \(value), outside [0, 1]")
        }
    }
    Invariant.require(perfect.missing.isEmpty && perfect.unknown.isEmpty, "scored against itself, ids are missing or unknown")
    let hasWords = bodies.values.contains { body in body.unicodeScalars.contains { WordTokenizer.isWordScalar($0) } }
    if hasWords {
        let f1: Double? = perfect.f1.value
        Invariant.require(f1 == 1, "an output scored against itself has F1 \(String(describing: f1))")
    }
    let empty = ScrapingHubScorer.score(groundTruth: bodies, output: [:], replicates: 2, seed: 1)
    Invariant.require(empty.missing == bodies.keys.sorted(), "scored against nothing, the missing ids are not every id")
    return 0
}
