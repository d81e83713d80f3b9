import Foundation
import ClipBenchCore
import ClipBenchModel

/// Runs an external extractor over clippings, several at a time, and collects its predictions.
///
/// Each clipping gets its own process (see ``ChildProcess``): `{file}` in the command is the
/// clipping's path, or with `feedsStandardInput` the file is its standard input; the environment
/// variable `CLIPBENCH_ID` holds the id. Standard output must be one JSON object in the prediction
/// format; its `id` may be left out (it is filled in) but, when present, must be the clipping's.
/// A timeout, a crash, a non-zero exit, too much output or an invalid prediction fails that
/// clipping only. Results come back in the order of `sources`, whatever the number of jobs.
///
/// ```swift
/// let runner = ExtractorRunner(command: try ExtractorCommand(template: "./x.sh {file}"), jobs: 4)
/// let results = runner.run(ClippingSource.allSeeds(in: layout)) { done, total in }
/// ```
public struct ExtractorRunner: Sendable {
    public var command: ExtractorCommand
    public var feedsStandardInput: Bool
    public var timeout: Double
    public var jobs: Int
    public var maximumOutput: Int

    public init(command: ExtractorCommand, feedsStandardInput: Bool = false, timeout: Double = 60, jobs: Int = 1, maximumOutput: Int = 16 << 20) {
        self.command = command
        self.feedsStandardInput = feedsStandardInput
        self.timeout = timeout
        self.jobs = max(1, jobs)
        self.maximumOutput = maximumOutput
    }

    /// Runs every clipping; `progress` is called (from worker threads) after each one.
    ///
    /// With `onResult`, each result is handed to it (from a worker thread) as soon as its clipping
    /// is done, and the results returned keep no prediction (`prediction` is nil, `failure` tells
    /// the failed ones apart), so memory does not grow with the extractor's outputs.
    public func run(_ sources: [ClippingSource], onResult: (@Sendable (_ index: Int, _ result: ClippingRunResult) -> Void)? = nil,
                    progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) -> [ClippingRunResult] {
        let board = ResultBoard(count: sources.count)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, max(1, sources.count)) {
            group.enter()
            let thread = Thread { [self] in
                while let index = board.nextIndex() {
                    var result = runOne(sources[index])
                    if let onResult {
                        onResult(index, result)
                        result.prediction = nil
                    }
                    let done = board.store(result, at: index)
                    progress(done, sources.count)
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return board.results.compactMap { $0 }
    }

    /// Runs the extractor on one clipping.
    public func runOne(_ source: ClippingSource) -> ClippingRunResult {
        let (executable, arguments) = command.invocation(path: source.url.path)
        let request = ChildProcess.Request(
            executable: executable, arguments: arguments, extraEnvironment: ["CLIPBENCH_ID": source.id],
            standardInput: feedsStandardInput ? source.url : nil, timeout: timeout, maximumOutput: maximumOutput)
        let outcome = ChildProcess.run(request)
        var standardError = String(decoding: outcome.standardError, as: UTF8.self)
        if outcome.errorTruncated { standardError += "\n[standard error cut at \(request.keptErrorOutput) bytes]" }
        var result = ClippingRunResult(source: source, prediction: nil, failure: nil, standardError: standardError, seconds: outcome.seconds)
        switch outcome.termination {
        case .timedOut: result.failure = .timedOut(seconds: timeout)
        case .outputTooLarge: result.failure = .outputTooLarge(limit: maximumOutput)
        case .signalled(let signal): result.failure = .crashed(signal: signal)
        case .failedToStart(let message): result.failure = .couldNotStart(message)
        case .exited(let status) where status != 0: result.failure = .exitedNonZero(status: status)
        case .exited:
            do {
                result.prediction = try Self.prediction(from: outcome.standardOutput, id: source.id)
            } catch {
                result.failure = .invalidPrediction(error.description)
            }
        }
        return result
    }

    /// Reads the extractor's output: one JSON object, its `id` filled in when absent, read by the
    /// same parser and rules as `clipbench score` (a repeated key is refused here too).
    public static func prediction(from output: Data, id: String) throws(PredictionDecodingError) -> Prediction {
        guard let text = String(validating: output, as: UTF8.self) else {
            let offset = UTF8Validation.firstInvalidOffset(in: output) ?? 0
            throw PredictionDecodingError(path: "", message: "the output is not UTF-8 text (invalid byte sequence at byte \(offset))")
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw PredictionDecodingError(path: "", message: "the output is empty") }
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw PredictionDecodingError(path: "", message: "not one valid JSON object (\(error))", syntaxError: error)
        }
        let prediction = try Prediction(json: value, defaultID: id)
        guard prediction.id == id else {
            throw PredictionDecodingError(path: "id", message: "the prediction is for '\(prediction.id)', but the clipping is '\(id)'")
        }
        return prediction
    }
}
