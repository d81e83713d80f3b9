/// The one error that carries diagnostics: what a loader, reader or editor throws (or returns as
/// a `Result`'s failure) when it has said, as `path:line:col: error: message` lines, why it stopped.
///
/// Every failure that is only diagnostics is this type, so a command prints any of them the same
/// way; failures of another kind (a write's `errno`, a refused gate update's list of floors) keep
/// types of their own.
///
/// ```swift
/// switch GoldLoader(layout: layout).clipping(id: id) {
/// case .success(let clipping): score(clipping)
/// case .failure(let error): DiagnosticPrinter.print(error.diagnostics)
/// }
/// throw DiagnosticError(diagnostic: Diagnostic(.error, "the seed is missing", at: SourceLocation(path: path)))
/// ```
///
/// - Complexity: O(1) to make; the diagnostics are stored as given.
public struct DiagnosticError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the work stopped, in the order found; at least one.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The error of one diagnostic.
    public init(diagnostic: Diagnostic) {
        diagnostics = [diagnostic]
    }

    /// The first diagnostic: the whole error when it was made from one.
    public var diagnostic: Diagnostic { diagnostics[0] }

    /// The diagnostics, one line each, as `DiagnosticPrinter` prints them without colour.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
