import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `-o FILE` streams the result into a temporary file that gets its name once complete: the file
/// holds exactly what standard output would, is not created when the command fails, is never
/// overwritten without --force, and no temporary file is left beside it.
@Suite struct StreamedOutputTests {
    /// A dataset with the gold as predictions and a gate pinned on them, in a folder of its own.
    private struct Setup {
        var dataset: TemporaryDataset
        var predictions: URL
        var gate: URL
        var output: URL { dataset.root.appendingPathComponent("out/result") }

        init() throws {
            dataset = try TemporaryDataset.synthetic()
            predictions = dataset.root.appendingPathComponent("gold.jsonl")
            try CommandRunner.run(["gold", "--dataset", dataset.root.path]).stdoutData.write(to: predictions)
            gate = dataset.root.appendingPathComponent("gate.yaml")
            let pinned = try CommandRunner.run(["check", predictions.path, "--gate", gate.path, "--update", "--bootstrap", "0", "--dataset", dataset.root.path])
            try #require(pinned.status == 0, "\(pinned)")
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        }

        func arguments(_ template: [String]) -> [String] {
            template.map { $0 == "PREDICTIONS" ? predictions.path : $0 == "GATE" ? gate.path : $0 } + ["--dataset", dataset.root.path]
        }

        /// Every name in the output's folder, hidden ones included.
        var namesBesideOutput: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []).sorted()
        }
    }

    static let commands: [[String]] = [
        ["score", "PREDICTIONS", "--bootstrap", "20", "--format", "json"],
        ["score", "PREDICTIONS", "--bootstrap", "0", "--format", "markdown"],
        ["score", "PREDICTIONS", "--bootstrap", "0", "--format", "table"],
        ["score", "PREDICTIONS", "--bootstrap", "0", "--format", "junit"],
        ["score", "PREDICTIONS", "--bootstrap", "0", "--format", "html"],
        ["score", "--bootstrap", "0", "--format", "json"],
        ["check", "PREDICTIONS", "--gate", "GATE", "--bootstrap", "0"],
        ["check", "PREDICTIONS", "--gate", "GATE", "--bootstrap", "0", "--format", "junit"],
        ["compare", "PREDICTIONS", "PREDICTIONS", "--bootstrap", "0", "--format", "json"],
        ["show", TemporaryDataset.sampleID, "--format", "html"],
        ["run", "--stdin", "--shell", "--command", "cat >/dev/null; echo '{\"headline\": null}'"],
    ]

    /// What `-o result` leaves beside it: the file alone, and for `run` its run log too.
    static func namesWritten(by command: [String]) -> [String] {
        command.first == "run" ? ["result", "result.run.jsonl"] : ["result"]
    }

    @Test(arguments: commands)
    func theFileHoldsExactlyWhatStandardOutputWould(command: [String]) throws {
        let setup = try Setup()
        defer { setup.dataset.remove() }

        let printed = try CommandRunner.run(setup.arguments(command))
        let written = try CommandRunner.run(setup.arguments(command) + ["-o", setup.output.path])

        #expect(printed.status == 0, "\(printed)")
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty, "\(written)")
        #expect(!printed.stdoutData.isEmpty)
        #expect(FileManager.default.contents(atPath: setup.output.path) == printed.stdoutData)
        #expect(setup.namesBesideOutput == Self.namesWritten(by: command))
    }

    @Test(arguments: commands)
    func anExistingFileIsKeptWithoutForceAndReplacedWithIt(command: [String]) throws {
        let setup = try Setup()
        defer { setup.dataset.remove() }
        try Data("the user's own file\n".utf8).write(to: setup.output)

        let refused = try CommandRunner.run(setup.arguments(command) + ["-o", setup.output.path])

        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("result: error: already exists; not overwritten; pass --force"), "\(refused)")
        #expect(try String(contentsOf: setup.output, encoding: .utf8) == "the user's own file\n")
        #expect(setup.namesBesideOutput == ["result"])

        let forced = try CommandRunner.run(setup.arguments(command) + ["-o", setup.output.path, "--force"])
        let printed = try CommandRunner.run(setup.arguments(command))

        #expect(forced.status == 0, "\(forced)")
        #expect(FileManager.default.contents(atPath: setup.output.path) == printed.stdoutData)
        #expect(setup.namesBesideOutput == Self.namesWritten(by: command))
    }

    /// Invalid predictions fail the run after the gold is read: no file, no temporary file.
    @Test(arguments: [
        ["score", "BROKEN", "--bootstrap", "0", "--format", "json"],
        ["score", "BROKEN", "--bootstrap", "0", "--format", "markdown"],
        ["score", "BROKEN", "--bootstrap", "0", "--format", "table"],
        ["check", "BROKEN", "--gate", "GATE", "--bootstrap", "0"],
    ])
    func aFailedRunCreatesNoFile(command: [String]) throws {
        let setup = try Setup()
        defer { setup.dataset.remove() }
        let broken = setup.dataset.root.appendingPathComponent("broken.jsonl")
        try Data("{\"id\": \"\(TemporaryDataset.sampleID)\", \"headline\": 3}\n".utf8).write(to: broken)

        let result = try CommandRunner.run(setup.arguments(command.map { $0 == "BROKEN" ? broken.path : $0 }) + ["-o", setup.output.path])

        #expect(result.status == 1, "\(result)")
        #expect(setup.namesBesideOutput == [])
    }

    /// `run -o FILE` stopped by a signal leaves neither the file nor its spool or temporary file.
    @Test func anInterruptedRunLeavesNothingBesideTheOutput() throws {
        let binary = try #require(CommandRunner.binaryURL)
        let setup = try Setup()
        defer { setup.dataset.remove() }
        let started = setup.dataset.root.appendingPathComponent("started")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["run", TemporaryDataset.sampleID, "--dataset", setup.dataset.root.path, "--stdin", "--shell", "--timeout", "600",
                             "-o", setup.output.path, "--command", "touch '\(started.path)'; exec sleep 600"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<1000 where !FileManager.default.fileExists(atPath: started.path) { usleep(10_000) }
        try #require(FileManager.default.fileExists(atPath: started.path), "the extractor never started")

        process.terminate()
        process.waitUntilExit()

        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(setup.namesBesideOutput == [])
    }

    /// Results come out sorted by id whatever order the extractors finish in, byte for byte the
    /// gold they print.
    @Test func runWritesTheResultsSortedWhateverOrderTheyFinishIn() throws {
        let dataset = try TemporaryDataset.copyOfPackage()
        defer { dataset.remove() }
        let gold = dataset.root.appendingPathComponent("gold.jsonl")
        let printed = try CommandRunner.run(["gold", "--dataset", dataset.root.path])
        try printed.stdoutData.write(to: gold)
        let output = dataset.root.appendingPathComponent("run.jsonl")
        // The first clippings by id take longest, so they finish last.
        let command = "sleep $(( $(grep -n \"$CLIPBENCH_ID\" '\(gold.path)' | cut -d: -f1) < 3 ? 1 : 0 )); grep \"\\\"$CLIPBENCH_ID\\\"\" '\(gold.path)' # {file}"

        let result = try CommandRunner.run(["run", "--dataset", dataset.root.path, "--shell", "--jobs", "5", "--command", command, "-o", output.path])

        #expect(result.status == 0, "\(result)")
        #expect(FileManager.default.contents(atPath: output.path) == printed.stdoutData)
    }
}
