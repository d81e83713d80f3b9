import ClipBenchCore
import ClipBenchModel
import ClipBenchEvaluation

/// A shard of a scoring run on disk: what `clipbench score --partial` writes and `clipbench merge`
/// reads (`Schemas/partial-score.schema.json`, format `clipbench-partial-score/1`).
///
/// It holds the configuration the shard was scored with (extractor name, gold fingerprint,
/// bootstrap replicates and seed), the slot names of the statistics, the shard's exact sums
/// (counts as integers, ratio sums as 48 hexadecimal digits of their ``ExactSum``), every bootstrap
/// replicate's sums, the attempted and missing counts, the document-set hash, and one row per
/// clipping scored (its statistics, sparse, as `[slot, value]` pairs). Shards of disjoint clippings
/// merge into exactly the report of scoring them at once.
///
/// ```swift
/// let text = PartialScoreFile(configuration: configuration, shardIndex: 0, score: evaluator.partialScore(), rows: rows).json
/// let shard = try PartialScoreFile(json: try JSONParser.parse(text))
/// shard.rows.map(\.score.id)
/// ```
///
/// - Complexity: O(replicates × slots + rows × non-zero slots) to write and to read.
public struct PartialScoreFile: Sendable {
    public static let format = "clipbench-partial-score/1"

    /// What must be equal for two shards to merge.
    public struct Configuration: Sendable, Hashable {
        public var extractor: String
        public var goldFingerprint: String
        public var bootstrapReplicates: Int
        public var seed: UInt64

        public init(extractor: String, goldFingerprint: String, bootstrapReplicates: Int, seed: UInt64) {
            self.extractor = extractor
            self.goldFingerprint = goldFingerprint
            self.bootstrapReplicates = bootstrapReplicates
            self.seed = seed
        }
    }

    /// One scored clipping of the shard.
    public struct Row: Sendable, Hashable {
        public var score: DocumentScore
        /// Whether its prediction was invalid and it was scored as missing (`--allow-invalid`): such
        /// rows come after the clippings without a prediction in the report, as in a whole run.
        public var isInvalid: Bool

        public init(score: DocumentScore, isInvalid: Bool) {
            self.score = score
            self.isInvalid = isInvalid
        }
    }

    public var configuration: Configuration
    /// The shard's place among the others (`--shard-index`), which orders the merged rows.
    public var shardIndex: Int?
    public var score: PartialScore
    public var rows: [Row]

    public init(configuration: Configuration, shardIndex: Int?, score: PartialScore, rows: [Row]) {
        self.configuration = configuration
        self.shardIndex = shardIndex
        self.score = score
        self.rows = rows
    }

    // MARK: Writing

    /// The file's text.
    public var json: String {
        let layout = MetricCatalog.layout
        let bootstrap = score.bootstrap
        func counts(_ values: ArraySlice<Int64>) -> JSONValue { .array(values.map { .integer(Int($0)) }) }
        func sums(_ values: ArraySlice<ExactSum>) -> JSONValue { .array(values.map { .string($0.hexadecimal) }) }
        let countWidth = layout.countNames.count, sumWidth = layout.sumNames.count
        let members: [(String, JSONValue)] = [
            ("format", .string(Self.format)),
            ("version", .string(ToolInfo.version)),
            ("extractor", .string(configuration.extractor)),
            ("gold_fingerprint", .string(configuration.goldFingerprint)),
            ("bootstrap", .object([("replicates", .integer(configuration.bootstrapReplicates)), ("seed", .string(String(configuration.seed)))])),
            ("shard_index", shardIndex.map { .integer($0) } ?? .null),
            ("documents_scored", .integer(score.documentCount)),
            ("missing", .integer(score.missingCount)),
            ("document_set_hash", .string(Self.hexadecimal(score.documentSetHash))),
            ("attempted", .object(ScoredTask.allCases.map { ($0.rawValue, .integer(score.attemptedCounts[$0] ?? 0)) })),
            ("slots", .object([("counts", .array(layout.countNames.map(JSONValue.string))),
                               ("sums", .array(layout.sumNames.map(JSONValue.string)))])),
            ("totals", .object([("counts", counts(score.totals.counts[...])), ("sums", sums(score.totals.sums[...]))])),
            ("replicates", .object([
                ("counts", .array((0..<bootstrap.replicates).map { counts(bootstrap.countSums[($0 * countWidth)..<(($0 + 1) * countWidth)]) })),
                ("sums", .array((0..<bootstrap.replicates).map { sums(bootstrap.ratioSums[($0 * sumWidth)..<(($0 + 1) * sumWidth)]) })),
            ])),
            ("documents", .array(rows.map(Self.json(of:)))),
        ]
        return JSONValue.object(members).serialized() + "\n"
    }

    static func json(of row: Row) -> JSONValue {
        let statistics = row.score.statistics
        let attempted = ScoredTask.allCases.filter { row.score.attempted.contains($0) }
        return .object([
            ("id", .string(row.score.id)),
            ("missing", .bool(row.score.isMissing)),
            ("invalid", .bool(row.isInvalid)),
            ("attempted", .array(attempted.map { .string($0.rawValue) })),
            ("counts", .array(statistics.counts.indices.filter { statistics.counts[$0] != 0 }.map {
                .array([.integer($0), .integer(Int(statistics.counts[$0]))])
            })),
            ("sums", .array(statistics.sums.indices.filter { !statistics.sums[$0].isZero }.map {
                .array([.integer($0), .string(statistics.sums[$0].hexadecimal)])
            })),
        ])
    }

    static func hexadecimal(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    // MARK: Reading

    /// Why a file is not a partial score this version of ClipBench can merge.
    public struct ReadingError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a partial score file.
    ///
    /// - Throws: ``ReadingError`` naming the first member that is missing or malformed, or a slot
    ///   list other than this version's (a shard written by another version of ClipBench).
    public init(json: JSONValue) throws(ReadingError) {
        func fail(_ message: String) -> ReadingError { ReadingError(description: message) }
        guard json.member("format")?.asString == Self.format else {
            throw fail("not a partial score of format \(Self.format) (write one with clipbench score --partial -o FILE)")
        }
        let layout = MetricCatalog.layout
        guard json.member("slots")?.member("counts")?.asArray?.compactMap(\.asString) == layout.countNames,
              json.member("slots")?.member("sums")?.asArray?.compactMap(\.asString) == layout.sumNames else {
            throw fail("its statistics have other slots than this version of clipbench (\(ToolInfo.version)) computes; score the shard again with this version")
        }
        guard let extractor = json.member("extractor")?.asString, let fingerprint = json.member("gold_fingerprint")?.asString,
              let replicates = json.member("bootstrap")?.member("replicates")?.asInteger, replicates >= 0,
              let seed = json.member("bootstrap")?.member("seed")?.asString.flatMap({ UInt64($0) }) else {
            throw fail("'extractor', 'gold_fingerprint' or 'bootstrap' is missing or malformed")
        }
        let shardIndex: Int?
        switch json.member("shard_index") {
        case .null?, nil: shardIndex = nil
        case let value?:
            guard let index = value.asInteger, index >= 0 else { throw fail("'shard_index' must be a non-negative integer or null") }
            shardIndex = index
        }
        guard let documentCount = json.member("documents_scored")?.asInteger, let missingCount = json.member("missing")?.asInteger,
              let hashText = json.member("document_set_hash")?.asString, hashText.utf8.count == 16,
              let documentSetHash = UInt64(hashText, radix: 16) else {
            throw fail("'documents_scored', 'missing' or 'document_set_hash' is missing or malformed")
        }
        var attemptedCounts: [ScoredTask: Int] = [:]
        for task in ScoredTask.allCases {
            guard let count = json.member("attempted")?.member(task.rawValue)?.asInteger else { throw fail("'attempted.\(task.rawValue)' is missing") }
            if count > 0 { attemptedCounts[task] = count }
        }
        func counts(_ value: JSONValue?, _ name: String) throws(ReadingError) -> [Int64] {
            guard let items = value?.asArray, items.count == layout.countNames.count else { throw fail("'\(name)' must list \(layout.countNames.count) counts") }
            var result: [Int64] = []
            for item in items {
                guard let count = item.asInteger else { throw fail("'\(name)' holds a value that is not an integer") }
                result.append(Int64(count))
            }
            return result
        }
        func sums(_ value: JSONValue?, _ name: String) throws(ReadingError) -> [ExactSum] {
            guard let items = value?.asArray, items.count == layout.sumNames.count else { throw fail("'\(name)' must list \(layout.sumNames.count) sums") }
            var result: [ExactSum] = []
            for item in items {
                guard let sum = item.asString.flatMap({ ExactSum(hexadecimal: $0) }) else { throw fail("'\(name)' holds a sum that is not 48 hexadecimal digits") }
                result.append(sum)
            }
            return result
        }
        let totals = ScoreStatistics(counts: try counts(json.member("totals")?.member("counts"), "totals.counts"),
                                     sums: try sums(json.member("totals")?.member("sums"), "totals.sums"))
        guard let replicateCounts = json.member("replicates")?.member("counts")?.asArray, replicateCounts.count == replicates,
              let replicateSums = json.member("replicates")?.member("sums")?.asArray, replicateSums.count == replicates else {
            throw fail("'replicates' must hold the sums of \(replicates) replicates")
        }
        var countSums: [Int64] = [], ratioSums: [ExactSum] = []
        for replicate in 0..<replicates {
            countSums += try counts(replicateCounts[replicate], "replicates.counts[\(replicate)]")
            ratioSums += try sums(replicateSums[replicate], "replicates.sums[\(replicate)]")
        }
        guard let documents = json.member("documents")?.asArray else { throw fail("'documents' is missing") }
        var rows: [Row] = []
        for (position, document) in documents.enumerated() {
            rows.append(try Self.row(document, at: "documents[\(position)]", layout: layout))
        }
        self.init(
            configuration: Configuration(extractor: extractor, goldFingerprint: fingerprint, bootstrapReplicates: replicates, seed: seed),
            shardIndex: shardIndex,
            score: PartialScore(totals: totals,
                                bootstrap: PoissonBootstrap(replicates: replicates, seed: seed, layout: layout, countSums: countSums, ratioSums: ratioSums),
                                attemptedCounts: attemptedCounts, documentCount: documentCount, missingCount: missingCount,
                                documentSetHash: documentSetHash),
            rows: rows)
    }

    static func row(_ value: JSONValue, at path: String, layout: StatisticsLayout) throws(ReadingError) -> Row {
        func fail(_ message: String) -> ReadingError { ReadingError(description: "'\(path)': \(message)") }
        guard let id = value.member("id")?.asString, let isMissing = value.member("missing")?.asBool,
              let isInvalid = value.member("invalid")?.asBool, let attemptedNames = value.member("attempted")?.asArray,
              let countPairs = value.member("counts")?.asArray, let sumPairs = value.member("sums")?.asArray else {
            throw fail("'id', 'missing', 'invalid', 'attempted', 'counts' or 'sums' is missing")
        }
        var attempted: Set<ScoredTask> = []
        for name in attemptedNames {
            guard let task = name.asString.flatMap({ ScoredTask(rawValue: $0) }) else { throw fail("an unknown task in 'attempted'") }
            attempted.insert(task)
        }
        var statistics = ScoreStatistics(layout: layout)
        for pair in countPairs {
            guard let items = pair.asArray, items.count == 2, let slot = items[0].asInteger, statistics.counts.indices.contains(slot),
                  let count = items[1].asInteger else { throw fail("'counts' must hold [slot, integer] pairs") }
            statistics.counts[slot] = Int64(count)
        }
        for pair in sumPairs {
            guard let items = pair.asArray, items.count == 2, let slot = items[0].asInteger, statistics.sums.indices.contains(slot),
                  let sum = items[1].asString.flatMap({ ExactSum(hexadecimal: $0) }) else {
                throw fail("'sums' must hold [slot, 48 hexadecimal digits] pairs")
            }
            statistics.sums[slot] = sum
        }
        return Row(score: DocumentScore(id: id, isMissing: isMissing, attempted: attempted, statistics: statistics), isInvalid: isInvalid)
    }
}
