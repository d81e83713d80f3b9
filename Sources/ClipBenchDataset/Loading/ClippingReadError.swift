import Foundation
import ClipBenchCore

/// Why a clipping could not be read; `path` names the file.
public struct ClippingReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }

    /// The error as a diagnostic for `DiagnosticPrinter`.
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: SourceLocation(path: path)) }
}
