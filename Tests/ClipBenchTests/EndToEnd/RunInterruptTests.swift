import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stopping `clipbench run` (kill, or Ctrl-C, which never reaches the extractors' own process
/// groups) stops the extractors too, instead of leaving them running as orphans.
@Suite struct RunInterruptTests {
    @Test func terminatingRunKillsTheExtractor() throws {
        let binary = try #require(CommandRunner.binaryURL)
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let pidFile = dataset.root.appendingPathComponent("extractor.pid")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["run", TemporaryDataset.sampleID, "--dataset", dataset.root.path, "--stdin", "--shell",
                             "--timeout", "600", "--command", "echo $$ > '\(pidFile.path)'; exec sleep 600"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait (bounded) until the extractor has started and written its pid.
        var extractor: pid_t?
        for _ in 0..<1000 where extractor == nil {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                extractor = pid
            } else {
                usleep(10_000)
            }
        }
        let pid = try #require(extractor, "the extractor never started")
        process.terminate()  // SIGTERM
        process.waitUntilExit()

        var alive = true
        for _ in 0..<500 where alive {
            alive = kill(pid, 0) == 0
            if alive { usleep(10_000) }
        }
        if alive { kill(pid, SIGKILL) }  // leave nothing behind, whatever the outcome
        #expect(!alive, "the extractor outlived clipbench run")
        #expect(process.terminationStatus == 128 + SIGTERM)
    }

    // MARK: - Descendants that leave the group, and a run killed with kill -9 (issue 12)

    /// An extractor that starts a child in a session of its own (`setsid`), writes both pids,
    /// then sleeps: the child is outside the extractor's process group.
    private static let leavingChildCommand = "setsid sh -c 'echo $$ > \"$0.child\"; exec sleep 600' \"$PIDS\" </dev/null >/dev/null 2>&1 & "
        + "echo $$ > \"$PIDS.extractor\"; exec sleep 600"

    /// Starts `clipbench run` with the extractor above; gives the process and the two pids.
    private func startRun(in dataset: TemporaryDataset, timeout: Int) throws -> (Process, extractor: pid_t, child: pid_t) {
        let binary = try #require(CommandRunner.binaryURL)
        let pids = dataset.root.appendingPathComponent("pids").path
        let process = Process()
        process.executableURL = binary
        process.arguments = ["run", TemporaryDataset.sampleID, "--dataset", dataset.root.path, "--stdin", "--shell",
                             "--timeout", String(timeout), "--command", Self.leavingChildCommand]
        process.environment = ProcessInfo.processInfo.environment.merging(["PIDS": pids]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func waitForPid(_ path: String) -> pid_t? {
            for _ in 0..<1000 {
                if let text = try? String(contentsOfFile: path, encoding: .utf8),
                   let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
                usleep(10_000)
            }
            return nil
        }
        let extractor = try #require(waitForPid(pids + ".extractor"), "the extractor never started")
        let child = try #require(waitForPid(pids + ".child"), "the extractor's child never started")
        return (process, extractor, child)
    }

    /// Whether `pid` is a live process (a zombie, dead but not yet reaped, is not).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return kill(pid, 0) == 0 }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    /// Waits (bounded) for every pid to end; kills the survivors so nothing is left behind.
    private static func survivors(of pids: [pid_t]) -> [pid_t] {
        for _ in 0..<500 where pids.contains(where: isRunning) { usleep(10_000) }
        let left = pids.filter(isRunning)
        left.forEach { kill($0, SIGKILL) }
        return left
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "needs Linux's /proc"))
    func aChildThatLeftTheGroupDiesAtTheTimeout() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let (process, extractor, child) = try startRun(in: dataset, timeout: 2)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(Self.survivors(of: [extractor, child]).isEmpty, "the setsid() child outlived the timeout")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "needs Linux's /proc"))
    func aChildThatLeftTheGroupDiesWhenRunIsTerminated() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let (process, extractor, child) = try startRun(in: dataset, timeout: 600)
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(Self.survivors(of: [extractor, child]).isEmpty, "the setsid() child outlived clipbench run")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "needs Linux's /proc"))
    func theExtractorsDieWhenRunIsKilledWithSignalNine() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let (process, extractor, child) = try startRun(in: dataset, timeout: 600)
        kill(process.processIdentifier, SIGKILL)  // no handler runs: only the parent-death signal helps
        process.waitUntilExit()
        #expect(Self.survivors(of: [extractor, child]).isEmpty, "the extractor outlived a kill -9 of clipbench run")
    }
}
