import Foundation

/// The shared state of the workers: the next clipping to take and the results so far.
package final class ResultBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private(set) var results: [ClippingRunResult?]

    package init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    package func nextIndex() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores a result and returns how many are done.
    package func store(_ result: ClippingRunResult, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
        done += 1
        return done
    }
}
