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
/// ProcessGroupRegistry.shared.interrupt(by: SIGINT)   // before exiting on SIGINT
/// ```
public final class ProcessGroupRegistry: @unchecked Sendable {
    /// The registry ``ChildProcess`` records its children in.
    public static let shared = ProcessGroupRegistry()

    private let lock = NSLock()
    private var groups: Set<pid_t> = []
    /// The groups led by a ``ProcessWarden``, which must get `SIGTERM` to kill what it watches:
    /// `SIGKILL` would end the warden first and leave a `setsid()` child running.
    private var wardens: Set<pid_t> = []
    private var signalReceived: Int32?

    /// Runs `spawn` (which starts a process as the leader of its own group and gives its pid, or nil)
    /// and records the group, as one step under the registry's lock: an interruption either sees the
    /// new group and kills it, or came first and no process is started. Between a spawn and a
    /// separate `add`, a signal could end the command and leave the new extractor running.
    ///
    /// - Returns: the pid, or nil when `spawn` failed or the command was already interrupted.
    package func spawnRecorded(warden: Bool = false, _ spawn: () -> pid_t?) -> pid_t? {
        lock.lock(); defer { lock.unlock() }
        guard signalReceived == nil, let group = spawn() else { return nil }
        groups.insert(group)
        if warden { wardens.insert(group) }
        return group
    }

    package func remove(_ group: pid_t) {
        lock.lock(); defer { lock.unlock() }
        groups.remove(group)
        wardens.remove(group)
    }

    /// Records that the command was interrupted by `signalNumber`, then kills every group.
    ///
    /// The signal is recorded before any extractor dies, so a caller that sees its extractors
    /// end can ask ``interruptingSignal`` and exit as the signal would, instead of reporting
    /// the killed extractors as failures.
    public func interrupt(by signalNumber: Int32) {
        lock.lock(); defer { lock.unlock() }
        if signalReceived == nil { signalReceived = signalNumber }
        for group in groups {
            if wardens.contains(group) { kill(group, SIGTERM) } else { kill(-group, SIGKILL) }
        }
    }

    /// The signal passed to ``interrupt(by:)``, or nil while the command was not interrupted.
    public var interruptingSignal: Int32? {
        lock.lock(); defer { lock.unlock() }
        return signalReceived
    }
}
