import Foundation
import ClipBenchCore
import ClipBenchDataset

/// Scores a ScrapingHub article-extraction-benchmark pair directly: a ground truth (id →
/// `{"articleBody": …}`) and an extractor's output (the same map, or `{"version": …, "output": {…}}`).
///
/// Uses the same per-document body metric (``BodyShingleMetric``) and aggregation as ClipBench's
/// `body` group, so the published table of the benchmark is reproduced exactly; the spread comes
/// from ClipBench's seeded Poisson bootstrap instead of the benchmark's unseeded one.
///
/// ```swift
/// let truth = try ScrapingHubScorer.articleBodies(jsonData: groundTruthData)
/// let output = try ScrapingHubScorer.articleBodies(jsonData: outputData)
/// let result = ScrapingHubScorer.score(groundTruth: truth, output: output, replicates: 1000, seed: 0)
/// result.f1.value   // 0.970 for AutoExtract
/// ```
public enum ScrapingHubScorer {
    /// Why a file is not a ScrapingHub ground truth or output.
    public struct FormatError: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// The scores of one output.
    public struct Result: Sendable, Hashable {
        public var precision: MetricResult
        public var recall: MetricResult
        public var f1: MetricResult
        public var accuracy: MetricResult
        /// Ground-truth ids the output has no entry for (scored as an empty body).
        public var missing: [String]
        /// Output ids that are not in the ground truth (ignored).
        public var unknown: [String]
    }

    /// Reads the article bodies of either file shape; a missing or null `articleBody` is empty text.
    ///
    /// Parsed by the project's one ``JSONParser``, so a repeated id or key is an error here as
    /// in predictions, and the error names its line and column.
    public static func articleBodies(jsonData: Data) throws(FormatError) -> [String: String] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: [UInt8](jsonData))
        } catch {
            throw FormatError(description: "not valid JSON: \(error)")
        }
        guard case .object(var members) = value else { throw FormatError(description: "the top level must be a JSON object") }
        if members.contains(where: { $0.0 == "version" }), case .object(let output)? = members.first(where: { $0.0 == "output" })?.1 {
            members = output
        }
        var bodies: [String: String] = [:]
        for (id, entry) in members {
            guard case .object(let fields) = entry else {
                throw FormatError(description: "the entry for '\(id)' must be an object with 'articleBody'")
            }
            switch fields.first(where: { $0.0 == "articleBody" })?.1 {
            case nil, .null?: bodies[id] = ""
            case .string(let text)?: bodies[id] = text
            default: throw FormatError(description: "'articleBody' of '\(id)' must be a string")
            }
        }
        return bodies
    }

    /// Reads and scores a ground-truth file and an output file.
    ///
    /// ```swift
    /// let result = try ScrapingHubScorer.score(groundTruthFile: truthURL, outputFile: outputURL)
    /// ```
    public static func score(groundTruthFile: URL, outputFile: URL, replicates: Int = 1000, seed: UInt64 = 0) throws(FormatError) -> Result {
        func read(_ url: URL) throws(FormatError) -> [String: String] {
            let data: Data
            do {
                data = try BoundedFileReader.read(url, limit: InputLimits.scrapingHubFileBytes)
            } catch {
                throw FormatError(description: "cannot read \(url.path): it \(error.message)"
                    + (error.exceedsLimit ? " for a ScrapingHub file (InputLimits.scrapingHubFileBytes; no option raises it)" : ""))
            }
            do {
                return try articleBodies(jsonData: data)
            } catch {
                throw FormatError(description: "\(url.path): \(error.description)")
            }
        }
        return score(groundTruth: try read(groundTruthFile), output: try read(outputFile), replicates: replicates, seed: seed)
    }

    /// Scores `output` against `groundTruth`, every ground-truth id once.
    ///
    /// - Complexity: O(total words) for the metric plus O(ids × replicates) for the bootstrap.
    public static func score(groundTruth: [String: String], output: [String: String], replicates: Int = 1000, seed: UInt64 = 0) -> Result {
        let scored = scorecard(groundTruth: groundTruth, output: output, replicates: replicates, seed: seed)
        func measure(_ name: String) -> MetricResult {
            scored.scorecard.measure("body." + name) ?? MetricResult(name: name, value: nil, summary: nil)
        }
        return Result(
            precision: measure("precision"), recall: measure("recall"), f1: measure("f1"), accuracy: measure("accuracy"),
            missing: scored.missing, unknown: scored.unknown)
    }

    /// The scorecard of `output` against `groundTruth` (the `body` task only), as ``score(groundTruth:output:replicates:seed:)``
    /// computes it, so several outputs scored with one seed share their bootstrap weights and fit one ``Leaderboard``.
    ///
    /// - Returns: the scorecard, the ground-truth ids the output lacks (scored as an empty body) and
    ///   the output's ids that are not in the ground truth (ignored), both sorted.
    /// - Complexity: O(total words) for the metric plus O(ids × replicates) for the bootstrap; memory
    ///   O(replicates) beside the two maps.
    public static func scorecard(groundTruth: [String: String], output: [String: String], replicates: Int = 1000, seed: UInt64 = 0,
                                 name: String = "output") -> (scorecard: Scorecard, missing: [String], unknown: [String]) {
        scorecard(groundTruth: GroundTruth(groundTruth), output: output, replicates: replicates, seed: seed, name: name)
    }

    /// The scorecard of `output` against a ground truth split into words once: the form for
    /// scoring several outputs (`score --scrapinghub GT OUT…`), with the same result.
    public static func scorecard(groundTruth: GroundTruth, output: [String: String], replicates: Int = 1000, seed: UInt64 = 0,
                                 name: String = "output") -> (scorecard: Scorecard, missing: [String], unknown: [String]) {
        var evaluator = Evaluator(configuration: EvaluationConfiguration(extractor: name, bootstrapReplicates: replicates, seed: seed,
                                                                         keepsDocuments: false))
        var missing: [String] = []
        for (id, gold) in zip(groundTruth.ids, groundTruth.bodies) {
            let predicted = output[id]
            if predicted == nil { missing.append(id) }
            var statistics = ScoreStatistics()
            BodyShingleMetric.add(BodyShingleMetric.score(gold: gold, predicted: predicted ?? ""), to: &statistics)
            evaluator.add(DocumentScore(id: id, isMissing: false, attempted: [.body], statistics: statistics))
        }
        return (evaluator.scorecard(), missing, output.keys.filter { !groundTruth.contains($0) }.sorted())
    }

    /// A ground truth's article bodies, each split into words and numbered once, in id order.
    ///
    /// ```swift
    /// let truth = ScrapingHubScorer.GroundTruth(try ScrapingHubScorer.articleBodies(jsonData: data))
    /// for output in outputs { boards.append(ScrapingHubScorer.scorecard(groundTruth: truth, output: output).scorecard) }
    /// ```
    ///
    /// - Complexity: O(total bytes of the bodies) to build; memory about five times their size.
    public struct GroundTruth: Sendable {
        /// The ids, sorted.
        public let ids: [String]
        let bodies: [WordVocabulary.NumberedText]
        private let idSet: Set<String>

        public init(_ bodies: [String: String]) {
            ids = bodies.keys.sorted()
            self.bodies = ids.map { WordVocabulary.NumberedText(bodies[$0] ?? "") }
            idSet = Set(ids)
        }

        public func contains(_ id: String) -> Bool { idSet.contains(id) }
    }
}
