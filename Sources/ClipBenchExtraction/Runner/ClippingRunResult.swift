import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset

/// The result of running an extractor on one clipping: a prediction, or why it failed.
public struct ClippingRunResult: Sendable {
    /// Why a clipping failed.
    public enum Failure: Sendable, Hashable, CustomStringConvertible {
        case timedOut(seconds: Double)
        case crashed(signal: Int32)
        case exitedNonZero(status: Int32)
        case outputTooLarge(limit: Int)
        case invalidPrediction(String)
        case couldNotStart(String)

        /// A short machine-readable name, used in the failures file.
        public var reason: String {
            switch self {
            case .timedOut: "timeout"
            case .crashed: "crash"
            case .exitedNonZero: "exit-status"
            case .outputTooLarge: "output-too-large"
            case .invalidPrediction: "invalid-prediction"
            case .couldNotStart: "not-started"
            }
        }

        public var description: String {
            switch self {
            case .timedOut(let seconds): "the extractor did not finish within \(JSONValue.format(seconds)) s and was killed"
            case .crashed(let signal): "the extractor was killed by signal \(signal)"
            case .exitedNonZero(let status): "the extractor exited with status \(status)"
            case .outputTooLarge(let limit): "the extractor printed more than \(limit) bytes and was killed"
            case .invalidPrediction(let message): "the extractor printed no valid prediction: \(message)"
            case .couldNotStart(let message): message
            }
        }
    }

    public var source: ClippingSource
    public var prediction: Prediction?
    public var failure: Failure?
    /// What the extractor wrote on standard error (at most the kept length).
    public var standardError: String
    public var seconds: Double

    /// The failure as one JSON object for the failures file.
    public var failureRecord: JSONValue? {
        guard let failure else { return nil }
        return .object([
            ("id", .string(source.id)),
            ("path", .string(source.url.path)),
            ("reason", .string(failure.reason)),
            ("message", .string(failure.description)),
            ("seconds", .number((seconds * 1000).rounded() / 1000)),
            ("stderr", .string(standardError)),
        ])
    }

    /// The run log's name beside the predictions file: `mine.jsonl` → `mine.jsonl.run.jsonl`.
    public static let runLogSuffix = ".run.jsonl"

    /// The run log's status of a clipping whose extractor gave a valid prediction.
    public static let doneStatus = "done"

    /// The clipping's line of the run log (`FILE.run.jsonl`), written for every clipping, failed or not:
    /// `{"id", "seconds", "status", "exit_code", "signal"}`. `status` is `done` or the failure's
    /// ``Failure/reason``; `exit_code` is the extractor's exit status (null when it was killed or never
    /// started), `signal` the signal that killed it (null otherwise, and for a timeout or too much output,
    /// where ClipBench killed it).
    public var runRecord: JSONValue {
        var exitCode: JSONValue = .null
        var signal: JSONValue = .null
        switch failure {
        case nil, .invalidPrediction?: exitCode = .integer(0)   // a prediction is read only after exit status 0
        case .exitedNonZero(let status)?: exitCode = .integer(Int(status))
        case .crashed(let number)?: signal = .integer(Int(number))
        case .timedOut?, .outputTooLarge?, .couldNotStart?: break
        }
        return .object([
            ("id", .string(source.id)),
            ("seconds", .number((seconds * 1_000_000).rounded() / 1_000_000)),
            ("status", .string(failure?.reason ?? Self.doneStatus)),
            ("exit_code", exitCode),
            ("signal", signal),
        ])
    }
}
