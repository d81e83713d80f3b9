import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import ClipBenchCore
import ClipBenchDataset
#endif

/// Runs one external program in its own process group, reading its standard output and error at
/// the same time (so neither pipe can fill up and block it), with a deadline and an output limit.
///
/// On the deadline or past the limit, the whole process group is killed (`SIGKILL`), so a shell
/// script's children go too. When ``ProcessWarden/executable`` is set (`clipbench` sets it to
/// itself on Linux), the program runs under a warden that also kills descendants which left the
/// group (`setsid()`), and the program itself when this process dies, even by `kill -9`.
///
/// ```swift
/// let outcome = ChildProcess.run(ChildProcess.Request(executable: "echo", arguments: ["hi"]))
/// outcome.standardOutput   // "hi\n" as bytes
/// ```
public enum ChildProcess {
    /// What to run.
    public struct Request: Sendable {
        /// A path, or a name looked up in `PATH`.
        public var executable: String
        public var arguments: [String]
        /// Variables added to the current environment.
        public var extraEnvironment: [String: String]
        /// A file connected to standard input; `/dev/null` when nil.
        public var standardInput: URL?
        /// Seconds before the process group is killed.
        public var timeout: Double
        /// Bytes of standard output beyond which the process group is killed.
        public var maximumOutput: Int
        /// Bytes of standard error kept (the rest is read and dropped).
        public var keptErrorOutput: Int

        public init(executable: String, arguments: [String] = [], extraEnvironment: [String: String] = [:],
                    standardInput: URL? = nil, timeout: Double = 60, maximumOutput: Int = 16 << 20, keptErrorOutput: Int = 64 << 10) {
            self.executable = executable
            self.arguments = arguments
            self.extraEnvironment = extraEnvironment
            self.standardInput = standardInput
            self.timeout = timeout
            self.maximumOutput = maximumOutput
            self.keptErrorOutput = keptErrorOutput
        }
    }

    /// How the process ended.
    public enum Termination: Sendable, Hashable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        case outputTooLarge
        case failedToStart(String)
    }

    /// What happened.
    public struct Outcome: Sendable {
        public var termination: Termination
        public var standardOutput: Data
        public var standardError: Data
        /// Whether standard error was longer than what was kept.
        public var errorTruncated: Bool
        public var seconds: Double
    }

    private static let spawnLock = NSLock()

    /// Makes a pipe whose ends are close-on-exec from the moment they exist. On Linux `pipe2`
    /// does it atomically: with `pipe` then `fcntl`, a process started in between by another
    /// thread (Foundation's `Process` does not take `spawnLock`) would inherit the write end and
    /// keep the pipe open, so the reader would wait for its end of file until the timeout.
    private static func makePipe(_ descriptors: inout [Int32]) -> Bool {
        #if os(Linux)
        return descriptors.withUnsafeMutableBufferPointer { linuxPipe2($0.baseAddress!, Int32(O_CLOEXEC)) } == 0
        #else
        guard pipe(&descriptors) == 0 else { return false }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return true
        #endif
    }

    public static func run(_ request: Request) -> Outcome {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        func failed(_ message: String) -> Outcome {
            Outcome(termination: .failedToStart(message), standardOutput: Data(), standardError: Data(), errorTruncated: false, seconds: elapsed())
        }

        // Pipes are made close-on-exec under a lock held until the spawn, so a program started by
        // another job at the same moment never inherits (and holds open) this job's pipes.
        spawnLock.lock()
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        guard makePipe(&outputPipe) else { spawnLock.unlock(); return failed("cannot create a pipe (\(String(cString: strerror(errno))))") }
        guard makePipe(&errorPipe) else {
            spawnLock.unlock()
            close(outputPipe[0]); close(outputPipe[1])
            return failed("cannot create a pipe (\(String(cString: strerror(errno))))")
        }
        let inputPath = request.standardInput?.path ?? "/dev/null"
        let inputDescriptor = open(inputPath, O_RDONLY | O_CLOEXEC)
        guard inputDescriptor >= 0 else {
            spawnLock.unlock()
            [outputPipe[0], outputPipe[1], errorPipe[0], errorPipe[1]].forEach { _ = close($0) }
            return failed("cannot open \(inputPath) (\(String(cString: strerror(errno))))")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, inputDescriptor, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        // The extractor gets default signal handling, whatever this process ignores (run ignores
        // SIGINT/SIGTERM/SIGHUP to handle them itself; a parent may have ignored SIGPIPE).
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // Nor does it inherit the spawning thread's blocked signals: a shell whose SIGCHLD is
        // blocked waits for ever in `wait` (seen with threads of a test runner).
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)

        var environment = ProcessInfo.processInfo.environment
        for (name, value) in request.extraEnvironment { environment[name] = value }
        let warden = ProcessWarden.executable
        let launched = warden.map { [$0, ProcessWarden.flag, String(getpid())] } ?? []
        let argv = (launched + [request.executable] + request.arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        var pid: pid_t = 0
        var spawned: Int32 = 0
        // Started and recorded as one step, so an interrupt never misses the new group.
        let recorded = ProcessGroupRegistry.shared.spawnRecorded(warden: warden != nil) {
            spawned = posix_spawnp(&pid, warden ?? request.executable, &actions, &attributes, argv, envp)
            return spawned == 0 ? pid : nil
        }
        if recorded == nil, spawned == 0 { spawned = EINTR }  // interrupted before it could start
        spawnLock.unlock()
        close(inputDescriptor)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0]); close(errorPipe[0])
            return failed("cannot start '\(request.executable)' (\(String(cString: strerror(spawned))))")
        }
        // Known to the registry while it runs (since spawnRecorded), so an interrupted command can kill its group.
        defer { ProcessGroupRegistry.shared.remove(pid) }

        var output = Data()
        var errorOutput = Data()
        var errorTruncated = false
        var verdict: Termination?
        var openDescriptors: [Int32] = [outputPipe[0], errorPipe[0]]
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Double(request.timeout)
        while !openDescriptors.isEmpty && verdict == nil {
            let remaining = deadline - elapsed()
            if remaining <= 0 { verdict = .timedOut; break }
            var descriptors = openDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0 { if errno == EINTR { continue }; break }
            for descriptor in descriptors where descriptor.revents != 0 {
                let count = read(descriptor.fd, &buffer, buffer.count)
                if count <= 0 {
                    close(descriptor.fd)
                    openDescriptors.removeAll { $0 == descriptor.fd }
                } else if descriptor.fd == outputPipe[0] {
                    output.append(contentsOf: buffer[0..<count])
                    if output.count > request.maximumOutput { verdict = .outputTooLarge }
                } else {
                    let room = max(0, request.keptErrorOutput - errorOutput.count)
                    errorOutput.append(contentsOf: buffer[0..<min(room, count)])
                    if count > room { errorTruncated = true }
                }
            }
        }
        openDescriptors.forEach { _ = close($0) }

        // The pipes are closed: wait for the exit, still within the deadline.
        var status: Int32 = 0
        while verdict == nil {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { verdict = .failedToStart("lost track of the process (\(String(cString: strerror(errno))))"); break }
            if elapsed() >= deadline { verdict = .timedOut; break }
            usleep(5000)
        }
        if let verdict {
            if warden != nil {
                // The warden kills what it watches on SIGTERM, including what left the group; a
                // bounded wait, then the group as below whatever happened.
                kill(pid, SIGTERM)
                for _ in 0..<400 where waitpid(pid, &status, WNOHANG) == 0 { usleep(5000) }
            }
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return Outcome(termination: verdict, standardOutput: output, standardError: errorOutput, errorTruncated: errorTruncated, seconds: elapsed())
        }
        // Children the program left behind in its group go with it.
        kill(-pid, SIGKILL)
        let termination: Termination
        if warden != nil, status & 0x7F == 0, (status >> 8) & 0xFF == ProcessWarden.spawnFailureStatus,
           let text = String(data: errorOutput, encoding: .utf8), let marker = text.range(of: ProcessWarden.spawnFailureMarker),
           let code = Int32(text[marker.upperBound...].prefix { $0.isNumber }) {
            return failed("cannot start '\(request.executable)' (\(String(cString: strerror(code))))")
        }
        if status & 0x7F == 0 {
            termination = .exited((status >> 8) & 0xFF)
        } else {
            termination = .signalled(status & 0x7F)
        }
        return Outcome(termination: termination, standardOutput: output, standardError: errorOutput, errorTruncated: errorTruncated, seconds: elapsed())
    }
}

#if os(Linux)
/// glibc's `pipe2(2)`, which the Glibc module does not export (it sits behind `_GNU_SOURCE`).
@_silgen_name("pipe2")
private func linuxPipe2(_ descriptors: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32
#endif
