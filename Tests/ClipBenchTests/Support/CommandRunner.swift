import Foundation

/// What one run of the `clipbench` binary produced.
struct CommandResult: Sendable, CustomStringConvertible {
    /// The exit status (or the signal number when the process was killed by one).
    var status: Int32
    /// Standard output, decoded as UTF-8 (invalid bytes replaced).
    var stdout: String
    /// Standard error, decoded as UTF-8 (invalid bytes replaced).
    var stderr: String
    /// Standard output, byte for byte.
    var stdoutData: Data

    /// The lines of standard output, without their line breaks and without a final empty line.
    var stdoutLines: [String] { Self.lines(of: stdout) }
    /// The lines of standard error, without their line breaks and without a final empty line.
    var stderrLines: [String] { Self.lines(of: stderr) }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }

    private static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// Runs the real, built `clipbench` binary for end-to-end tests.
///
/// The binary is found, in this order: the `CLIPBENCH_BINARY` environment variable; next to the
/// test bundle (the products folder of the current build, which holds `clipbench` because the
/// test target depends on `ClipBenchCLI`); `.build/debug/clipbench` under the package root.
///
/// ```swift
/// let result = try CommandRunner.run(["validate"], in: dataset.root)
/// #expect(result.status == 1)
/// #expect(result.stderr.contains("error:"))
/// ```
enum CommandRunner {
    /// An error the runner itself hit (not a failure of the command under test).
    struct RunnerError: Error, CustomStringConvertible {
        var description: String
    }

    /// The package's root folder, found from this file's path (Tests/ClipBenchTests/Support/).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // ClipBenchTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .standardizedFileURL

    /// The folder of test fixtures, `Tests/ClipBenchTests/Fixtures`.
    static let fixturesFolder: URL = packageRoot.appendingPathComponent("Tests/ClipBenchTests/Fixtures", isDirectory: true)

    /// The gold cache folder of every `clipbench` this test process starts: a new temporary folder,
    /// set as `CLIPBENCH_CACHE_DIR` in this process's own environment (so children started without
    /// the runner inherit it too) and removed at exit. No test writes into the user's `~/.cache`.
    static let cacheFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-test-cache-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        setenv("CLIPBENCH_CACHE_DIR", folder.path, 1)
        atexit { try? FileManager.default.removeItem(at: CommandRunner.cacheFolder) }
        return folder
    }()

    /// The `clipbench` executable, or nil when none was found.
    static let binaryURL: URL? = {
        // Every test that starts the binary finds it here first: the cache folder is set before.
        _ = cacheFolder
        let manager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["CLIPBENCH_BINARY"], manager.isExecutableFile(atPath: override) {
            return URL(fileURLWithPath: override)
        }
        var folders: [URL] = []
        // On Linux the test bundle is an executable `…/debug/ClipBenchPackageTests.xctest`; on macOS
        // a bundle folder inside the products folder. Either way its parent is the products folder.
        let bundle = Bundle.main.bundleURL
        folders.append(bundle)
        folders.append(bundle.deletingLastPathComponent())
        if let executable = CommandLine.arguments.first {
            let url = URL(fileURLWithPath: executable).standardizedFileURL
            folders.append(url.deletingLastPathComponent())
            folders.append(url.deletingLastPathComponent().deletingLastPathComponent())
        }
        for argument in CommandLine.arguments where argument.hasSuffix(".xctest") {
            folders.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        folders.append(packageRoot.appendingPathComponent(".build/debug", isDirectory: true))
        for folder in folders {
            let candidate = folder.appendingPathComponent("clipbench")
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               manager.isExecutableFile(atPath: candidate.path) {
                return candidate.standardizedFileURL
            }
        }
        return nil
    }()

    /// Runs `clipbench` with `arguments` and waits for it.
    ///
    /// - Parameters:
    ///   - arguments: the arguments after the program name, e.g. `["validate", "--strict"]`.
    ///   - directory: the working directory; the package root when nil.
    ///   - stdin: text fed to standard input; nothing (end of file at once) when nil.
    ///   - environment: variables added to (or replacing those of) the test's environment.
    ///     `NO_COLOR=1` is always set so output carries no colour codes.
    /// - Returns: the exit status and both outputs.
    /// - Throws: ``RunnerError`` when the binary is missing or cannot be started.
    static func run(
        _ arguments: [String], in directory: URL? = nil, stdin: String? = nil, environment: [String: String] = [:]
    ) throws -> CommandResult {
        try run(arguments, in: directory, stdinData: stdin.map { Data($0.utf8) }, environment: environment)
    }

    /// Like ``run(_:in:stdin:environment:)`` with standard input given as bytes.
    static func run(
        _ arguments: [String], in directory: URL? = nil, stdinData: Data?, environment: [String: String] = [:]
    ) throws -> CommandResult {
        guard let binary = binaryURL else {
            throw RunnerError(description: "the clipbench binary was not found next to the test bundle (\(Bundle.main.bundleURL.path)); run `swift build` or set CLIPBENCH_BINARY")
        }
        let manager = FileManager.default
        // Outputs go to files, not pipes, so a large output cannot fill a pipe and deadlock.
        let scratch = manager.temporaryDirectory.appendingPathComponent("clipbench-run-\(UUID().uuidString)", isDirectory: true)
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        let stdinURL = scratch.appendingPathComponent("stdin")
        _ = manager.createFile(atPath: stdoutURL.path, contents: nil)
        _ = manager.createFile(atPath: stderrURL.path, contents: nil)
        _ = manager.createFile(atPath: stdinURL.path, contents: stdinData ?? Data())

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        variables["CLIPBENCH_CACHE_DIR"] = cacheFolder.path
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let output = try FileHandle(forWritingTo: stdoutURL)
        let errors = try FileHandle(forWritingTo: stderrURL)
        let input = try FileHandle(forReadingFrom: stdinURL)
        defer {
            try? output.close()
            try? errors.close()
            try? input.close()
        }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        do {
            try process.run()
        } catch {
            throw RunnerError(description: "could not start \(binary.path): \(error)")
        }
        process.waitUntilExit()
        let stdoutData = (try? Data(contentsOf: stdoutURL)) ?? Data()
        let stderrData = (try? Data(contentsOf: stderrURL)) ?? Data()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self),
            stdoutData: stdoutData)
    }
}
