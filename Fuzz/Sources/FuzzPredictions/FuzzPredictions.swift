import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchEvaluation
import FuzzSupport

/// The prediction reader (`PredictionReader`): JSON Lines, or one pretty-printed object, read from
/// a file as `clipbench score` reads it. The limits are lowered (4 KiB a line, 8 KiB a document) so
/// the fuzzer reaches them.
///
/// Checks: no trap; every diagnostic names the file and a line and column inside it; an input with
/// any content gives a prediction or a diagnostic (never nothing); every prediction read decodes
/// again from its own JSON text to the same prediction, and written as a JSON line (one line)
/// reads back the same.
let inputURL = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("clipbench-fuzz-\(getpid()).jsonl")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPredictions(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard FileManager.default.createFile(atPath: inputURL.path, contents: Data(bytes)) else {
        Invariant.require(false, "cannot write the input file \(inputURL.path)")
        return 0
    }
    var reader = PredictionReader(input: .file(inputURL))
    reader.maximumLineLength = 4096
    reader.maximumDocumentLength = 8192
    let shape = InputShape(bytes: bytes)
    let path = reader.displayName
    var records: [PredictionRecord] = []
    var errors = 0
    reader.forEachPrediction({ records.append($0) }, onProblem: { diagnostic in
        if diagnostic.severity == .error { errors += 1 }
        Invariant.requireInside(diagnostic.location, of: shape, path: path, "\(diagnostic)")
    })
    // Content as the reader counts it: a line of Unicode whitespace only (form feeds, no-break
    // spaces) is blank, so a file of them is "empty" (a warning); bytes that are not UTF-8 are content.
    let text = String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
    let hasContent = text.map { !$0.allSatisfy(\.isWhitespace) } ?? true
    if hasContent {
        Invariant.require(!records.isEmpty || errors > 0, "content gave neither a prediction nor an error")
    }
    for record in records {
        Invariant.requireInside(record.location, of: shape, path: path, "the record of \(record.prediction.id)")
        let prediction = record.prediction
        let again = try? Prediction(jsonText: record.jsonText)
        Invariant.require(again == prediction, "the record's own JSON text decodes differently: \(record.jsonText)")
        let line = prediction.jsonLine
        Invariant.require(!line.contains("\n") && !line.contains("\r"), "a JSON line holds a line break: \(line)")
        let reread = try? Prediction(jsonText: line)
        Invariant.require(reread == prediction && reread?.jsonLine == line, "written and read back differs: \(line)")
    }
    return 0
}
