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
}
