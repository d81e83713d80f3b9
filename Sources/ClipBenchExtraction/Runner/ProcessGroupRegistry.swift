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
    private var signalReceived: Int32?

    package func add(_ group: pid_t) {
        lock.lock(); defer { lock.unlock() }
        // A group started after the interruption is killed at once, not left behind.
        if signalReceived != nil { kill(-group, SIGKILL) }
        groups.insert(group)
    }

    package func remove(_ group: pid_t) {
        lock.lock(); defer { lock.unlock() }
        groups.remove(group)
    }

    /// Sends SIGKILL to every registered process group.
    public func killAll() {
        lock.lock(); defer { lock.unlock() }
        for group in groups { kill(-group, SIGKILL) }
    }

    /// Records that the command was interrupted by `signalNumber`, then kills every group.
    ///
    /// The signal is recorded before any extractor dies, so a caller that sees its extractors
    /// end can ask ``interruptingSignal`` and exit as the signal would, instead of reporting
    /// the killed extractors as failures.
    public func interrupt(by signalNumber: Int32) {
        lock.lock(); defer { lock.unlock() }
        if signalReceived == nil { signalReceived = signalNumber }
        for group in groups { kill(-group, SIGKILL) }
    }

    /// The signal passed to ``interrupt(by:)``, or nil while the command was not interrupted.
    public var interruptingSignal: Int32? {
        lock.lock(); defer { lock.unlock() }
        return signalReceived
    }
}
