import Foundation
import Testing

/// A command whose standard output cannot be written (a full disk, a reader that went away)
/// says so once and exits with a status, never a trap.
@Suite struct StandardOutputFailureTests {
    /// Runs `clipbench` with its standard output connected to `output`, through `/bin/sh` so
    /// SIGPIPE can be ignored as some parents (Python's subprocess, CI runners) leave it.
    private func run(_ arguments: [String], output: FileHandle, ignoringSIGPIPE: Bool) throws -> (status: Int32, stderr: String) {
        let binary = try #require(CommandRunner.binaryURL)
        let stderrURL = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: stderrURL) }
        let errors = try FileHandle(forWritingTo: stderrURL)
        defer { try? errors.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let trap = ignoringSIGPIPE ? "trap '' PIPE; " : ""
        process.arguments = ["-c", trap + "exec \"$0\" \"$@\"", binary.path] + arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, stderr)
    }

    @Test(arguments: [["gold"], ["stats"], ["show", "002_545d3a95fd3ea7b3"], ["score", "--bootstrap", "0"]])
    func aFullDiskIsOneDiagnosticAndExitOne(arguments: [String]) throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }  // Linux only
        defer { try? full.close() }
        let result = try run(arguments, output: full, ignoringSIGPIPE: false)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("<stdout>: error: cannot write: No space left on device"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test(arguments: [["gold"], ["extract"], ["score", "--format", "json", "--bootstrap", "0"]])
    func aClosedPipeEndsQuietly(arguments: [String]) throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()  // nobody will ever read: the first write fails
        defer { try? pipe.fileHandleForWriting.close() }
        let result = try run(arguments, output: pipe.fileHandleForWriting, ignoringSIGPIPE: true)
        #expect(result.status == 141, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
        #expect(!result.stderr.contains("cannot write"), "\(result.stderr)")
    }
}
