import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small process between `clipbench run` and each extractor, so that nothing an extractor
/// starts outlives it: not a child that calls `setsid()` (which leaves the process group), not a
/// daemon that forks twice, and not the extractor itself when `clipbench` is killed with
/// `kill -9` (which runs no handler).
///
/// `posix_spawn` cannot ask for a parent-death signal, so ``ChildProcess`` starts the `clipbench`
/// executable itself as `clipbench --clipbench-warden PARENT EXECUTABLE ARGUMENTS…`; before
/// anything else, `clipbench`'s `main` hands such a call to ``runIfRequested(_:)``. The warden
/// (Linux only)
/// 1. asks for `SIGTERM` when its parent dies (`PR_SET_PDEATHSIG`) and becomes a child
///    subreaper (`PR_SET_CHILD_SUBREAPER`), so every orphaned descendant is re-parented to it
///    rather than to init;
/// 2. starts the extractor with the warden's own standard streams, signals at their defaults;
/// 3. waits for the extractor to end, or for `SIGTERM`, `SIGINT` or `SIGHUP` (the timeout, an
///    interrupted `run`, or the parent-death signal);
/// 4. kills every descendant it has, found through `/proc`, until none is left, then exits as the
///    extractor did (same exit code, or the same signal).
///
/// ```swift
/// ProcessWarden.runIfRequested(CommandLine.arguments)   // first line of main; returns when not a warden call
/// ```
///
/// - Complexity: the clean-up reads `/proc` once per round, O(processes on the machine).
public enum ProcessWarden {
    /// The argument that makes `clipbench` a warden.
    public static let flag = "--clipbench-warden"

    /// The exit code of a warden whose extractor could not be started; standard error then holds
    /// ``spawnFailureMarker`` and the `errno`.
    static let spawnFailureStatus: Int32 = 127
    static let spawnFailureMarker = "clipbench-warden: cannot start: errno "

    /// The executable used as a warden by ``ChildProcess``, or nil to start extractors directly
    /// (the library on its own, other systems than Linux). `clipbench` sets it to itself.
    public static var executable: String? {
        get { state.value }
        set { state.value = newValue }
    }

    private static let state = Holder()

    private final class Holder: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: String?
        var value: String? {
            get { lock.lock(); defer { lock.unlock() }; return stored }
            set { lock.lock(); stored = newValue; lock.unlock() }
        }
    }

    /// Uses the running executable (`/proc/self/exe`) as the warden, on Linux.
    public static func useRunningExecutable() {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { executable = path }
        #endif
    }

    /// When `arguments` is a warden call, runs the warden and never returns; otherwise returns at once.
    public static func runIfRequested(_ arguments: [String]) {
        #if os(Linux)
        guard arguments.count >= 4, arguments[1] == flag, let parent = pid_t(arguments[2]) else { return }
        runWarden(parent: parent, executable: arguments[3], arguments: Array(arguments[3...]))
        #endif
    }

    #if os(Linux)
    private static let prSetPdeathsig: Int32 = 1
    private static let prSetChildSubreaper: Int32 = 36

    private static func runWarden(parent: pid_t, executable: String, arguments: [String]) -> Never {
        // Signals that end the watch are taken synchronously (sigwaitinfo), never by a handler.
        var watched = sigset_t()
        sigemptyset(&watched)
        for signalNumber in [SIGTERM, SIGINT, SIGHUP, SIGCHLD] { sigaddset(&watched, signalNumber) }
        sigprocmask(SIG_BLOCK, &watched, nil)
        _ = linuxPrctl(prSetChildSubreaper, 1, 0, 0, 0)
        _ = linuxPrctl(prSetPdeathsig, UInt(SIGTERM), 0, 0, 0)
        // The parent may have died before the request above: then no signal will ever come.
        if getppid() != parent { finish(ending: nil) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        let argv = arguments.map { strdup($0) } + [nil]
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, executable, nil, &attributes, argv, environ)
        guard spawned == 0 else {
            _ = "\(spawnFailureMarker)\(spawned)\n".withCString { write(2, $0, strlen($0)) }
            _exit(spawnFailureStatus)
        }

        var status: Int32?
        while status == nil {
            var information = siginfo_t()
            let received = sigwaitinfo(&watched, &information)
            if received < 0 { continue }   // EINTR
            if received != SIGCHLD { break }
            var childStatus: Int32 = 0
            while case let reaped = waitpid(-1, &childStatus, WNOHANG), reaped > 0 {
                if reaped == child { status = childStatus }
            }
        }
        finish(ending: status)
    }

    /// Kills every descendant, then exits as `status` says (or with 128 + SIGTERM when the watch
    /// was cut short).
    private static func finish(ending status: Int32?) -> Never {
        killAllDescendants()
        guard let status else { _exit(128 + SIGTERM) }
        if status & 0x7F == 0 { _exit((status >> 8) & 0xFF) }
        // Ended by a signal: end by the same one, without a core file of the warden's own.
        let signalNumber = status & 0x7F
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &noCore)
        signal(signalNumber, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, signalNumber)
        sigprocmask(SIG_UNBLOCK, &only, nil)
        kill(getpid(), signalNumber)
        _exit(128 + signalNumber)
    }

    /// Kills, round after round, every process below this one (a subreaper inherits the
    /// orphans of those it kills) and reaps it, until it has no child left.
    private static func killAllDescendants() {
        let me = getpid()
        while true {
            for pid in descendants(of: me) { kill(pid, SIGKILL) }
            var status: Int32 = 0
            let reaped = waitpid(-1, &status, 0)
            if reaped < 0, errno == ECHILD { return }
        }
    }

    /// Every process whose chain of parents reaches `root`, from one pass over `/proc`.
    private static func descendants(of root: pid_t) -> [pid_t] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var parents: [pid_t: pid_t] = [:]
        for name in names {
            guard let pid = pid_t(name), let parent = parentID(of: pid) else { continue }
            parents[pid] = parent
        }
        var children: [pid_t: [pid_t]] = [:]
        for (pid, parent) in parents { children[parent, default: []].append(pid) }
        var found: [pid_t] = []
        var pending = children[root] ?? []
        while let pid = pending.popLast() {
            found.append(pid)
            pending += children[pid] ?? []
        }
        return found
    }

    /// The parent of `pid`, the fourth field of `/proc/PID/stat` (after the command name, which
    /// may hold spaces and parentheses, so the last `)` is the one that ends it).
    private static func parentID(of pid: pid_t) -> pid_t? {
        let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0, let close = buffer[0..<count].lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = buffer[(close + 1)..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1 else { return nil }
        return pid_t(String(decoding: fields[1], as: UTF8.self))
    }
    #endif
}

#if os(Linux)
/// glibc's `prctl(2)`, variadic in C (so not imported); every option used here takes integers.
@_silgen_name("prctl")
private func linuxPrctl(_ option: Int32, _ second: UInt, _ third: UInt, _ fourth: UInt, _ fifth: UInt) -> Int32
#endif
