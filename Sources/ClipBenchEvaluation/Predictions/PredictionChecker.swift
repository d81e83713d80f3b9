import Foundation
import ClipBenchCore
import ClipBenchModel

/// Checks well-formed predictions against the dataset: known and unique ids, offsets inside
/// the clipping, and entity and date text equal to the seed at their offsets.
///
/// Remembers the ids it has seen, so after the last prediction ``missingIDs`` names the
/// clippings the extractor left out.
///
/// ```swift
/// var checker = PredictionChecker(knownIDs: ["a"]) { id in SeedText("روسيا اليوم") }
/// checker.problems(in: Prediction(id: "b"))          // [id: unknown clipping id 'b' …]
/// checker.missingIDs                                  // ["a"]
/// ```
///
/// - Complexity: O(size of the prediction) per call, plus loading each seed once through `seedText`.
public struct PredictionChecker {
    private let knownIDs: Set<String>
    private let seedText: (String) -> SeedText?
    private var seen: Set<String> = []

    /// - Parameters:
    ///   - knownIDs: the clippings that are scored (drafts left out).
    ///   - seedText: the text of a known clipping, loaded on demand; nil when it cannot be read.
    public init(knownIDs: Set<String>, seedText: @escaping (String) -> SeedText?) {
        self.knownIDs = knownIDs
        self.seedText = seedText
    }

    /// Whether a prediction for `id` has been checked already.
    public func hasSeen(_ id: String) -> Bool { seen.contains(id) }

    /// Records `id` as seen without a prediction to check: a clipping another shard scored (`merge`).
    public mutating func markSeen(_ id: String) { seen.insert(id) }

    /// The known clippings that no prediction has named so far, sorted.
    public var missingIDs: [String] { knownIDs.subtracting(seen).sorted() }

    /// Every problem of `prediction`, each with the path of the offending key; empty when it may be scored.
    ///
    /// The id is recorded as seen even when the prediction has other problems, so a second
    /// prediction for it is reported as a duplicate rather than the clipping as missing.
    public mutating func problems(in prediction: Prediction) -> [PredictionDecodingError] {
        let id = prediction.id
        guard knownIDs.contains(id) else {
            return [PredictionDecodingError(path: "id", message: "unknown clipping id '\(id)': no gold annotation is scored under that id")]
        }
        guard seen.insert(id).inserted else {
            return [PredictionDecodingError(path: "id", message: "duplicate prediction for '\(id)': only the first one is scored")]
        }
        guard let text = seedText(id) else {
            return [PredictionDecodingError(path: "id", message: "the seed of '\(id)' cannot be read")]
        }
        var problems: [PredictionDecodingError] = []
        for (index, region) in prediction.regions.enumerated() {
            if let problem = Self.rangeProblem(region.start, region.end, in: text) {
                problems.append(PredictionDecodingError(path: "regions[\(index)].start", message: problem))
            }
        }
        for (index, entity) in prediction.entities.enumerated() {
            problems += Self.spanProblems(entity.start, entity.end, entity.text, in: text, at: "entities[\(index)]")
        }
        for (index, date) in prediction.dates.enumerated() {
            problems += Self.spanProblems(date.start, date.end, date.text, in: text, at: "dates[\(index)]")
        }
        return problems
    }

    private static func rangeProblem(_ start: Int, _ end: Int, in text: SeedText) -> String? {
        if start < 0 { return "the offset \(start) is negative" }
        if end < start { return "the span [\(start), \(end)) ends before it starts" }
        if end > text.count { return "the span [\(start), \(end)) ends past the end of the text (\(text.count) scalars)" }
        return nil
    }

    private static func spanProblems(_ start: Int?, _ end: Int?, _ quoted: String, in text: SeedText, at path: String) -> [PredictionDecodingError] {
        guard let start, let end else { return [] }
        if let problem = rangeProblem(start, end, in: text) {
            return [PredictionDecodingError(path: "\(path).start", message: problem)]
        }
        let actual = text[start..<end]
        guard actual == quoted else {
            return [PredictionDecodingError(
                path: "\(path).text",
                message: "the text \(Self.quote(quoted)) differs from the seed at [\(start), \(end)), which reads \(Self.quote(actual))")]
        }
        return []
    }

    /// The text in quotes, shortened to 60 scalars, with line breaks shown as `\n`.
    package static func quote(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(60))
        let shown = String(view).replacingOccurrences(of: "\n", with: "\\n")
        return "«\(shown)\(scalars.count > 60 ? "…" : "")»"
    }
}

extension PredictionChecker {
    /// The problems of a record as diagnostics pointing at the offending key's line and column.
    public mutating func diagnostics(for record: PredictionRecord) -> [Diagnostic] {
        let problems = problems(in: record.prediction)
        guard !problems.isEmpty else { return [] }
        return problems.map { problem in
            Diagnostic(.error, problem.description, at: record.location.shifted(by: JSONParser.location(of: problem.path, in: record.jsonText)))
        }
    }
}
