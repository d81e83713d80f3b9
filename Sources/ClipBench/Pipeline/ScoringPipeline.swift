import Dispatch
import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import ClipBenchExtraction
import ClipBenchEvaluation
import ClipBenchReports

/// Scores a stream of predictions against a dataset's gold and produces a ``Scorecard``.
///
/// Predictions are read one at a time; each clipping's gold is loaded only when its prediction
/// arrives (or, for clippings without one, at the end), so memory does not grow with the size
/// of the predictions file. Drafts are left out. Clippings with no prediction are scored as
/// missing (as if the extractor found nothing) and reported in one warning.
///
/// Invalid predictions (not JSON, wrong types, unknown or duplicated ids, offsets outside the
/// text, text differing from the seed) are errors and fail the run, unless
/// ``InvalidPredictions/scoreAsMissing`` is chosen: then they are warnings and their clippings
/// are scored as missing.
///
/// ```swift
/// let pipeline = ScoringPipeline(layout: layout, options: .init(extractor: "mine"))
/// let outcome = pipeline.score(PredictionReader(path: "predictions.jsonl"))
/// DiagnosticPrinter.print(outcome.diagnostics)
/// if let scorecard = outcome.scorecard, !outcome.failed { print(ScorecardJSONRenderer.render(ScoreReport(scorecard: scorecard))) }
/// ```
///
/// - Complexity: O(total size of predictions and gold); memory O(one clipping + the set of ids seen),
///   plus O(clippings) for the rows only when ``Options/keepsDocuments`` is on (the default) and for
///   the HTML details when ``Options/keepsDetails`` is on.
public struct ScoringPipeline {
    /// What an invalid prediction does to the run.
    public enum InvalidPredictions: Sendable, Hashable {
        /// An error: the run fails and no scorecard is reported (the default, for CI gates).
        case failRun
        /// A warning: the clipping is scored as missing and the run goes on.
        case scoreAsMissing
    }

    /// How to score.
    public struct Options: Sendable {
        public var extractor: String
        public var bootstrapReplicates: Int
        public var seed: UInt64
        public var invalidPredictions: InvalidPredictions
        /// The SHA-256 of the gold and seeds, recorded in the report.
        public var goldFingerprint: String
        /// Whether to keep every clipping's gold, text and prediction for the HTML report.
        public var keepsDetails: Bool
        /// Whether the scorecard keeps every clipping's row (``Scorecard/documents``). Without
        /// them memory does not grow with the number of clippings; rows can still be streamed to
        /// the `onDocument` sink of ``score(_:onDocument:)``.
        public var keepsDocuments: Bool
        /// The registry the predictions' entity ids come from, when it is not the gold's (another annotator's
        /// `entities.yaml`): its entries are matched to the gold's by ``EntityIdentity``.
        public var predictionRegistry: EntityRegistry?
        /// Whether the run scores a shard of the predictions (`score --partial`): the clippings
        /// the shard has no prediction for are left to ``merge(_:source:onDocument:)``, not scored as missing.
        public var isPartial: Bool
        /// How many threads score clippings (`--jobs`): clippings are scored in bounded batches
        /// of `16 × jobs`, and their rows added in input order, so the result is the same for any value.
        public var jobs: Int
        /// Where the gold of earlier runs is kept (``GoldCache``), or nil to load every clipping in
        /// full; the outcome is the same either way.
        public var goldCache: GoldCache?

        public init(extractor: String, bootstrapReplicates: Int = 1000, seed: UInt64 = 0,
                    invalidPredictions: InvalidPredictions = .failRun, goldFingerprint: String = "", keepsDetails: Bool = false,
                    keepsDocuments: Bool = true, predictionRegistry: EntityRegistry? = nil, isPartial: Bool = false, jobs: Int = 1,
                    goldCache: GoldCache? = nil) {
            self.goldCache = goldCache
            self.predictionRegistry = predictionRegistry
            self.jobs = max(1, jobs)
            self.isPartial = isPartial
            self.extractor = extractor
            self.bootstrapReplicates = bootstrapReplicates
            self.seed = seed
            self.invalidPredictions = invalidPredictions
            self.goldFingerprint = goldFingerprint
            self.keepsDetails = keepsDetails
            self.keepsDocuments = keepsDocuments
        }
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// The scorecard; nil when the gold could not be loaded.
        public var scorecard: Scorecard?
        /// Problems with the predictions and the gold, in the order found.
        public var diagnostics: [Diagnostic]
        /// The clippings that had no prediction (scored as missing).
        public var missingIDs: [String]
        /// The clippings whose prediction was invalid and that were scored as missing instead.
        public var invalidIDs: [String]
        /// Every scored clipping's gold, text and prediction, when asked for.
        public var details: [HTMLReportDocument]
        /// The fingerprint of the gold exactly as this run read it, hashed from the bytes it scored
        /// (``score(_:listsFiles:onDocument:)``, ``scoreBuiltIn(_:source:listsFiles:onDocument:)``);
        /// nil for predictions made in this process.
        public var fingerprint: DatasetFingerprint? = nil
        /// The summed statistics, for a partial file (nil when the gold could not be loaded).
        public var partialScore: PartialScore? = nil

        /// Whether the run must exit non-zero: any error diagnostic.
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public let gold: GoldLoader
    public var options: Options

    /// How many problems with the predictions are reported one by one; the rest are counted.
    public static let maximumReportedProblems = 200

    public init(layout: DatasetLayout, options: Options) {
        gold = GoldLoader(layout: layout, cache: options.goldCache)
        self.options = options
    }

    /// Scores the predictions a reader yields.
    ///
    /// Each clipping's annotation and seed are read once, when its prediction arrives (or at the
    /// end, for the missing ones), and the gold's fingerprint is hashed from those same bytes
    /// (``DatasetFingerprint/InAnyOrder``): ``Outcome/fingerprint`` and the report record it,
    /// unless ``Options/goldFingerprint`` was given.
    ///
    /// - Parameters:
    ///   - reader: the predictions.
    ///   - listsFiles: whether ``Outcome/fingerprint`` keeps each file's digest (a gate's file list).
    ///   - onDocument: called with each clipping's row as soon as it is scored (predictions in
    ///     their order, then the missing clippings), the rows ``Scorecard/documents`` would hold.
    public func score(_ reader: PredictionReader, listsFiles: Bool = false, onDocument: ((DocumentScore) -> Void)? = nil) -> Outcome {
        var run = Run(pipeline: self, inputName: reader.displayName, onDocument: onDocument)
        run.fingerprint = DatasetFingerprint.InAnyOrder(ids: gold.ids(), listsFiles: listsFiles)
        reader.forEachPrediction { record in
            run.add(record)
        } onProblem: { diagnostic in
            run.addReadingProblem(diagnostic)
        } onUnreadableInput: { diagnostic in
            // Even under --allow-invalid: a file that cannot be read is not a set of missing predictions.
            run.diagnostics.append(diagnostic)
        }
        var outcome = run.finish()
        if let fingerprint = run.fingerprint.take()?.finish(layout: gold.layout) {
            outcome.fingerprint = fingerprint
            if options.goldFingerprint.isEmpty { outcome.scorecard?.configuration.goldFingerprint = fingerprint.hexadecimal }
        }
        return outcome
    }

    /// Scores predictions made in this process (the built-in baseline, the gold itself).
    ///
    /// - Parameters:
    ///   - predictions: the predictions, in any order.
    ///   - source: how diagnostics name their origin, such as `<baseline>`.
    ///   - onDocument: called with each clipping's row as soon as it is scored.
    public func score(predictions: some Sequence<Prediction>, source: String, onDocument: ((DocumentScore) -> Void)? = nil) -> Outcome {
        var run = Run(pipeline: self, inputName: source, onDocument: onDocument)
        for (index, prediction) in predictions.enumerated() {
            run.add(PredictionRecord(prediction: prediction, location: SourceLocation(path: source, line: index + 1, column: 1),
                                     jsonText: prediction.jsonLine))
        }
        return run.finish()
    }

    /// Scores the built-in baseline over the dataset, reading each scored clipping's annotation
    /// and seed once (``GoldScan``): the same bytes are parsed, run through the baseline, scored
    /// and hashed, and the report records the fingerprint of exactly what was scored.
    ///
    /// - Parameters:
    ///   - extractor: the baseline, as configured (`--as-of`).
    ///   - source: how diagnostics name the predictions, such as `<baseline>`.
    ///   - listsFiles: whether ``Outcome/fingerprint`` keeps each file's digest (a gate's file list).
    ///   - onDocument: called with each clipping's row as soon as it is scored.
    /// - Complexity: O(total size of the clippings); memory O(one clipping), plus O(clippings) for
    ///   the file list when `listsFiles`.
    public func scoreBuiltIn(_ extractor: BaselineExtractor = BaselineExtractor(), source: String, listsFiles: Bool = false,
                             onDocument: ((DocumentScore) -> Void)? = nil) -> Outcome {
        var run = Run(pipeline: self, inputName: source, onDocument: onDocument)
        let scan = GoldScan(gold: gold, listsFiles: listsFiles)
        var line = 0
        for item in scan {
            switch item {
            case .clipping(let clipping):
                line += 1
                let prediction = extractor.extract(clipping.seed, id: clipping.id)
                let record = PredictionRecord(prediction: prediction, location: SourceLocation(path: source, line: line, column: 1),
                                              jsonText: prediction.jsonLine)
                run.add(record, loaded: clipping)
            case .failed(let id, let diagnostics):
                run.unloadableIDs.insert(id)
                run.diagnostics += diagnostics
            }
        }
        var outcome = run.finish()
        outcome.fingerprint = scan.fingerprint
        if let fingerprint = scan.fingerprint?.hexadecimal { outcome.scorecard?.configuration.goldFingerprint = fingerprint }
        return outcome
    }

    /// Merges shards scored apart (`score --partial`) into the outcome of scoring all their
    /// predictions at once: their sums are added, their rows passed on in shard order, and the
    /// clippings no shard scored are scored as missing here, as a whole run would, followed by the
    /// rows of invalid predictions scored as missing (read again from the shards in a second pass,
    /// so no row is held).
    ///
    /// Shards are opened one at a time and streamed row by row. A clipping in two shards, a
    /// malformed line or a truncated shard is an error at its `path:line:col`; the caller checks
    /// beforehand that the shards' headers share one configuration and orders them.
    ///
    /// - Complexity: O(shards × replicates × slots + rows + the missing clippings' gold); memory
    ///   O(replicates × slots + one row + the set of ids seen).
    public func merge(_ paths: [String], onDocument: ((DocumentScore) -> Void)? = nil) -> Outcome {
        var run = Run(pipeline: self, inputName: paths.first ?? "", onDocument: onDocument)
        var invalidCount = 0, repeated = 0
        for (position, path) in paths.enumerated() {
            do {
                let shard = try PartialScoreFile.Reader(path: path)
                run.evaluator.merge(try shard.readScore())
                while let next = try shard.nextRow() {
                    let (row, line) = next
                    let id = row.score.id
                    if run.checker.hasSeen(id) {
                        repeated += 1
                        // Where it was first seen is looked up again (no map of ids to shards is kept), for the first few.
                        guard repeated <= Self.maximumReportedRepeats else { continue }
                        let earlier = paths.prefix(position + 1).first { Self.shard($0, holds: id, before: $0 == path ? line : nil) } ?? path
                        run.diagnostics.append(Diagnostic(.error, "clipping '\(id)' is in \(earlier) too: shards must not overlap",
                                                          at: SourceLocation(path: path, line: line, column: 1)))
                        continue
                    }
                    run.checker.markSeen(id)
                    if row.isInvalid { invalidCount += 1 } else { run.evaluator.add(row: row.score) }
                }
            } catch {
                run.diagnostics.append(error.diagnostic)
            }
        }
        if repeated > Self.maximumReportedRepeats {
            let hidden = repeated - Self.maximumReportedRepeats
            run.diagnostics.append(Diagnostic(.error, "\(hidden) more clipping\(hidden == 1 ? " is" : "s are") in two shards", at: SourceLocation(path: paths[0])))
        }
        if run.diagnostics.contains(where: { $0.severity == .error }) {
            return Outcome(scorecard: nil, diagnostics: run.diagnostics, missingIDs: [], invalidIDs: [], details: [])
        }
        run.scoreMissing()
        // The second pass: the invalid rows, in shard order, after the missing clippings.
        for path in paths where invalidCount > 0 {
            do {
                let shard = try PartialScoreFile.Reader(path: path)
                while let next = try shard.nextRow() {
                    if next.row.isInvalid { run.evaluator.add(row: next.row.score) }
                }
            } catch {
                run.diagnostics.append(error.diagnostic)
            }
        }
        return run.finish()
    }

    /// How many clippings found in two shards are reported one by one; the rest are counted.
    public static let maximumReportedRepeats = 10

    /// Whether the shard at `path` has a row for `id` (on a line before `line`, when given): where
    /// a repeated clipping was first seen, looked up again only when one is found.
    private static func shard(_ path: String, holds id: String, before line: Int?) -> Bool {
        guard let shard = try? PartialScoreFile.Reader(path: path) else { return false }
        while let next = try? shard.nextRow() {
            if let line, next.line >= line { return false }
            if next.row.score.id == id { return true }
        }
        return false
    }

    /// The result slots of a batch, shared by the threads that score it: each thread writes only the
    /// indices of its own stripe, and the buffer is read only after `concurrentPerform` returns.
    private struct DisjointSlots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<DocumentScore?>
    }

    /// The state of one scoring run.
    private struct Run {
        /// Holds the clipping being checked, so the checker reads its seed without loading it twice.
        package final class CurrentClipping: @unchecked Sendable {
            package var clipping: GoldClipping?
        }

        package let pipeline: ScoringPipeline
        package let inputName: String
        /// Clippings whose annotation turned out to be a draft when loaded.
        package var draftIDs: Set<String> = []
        package let current = CurrentClipping()
        package var checker: PredictionChecker
        package var evaluator: Evaluator
        package var diagnostics: [Diagnostic] = []
        package var invalidIDs: [String] = []
        package var unloadableIDs: Set<String> = []
        package var details: [HTMLReportDocument] = []
        /// Clippings waiting to be scored, in input order (at most ``batchSize``).
        package var pending: [(annotation: Annotation, seed: SeedText, prediction: Prediction?)] = []
        package var reportedProblems = 0
        package var unreportedSeverity: Diagnostic.Severity?
        /// The fingerprint of the clippings as they are loaded, when the run computes it.
        package var fingerprint: DatasetFingerprint.InAnyOrder?

        package init(pipeline: ScoringPipeline, inputName: String, onDocument: ((DocumentScore) -> Void)?) {
            self.pipeline = pipeline
            self.inputName = inputName
            // Every annotation file is known; drafts are found when loaded, so each file is parsed once.
            let holder = current
            checker = PredictionChecker(knownIDs: Set(pipeline.gold.ids())) { id in holder.clipping?.id == id ? holder.clipping?.seed : nil }

            var registryDiagnostics: [Diagnostic] = []
            let registry = pipeline.gold.registry()
            registryDiagnostics = registry.diagnostics.filter { $0.severity == .error }
            let options = pipeline.options
            let resolver = EntityNameResolver(gold: registry.registry, predictionRegistry: options.predictionRegistry)
            evaluator = Evaluator(
                configuration: EvaluationConfiguration(
                    extractor: options.extractor, goldFingerprint: options.goldFingerprint,
                    bootstrapReplicates: options.bootstrapReplicates, seed: options.seed, keepsDocuments: options.keepsDocuments),
                resolver: resolver, onDocument: onDocument)
            diagnostics = registryDiagnostics
        }

        package mutating func addReadingProblem(_ diagnostic: Diagnostic) {
            var diagnostic = diagnostic
            if diagnostic.severity == .error, pipeline.options.invalidPredictions == .scoreAsMissing { diagnostic.severity = .warning }
            // Keep the first problems, count the rest, so a broken file of millions of lines stays in bounds.
            reportedProblems += 1
            if reportedProblems <= ScoringPipeline.maximumReportedProblems {
                diagnostics.append(diagnostic)
            } else {
                unreportedSeverity = max(unreportedSeverity ?? diagnostic.severity, diagnostic.severity)
            }
        }

        /// Adds one prediction; `loaded` is its clipping's gold when the caller has read it already.
        package mutating func add(_ record: PredictionRecord, loaded: GoldClipping? = nil) {
            let id = record.prediction.id
            let draftWarning = Diagnostic(.warning, "the annotation of '\(id)' is a draft; its prediction is left out until the annotation is done", at: record.location)
            if draftIDs.contains(id) {
                diagnostics.append(draftWarning)
                return
            }
            if unloadableIDs.contains(id) { return }
            let isFirst = !checker.hasSeen(id)
            if isFirst, let loaded, loaded.id == id {
                current.clipping = loaded
            } else if isFirst, ClippingID.problem(with: id) == nil, FileManager.default.fileExists(atPath: pipeline.gold.layout.annotationURL(for: id).path) {
                switch load(id) {
                case .clipping(let clipping):
                    current.clipping = clipping
                case .draft:
                    draftIDs.insert(id)
                    diagnostics.append(draftWarning)
                    return
                case .failed(let problems):
                    unloadableIDs.insert(id)
                    diagnostics += problems
                    return
                }
            }
            let problems = checker.diagnostics(for: record)
            guard problems.isEmpty else {
                for problem in problems { addReadingProblem(problem) }
                // The first prediction of a known clipping was invalid: score the clipping as missing if asked.
                if pipeline.options.invalidPredictions == .scoreAsMissing, isFirst, current.clipping?.id == id {
                    invalidIDs.append(id)
                }
                return
            }
            guard let clipping = current.clipping, clipping.id == id else { return }
            enqueue(clipping, prediction: record.prediction)
            if pipeline.options.keepsDetails {
                details.append(HTMLReportDocument(gold: clipping.annotation, text: clipping.seed, prediction: record.prediction))
            }
            current.clipping = nil
        }

        /// The number of clippings scored together: enough to keep every thread busy, few enough
        /// that memory stays flat.
        package var batchSize: Int { pipeline.options.jobs == 1 ? 1 : 16 * pipeline.options.jobs }

        /// Queues one clipping for scoring; a full batch is scored at once.
        package mutating func enqueue(_ clipping: GoldClipping, prediction: Prediction?) {
            pending.append((clipping.annotation, clipping.seed, prediction))
            if pending.count >= batchSize { flush() }
        }

        /// Scores the queued clippings on `jobs` threads and adds their rows in input order.
        package mutating func flush() {
            guard !pending.isEmpty else { return }
            let work = pending
            let resolver = evaluator.resolver
            let jobs = min(pipeline.options.jobs, work.count)
            var scores = [DocumentScore?](repeating: nil, count: work.count)
            if jobs == 1 {
                for index in work.indices {
                    scores[index] = DocumentScore(gold: work[index].annotation, seed: work[index].seed, prediction: work[index].prediction, resolver: resolver)
                }
            } else {
                scores.withUnsafeMutableBufferPointer { buffer in
                    let results = DisjointSlots(buffer: buffer)
                    // Each thread takes every jobs-th clipping and writes only its own slots.
                    DispatchQueue.concurrentPerform(iterations: jobs) { stripe in
                        for index in stride(from: stripe, to: work.count, by: jobs) {
                            results.buffer[index] = DocumentScore(gold: work[index].annotation, seed: work[index].seed,
                                                                  prediction: work[index].prediction, resolver: resolver)
                        }
                    }
                }
            }
            for score in scores {
                if let score { evaluator.add(score) }
            }
            pending.removeAll(keepingCapacity: true)
        }

        /// A clipping's gold, loaded on demand.
        package enum Loaded {
            case clipping(GoldClipping)
            /// A draft, left out of scoring (even an unfinished one that would not load).
            case draft
            case failed([Diagnostic])
        }

        /// Reads the clipping's files once: the bytes are loaded and, when the run fingerprints
        /// the gold, hashed.
        package mutating func load(_ id: String) -> Loaded {
            let layout = pipeline.gold.layout
            // Bounded as everywhere else; a file that does not read is read again by the loader, to say why.
            let annotation = BoundedFileReader.contents(of: layout.annotationURL(for: id), limit: InputLimits.yamlFileBytes)
            let seed = try? ClippingReader.readBytes(layout.seedURL(for: id), path: "")
            let loaded: Loaded
            switch pipeline.gold.clipping(id: id, annotationData: annotation, seedData: seed) {
            case .success(let clipping):
                loaded = clipping.isDraft ? .draft : .clipping(clipping)
            case .failure(let failure):
                let path = DisplayPath.of(layout.annotationURL(for: id))
                let isDraft = annotation.map { AnnotationLoader.load(data: $0, path: path).document?.isDraft == true } ?? false
                loaded = isDraft ? .draft : .failed(failure.diagnostics)
            }
            if case .draft = loaded {
                fingerprint?.add(id: id, seed: seed, annotation: annotation, isScored: false, layout: layout)
            } else {
                fingerprint?.add(id: id, seed: seed, annotation: annotation, isScored: true, layout: layout)
            }
            return loaded
        }

        /// The clippings without a prediction scored as missing, kept for the warning of ``finish()``.
        package var missingIDs: [String] = []
        package var scoredMissing = false

        /// Scores the missing clippings (unless partial), then the invalid ones.
        package mutating func scoreMissing() {
            guard !scoredMissing else { return }
            scoredMissing = true
            let absentIDs = pipeline.options.isPartial ? [] : checker.missingIDs.filter { !unloadableIDs.contains($0) && !draftIDs.contains($0) }
            flush()
            for id in absentIDs + invalidIDs {
                switch load(id) {
                case .clipping(let clipping):
                    if !invalidIDs.contains(id) { missingIDs.append(id) }
                    enqueue(clipping, prediction: nil)
                    if pipeline.options.keepsDetails {
                        details.append(HTMLReportDocument(gold: clipping.annotation, text: clipping.seed, prediction: nil))
                    }
                case .draft:
                    draftIDs.insert(id)
                case .failed(let problems):
                    unloadableIDs.insert(id)
                    diagnostics += problems
                }
            }
            flush()
        }

        /// Scores the missing clippings (unless done already) and reports.
        package mutating func finish() -> Outcome {
            scoreMissing()
            if !missingIDs.isEmpty {
                let shown = missingIDs.prefix(10).joined(separator: ", ") + (missingIDs.count > 10 ? ", …" : "")
                diagnostics.append(Diagnostic(
                    .warning,
                    "\(missingIDs.count) clipping\(missingIDs.count == 1 ? " has" : "s have") no prediction and \(missingIDs.count == 1 ? "is" : "are") scored as missing: \(shown)",
                    at: SourceLocation(path: inputName)))
            }
            if let unreportedSeverity {
                let hidden = reportedProblems - ScoringPipeline.maximumReportedProblems
                diagnostics.append(Diagnostic(unreportedSeverity, "\(hidden) more problem\(hidden == 1 ? "" : "s") in the predictions not shown",
                                              at: SourceLocation(path: inputName)))
            }
            let goldFailed = !unloadableIDs.isEmpty
            return Outcome(scorecard: goldFailed ? nil : evaluator.scorecard(), diagnostics: diagnostics,
                           missingIDs: missingIDs, invalidIDs: invalidIDs, details: details,
                           partialScore: goldFailed ? nil : evaluator.partialScore())
        }
    }
}
