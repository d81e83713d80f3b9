import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchEvaluation

/// A shard of a scoring run on disk: what `clipbench score --partial` writes and `clipbench merge`
/// reads (`Schemas/partial-score.schema.json`, format `clipbench-partial-score/2`).
///
/// The file is JSON Lines, so that neither side holds the shard's rows: the **header** line (the
/// configuration the shard was scored with — extractor name, gold fingerprint, bootstrap replicates
/// and seed —, the slot names of the statistics, the shard's exact sums — counts as integers, ratio
/// sums as 48 hexadecimal digits of their ``ExactSum`` —, the attempted and missing counts and the
/// document-set hash), then one line per bootstrap **replicate** (its sums), then one line per
/// clipping scored (a **row**: its statistics, sparse, as `[slot, value]` pairs). Shards of
/// disjoint clippings merge into exactly the report of scoring them at once.
///
/// ```swift
/// let writer = try PartialScoreFile.Writer()
/// let outcome = pipeline.score(reader, onDocument: writer.append)
/// try writer.write(configuration: configuration, shardIndex: 0, score: outcome.partialScore!, invalidCount: 0) { try file.write($0) }
/// let shard = try PartialScoreFile.Reader(path: "shard.json")
/// let score = try shard.readScore()
/// while let row = try shard.nextRow() { print(row.row.score.id) }
/// ```
///
/// - Complexity: O(replicates × slots + rows × non-zero slots) to write and to read; memory
///   O(replicates × slots + one row) either way.
public enum PartialScoreFile {
    public static let format = "clipbench-partial-score/2"

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

    /// The file's first line: everything but the replicates and the rows.
    public struct Header: Sendable, Hashable {
        public var configuration: Configuration
        /// The shard's place among the others (`--shard-index`), which orders the merged rows.
        public var shardIndex: Int?
        /// The shard's sums, with an empty bootstrap (its replicates are the lines that follow).
        public var totals: ScoreStatistics
        public var attemptedCounts: [ScoredTask: Int]
        /// The number of rows, which is also the number of clippings the shard scored.
        public var documentCount: Int
        public var missingCount: Int
        public var documentSetHash: UInt64
    }

    // MARK: Writing

    /// The header line and the replicate lines of a shard, each ending in a line break.
    ///
    /// - Complexity: O(replicates × slots).
    public static func headerLines(configuration: Configuration, shardIndex: Int?, score: PartialScore) -> String {
        let layout = MetricCatalog.layout
        let bootstrap = score.bootstrap
        let header: [(String, JSONValue)] = [
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
        ]
        var text = JSONValue.object(header).serialized() + "\n"
        let countWidth = layout.countNames.count, sumWidth = layout.sumNames.count
        for replicate in 0..<bootstrap.replicates {
            text += JSONValue.object([
                ("replicate", .integer(replicate)),
                ("counts", counts(bootstrap.countSums[(replicate * countWidth)..<((replicate + 1) * countWidth)])),
                ("sums", sums(bootstrap.ratioSums[(replicate * sumWidth)..<((replicate + 1) * sumWidth)])),
            ]).serialized() + "\n"
        }
        return text
    }

    private static func counts(_ values: ArraySlice<Int64>) -> JSONValue { .array(values.map { .integer(Int($0)) }) }
    private static func sums(_ values: ArraySlice<ExactSum>) -> JSONValue { .array(values.map { .string($0.hexadecimal) }) }

    /// A row's line, with its line break.
    public static func line(of row: Row) -> String {
        rowTextWithoutInvalid(row.score) + ",\"invalid\":\(row.isInvalid)}\n"
    }

    /// A row's JSON object without its last member, `invalid`, and without the closing brace: the
    /// writer learns which rows were invalid only when the run ends.
    static func rowTextWithoutInvalid(_ score: DocumentScore) -> String {
        let statistics = score.statistics
        let attempted = ScoredTask.allCases.filter { score.attempted.contains($0) }
        let text = JSONValue.object([
            ("id", .string(score.id)),
            ("missing", .bool(score.isMissing)),
            ("attempted", .array(attempted.map { .string($0.rawValue) })),
            ("counts", .array(statistics.counts.indices.filter { statistics.counts[$0] != 0 }.map {
                .array([.integer($0), .integer(Int(statistics.counts[$0]))])
            })),
            ("sums", .array(statistics.sums.indices.filter { !statistics.sums[$0].isZero }.map {
                .array([.integer($0), .string(statistics.sums[$0].hexadecimal)])
            })),
        ]).serialized()
        return String(text.dropLast())
    }

    static func hexadecimal(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Writes a shard whose rows arrive one at a time while it is scored: each row is spooled to a
    /// temporary file (``RowSpool``) and copied after the header and the replicates once the sums are
    /// known, so memory does not grow with the number of clippings.
    ///
    /// The rows of invalid predictions scored as missing are the last ones a partial run scores (it
    /// scores them when the predictions end), so ``write(configuration:shardIndex:score:invalidCount:to:)``
    /// marks the last `invalidCount` rows invalid.
    ///
    /// - Complexity: O(rows) time and disk; memory O(replicates × slots + the write buffer).
    public final class Writer {
        private let spool: RowSpool
        private var rowCount = 0

        /// Creates an empty spool file in `folder`.
        public init(folder: URL = FileManager.default.temporaryDirectory) throws(StreamedJSONReport.Failure) {
            spool = try RowSpool(folder: folder)
        }

        /// The number of rows appended so far.
        public var count: Int { rowCount }

        /// Appends one clipping's row, in the shard's order.
        public func append(_ score: DocumentScore) {
            spool.append(PartialScoreFile.rowTextWithoutInvalid(score) + "\n")
            rowCount += 1
        }

        /// Writes the whole file, in pieces, to `output`.
        ///
        /// - Throws: ``StreamedJSONReport/Failure`` when the spool cannot be read back or holds another
        ///   number of rows than `score` counts, or what `output` throws.
        public func write(configuration: Configuration, shardIndex: Int?, score: PartialScore, invalidCount: Int,
                          to output: (String) throws -> Void) throws {
            guard score.documentCount == rowCount, invalidCount <= rowCount else {
                throw StreamedJSONReport.Failure(description: "\(spool.url.path): \(rowCount) rows spooled for \(score.documentCount) clippings scored")
            }
            try output(PartialScoreFile.headerLines(configuration: configuration, shardIndex: shardIndex, score: score))
            var position = 0
            var chunk = ""
            try spool.forEachLine { line in
                chunk += line + ",\"invalid\":\(position >= rowCount - invalidCount)}\n"
                position += 1
                // Handed on in pieces the size of the streaming writer's buffer.
                if chunk.utf8.count >= 1 << 16 {
                    try output(chunk)
                    chunk = ""
                }
            }
            if !chunk.isEmpty { try output(chunk) }
        }
    }

    // MARK: Reading

    /// Why a file is not a partial score this version of ClipBench can merge, at the line (and
    /// column) where it shows.
    public struct ReadingError: Error, Sendable, CustomStringConvertible {
        public var diagnostic: Diagnostic
        public var description: String { diagnostic.description }
    }

    /// Reads a shard line by line: the header when opened, then the replicates
    /// (``readScore()``), then one row at a time (``nextRow()``). Each line is at most
    /// ``InputLimits/partialScoreLineBytes``, so memory is that of the bootstrap plus one line,
    /// whatever the number of rows.
    public final class Reader {
        public let path: String
        public let header: Header
        private let handle: FileHandle
        private var lines: PredictionReader.LineReader
        private var replicatesRead = false
        private var rowsRead = 0
        private var lastLine = 1

        /// Opens `path` and reads its header line.
        ///
        /// - Throws: ``ReadingError`` when the file cannot be read or its header is not one this
        ///   version writes.
        public init(path: String) throws(ReadingError) {
            self.path = path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  let handle = FileHandle(forReadingAtPath: path) else {
                throw ReadingError(diagnostic: Diagnostic(.error, "the file does not exist or cannot be read", at: SourceLocation(path: path)))
            }
            var status = stat()
            if fstat(handle.fileDescriptor, &status) == 0, [S_IFCHR, S_IFBLK].contains(status.st_mode & S_IFMT) {
                try? handle.close()
                throw ReadingError(diagnostic: Diagnostic(.error, "this is a device, not a partial score file", at: SourceLocation(path: path)))
            }
            self.handle = handle
            lines = PredictionReader.LineReader(handle: handle, maximumLineLength: InputLimits.partialScoreLineBytes)
            do {
                let (json, number) = try Self.nextObject(&lines, path: path, expecting: "the header line")
                header = try Self.header(json, path: path, line: number)
            } catch {
                try? handle.close()
                throw error
            }
        }

        deinit { try? handle.close() }

        /// Reads the replicate lines that follow the header: the shard's sums with its bootstrap.
        ///
        /// - Precondition: called once, before ``nextRow()``.
        public func readScore() throws(ReadingError) -> PartialScore {
            let layout = MetricCatalog.layout
            let replicates = header.configuration.bootstrapReplicates
            var countSums: [Int64] = [], ratioSums: [ExactSum] = []
            countSums.reserveCapacity(replicates * layout.countNames.count)
            ratioSums.reserveCapacity(replicates * layout.sumNames.count)
            for replicate in 0..<replicates {
                let (json, number) = try Self.nextObject(&lines, path: path, expecting: "replicate \(replicate) of \(replicates)")
                lastLine = number
                func fail(_ message: String) -> ReadingError {
                    ReadingError(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: path, line: number, column: 1)))
                }
                guard json.member("replicate")?.asInteger == replicate else {
                    throw fail("expected the line of replicate \(replicate) of \(replicates) (\"replicate\": \(replicate)); the header's bootstrap has \(replicates)")
                }
                countSums += try Self.counts(json.member("counts"), "counts", layout: layout, fail: fail)
                ratioSums += try Self.sums(json.member("sums"), "sums", layout: layout, fail: fail)
            }
            replicatesRead = true
            return PartialScore(totals: header.totals,
                                bootstrap: PoissonBootstrap(replicates: replicates, seed: header.configuration.seed, layout: layout,
                                                            countSums: countSums, ratioSums: ratioSums),
                                attemptedCounts: header.attemptedCounts, documentCount: header.documentCount,
                                missingCount: header.missingCount, documentSetHash: header.documentSetHash)
        }

        /// The next row and the number of its line, or nil after the last of the header's
        /// `documents_scored` rows (a file with fewer or more rows is an error).
        public func nextRow() throws(ReadingError) -> (row: Row, line: Int)? {
            if !replicatesRead { _ = try readScore() }
            guard rowsRead < header.documentCount else {
                if let extra = try Self.nextNonBlankLine(&lines, path: path) {
                    throw ReadingError(diagnostic: Diagnostic(
                        .error, "a line after the last of the \(header.documentCount) rows the header announces (\"documents_scored\")",
                        at: SourceLocation(path: path, line: extra.number, column: 1)))
                }
                return nil
            }
            guard let line = try Self.nextNonBlankLine(&lines, path: path) else {
                throw ReadingError(diagnostic: Diagnostic(
                    .error, "the file ends after \(rowsRead) of the \(header.documentCount) rows its header announces (a truncated shard?)",
                    at: SourceLocation(path: path, line: lastLine, column: 1)))
            }
            let json = try Self.parse(line.text, path: path, line: line.number)
            lastLine = line.number
            rowsRead += 1
            return (try Self.row(json, path: path, line: line.number, layout: MetricCatalog.layout), line.number)
        }

        // MARK: Lines

        private static func nextNonBlankLine(_ lines: inout PredictionReader.LineReader, path: String) throws(ReadingError) -> (text: String, number: Int)? {
            while let line = lines.next() {
                let location = SourceLocation(path: path, line: line.number, column: 1)
                switch line.content {
                case .tooLong(let length):
                    throw ReadingError(diagnostic: Diagnostic(
                        .error, "line of \(length) bytes is longer than the limit of \(InputLimits.describe(InputLimits.partialScoreLineBytes)) (InputLimits.partialScoreLineBytes; no option raises it)",
                        at: location))
                case .invalidUTF8(let offset):
                    throw ReadingError(diagnostic: Diagnostic(.error, "not valid UTF-8 (byte \(offset + 1) of the line)",
                                                              at: SourceLocation(path: path, line: line.number, column: offset + 1)))
                case .text(let text):
                    if text.allSatisfy(\.isWhitespace) { continue }
                    return (text, line.number)
                }
            }
            if let failure = lines.readFailure {
                throw ReadingError(diagnostic: Diagnostic(.error, "cannot read the file to the end: \(failure)", at: SourceLocation(path: path)))
            }
            return nil
        }

        private static func nextObject(_ lines: inout PredictionReader.LineReader, path: String,
                                       expecting what: String) throws(ReadingError) -> (JSONValue, Int) {
            guard let line = try nextNonBlankLine(&lines, path: path) else {
                throw ReadingError(diagnostic: Diagnostic(.error, "the file ends before \(what) (write a shard with clipbench score --partial -o FILE)",
                                                          at: SourceLocation(path: path)))
            }
            return (try parse(line.text, path: path, line: line.number), line.number)
        }

        private static func parse(_ text: String, path: String, line: Int) throws(ReadingError) -> JSONValue {
            do {
                return try JSONParser.parse(text)
            } catch {
                throw ReadingError(diagnostic: Diagnostic(.error, error.message, at: SourceLocation(path: path, line: line, column: error.column)))
            }
        }

        // MARK: Values

        private static func header(_ json: JSONValue, path: String, line: Int) throws(ReadingError) -> Header {
            func fail(_ message: String) -> ReadingError {
                ReadingError(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: path, line: line, column: 1)))
            }
            guard json.member("format")?.asString == PartialScoreFile.format else {
                throw fail("not a partial score of format \(PartialScoreFile.format) (write one with clipbench score --partial -o FILE)")
            }
            let layout = MetricCatalog.layout
            guard json.member("slots")?.member("counts")?.asArray?.compactMap(\.asString) == layout.countNames,
                  json.member("slots")?.member("sums")?.asArray?.compactMap(\.asString) == layout.sumNames else {
                throw fail("its statistics have other slots than this version of clipbench (\(ToolInfo.version)) computes; score the shard again with this version")
            }
            guard let extractor = json.member("extractor")?.asString, let fingerprint = json.member("gold_fingerprint")?.asString,
                  let replicates = json.member("bootstrap")?.member("replicates")?.asInteger, (0...1_000_000).contains(replicates),
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
            guard let documentCount = json.member("documents_scored")?.asInteger, documentCount >= 0,
                  let missingCount = json.member("missing")?.asInteger, missingCount >= 0,
                  let hashText = json.member("document_set_hash")?.asString, hashText.utf8.count == 16,
                  let documentSetHash = UInt64(hashText, radix: 16) else {
                throw fail("'documents_scored', 'missing' or 'document_set_hash' is missing or malformed")
            }
            var attemptedCounts: [ScoredTask: Int] = [:]
            for task in ScoredTask.allCases {
                guard let count = json.member("attempted")?.member(task.rawValue)?.asInteger else { throw fail("'attempted.\(task.rawValue)' is missing") }
                if count > 0 { attemptedCounts[task] = count }
            }
            let totals = ScoreStatistics(counts: try counts(json.member("totals")?.member("counts"), "totals.counts", layout: layout, fail: fail),
                                         sums: try sums(json.member("totals")?.member("sums"), "totals.sums", layout: layout, fail: fail))
            return Header(configuration: Configuration(extractor: extractor, goldFingerprint: fingerprint, bootstrapReplicates: replicates, seed: seed),
                          shardIndex: shardIndex, totals: totals, attemptedCounts: attemptedCounts, documentCount: documentCount,
                          missingCount: missingCount, documentSetHash: documentSetHash)
        }

        private static func counts(_ value: JSONValue?, _ name: String, layout: StatisticsLayout,
                                   fail: (String) -> ReadingError) throws(ReadingError) -> [Int64] {
            guard let items = value?.asArray, items.count == layout.countNames.count else { throw fail("'\(name)' must list \(layout.countNames.count) counts") }
            var result: [Int64] = []
            result.reserveCapacity(items.count)
            for item in items {
                guard let count = item.asInteger else { throw fail("'\(name)' holds a value that is not an integer") }
                result.append(Int64(count))
            }
            return result
        }

        private static func sums(_ value: JSONValue?, _ name: String, layout: StatisticsLayout,
                                 fail: (String) -> ReadingError) throws(ReadingError) -> [ExactSum] {
            guard let items = value?.asArray, items.count == layout.sumNames.count else { throw fail("'\(name)' must list \(layout.sumNames.count) sums") }
            var result: [ExactSum] = []
            result.reserveCapacity(items.count)
            for item in items {
                guard let sum = item.asString.flatMap({ ExactSum(hexadecimal: $0) }) else { throw fail("'\(name)' holds a sum that is not 48 hexadecimal digits") }
                result.append(sum)
            }
            return result
        }

        private static func row(_ value: JSONValue, path: String, line: Int, layout: StatisticsLayout) throws(ReadingError) -> Row {
            func fail(_ message: String) -> ReadingError {
                ReadingError(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: path, line: line, column: 1)))
            }
            guard let id = value.member("id")?.asString, let isMissing = value.member("missing")?.asBool,
                  let isInvalid = value.member("invalid")?.asBool, let attemptedNames = value.member("attempted")?.asArray,
                  let countPairs = value.member("counts")?.asArray, let sumPairs = value.member("sums")?.asArray else {
                throw fail("not a row: 'id', 'missing', 'attempted', 'counts', 'sums' or 'invalid' is missing")
            }
            if let problem = ClippingID.problem(with: id) { throw fail("'id': \(problem)") }
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
}
