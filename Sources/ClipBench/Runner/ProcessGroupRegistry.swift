import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process groups of the extractors running now, so a command that is interrupted
/// (Ctrl-C, `kill`) can take them with it: each runs in its own group, which the terminal's
/// SIGINT does not reach.
///
/// ```swift
/// ProcessGroupRegistry.shared.killAll()   // before exiting on SIGINT
/// ```
public final class ProcessGroupRegistry: @unchecked Sendable {
    /// The registry ``ChildProcess`` records its children in.
    public static let shared = ProcessGroupRegistry()

    private let lock = NSLock()
    private var groups: Set<pid_t> = []

    func add(_ group: pid_t) {
        lock.lock(); defer { lock.unlock() }
        groups.insert(group)
    }

    func remove(_ group: pid_t) {
        lock.lock(); defer { lock.unlock() }
        groups.remove(group)
    }

    /// Sends SIGKILL to every registered process group.
    public func killAll() {
        lock.lock(); defer { lock.unlock() }
        for group in groups { kill(-group, SIGKILL) }
    }
}
