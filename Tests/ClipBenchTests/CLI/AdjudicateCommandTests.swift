import Foundation
import Testing
@testable import ClipBench

struct AdjudicateCommandTests {
    /// a/ is the reference; b/ types the embassy MISC, links the body's embassy elsewhere, labels the
    /// last line body and leaves out «يوم الأحد».
    func makeFixture() throws -> AgreementDataset {
        let fixture = try AgreementDataset()
        try fixture.write(AgreementDataset.Version(), to: "a")
        var other = AgreementDataset.Version()
        other.embassyType = "MISC"
        other.bodyEmbassyID = "russian-foreign-ministry"
        other.lastLineLabel = "body"
        other.includesSunday = false
        try fixture.write(other, to: "b")
        return fixture
    }

    func keys(_ fixture: AgreementDataset) throws -> [String] {
        let listed = try CommandRunner.run(["adjudicate", "--dataset", fixture.dataset.root.path, "--list", fixture.path("a"), fixture.path("b")])
        #expect(listed.status == 0, "\(listed)")
        return listed.stdoutLines.filter { $0.hasPrefix("[") }.map { String($0.dropFirst().prefix { $0 != "]" }) }
    }

    @Test func listsEveryDisagreementWithItsLine() throws {
        let fixture = try makeFixture()
        defer { fixture.dataset.remove() }
        let listed = try CommandRunner.run(["adjudicate", "--dataset", fixture.dataset.root.path, "--list", fixture.path("a"), fixture.path("b")])
        #expect(listed.status == 0, "\(listed)")
        #expect(try keys(fixture) == ["embassy/1", "embassy/2", "embassy/3", "embassy/4"])
        #expect(listed.stdout.contains("[embassy/3] entity [62, 77) «السفارة الروسية»: ORG ≠ MISC; registry id russian-embassy ≠ russian-foreign-ministry"))
        #expect(listed.stdout.contains("  line 3: أعلنت ⟦السفارة الروسية⟧ في القاهرة 🎉 أن"))
        #expect(listed.stdout.contains("/b): nothing"))
    }

    @Test func appliesAChoicesFileAndTheResultValidates() throws {
        let fixture = try makeFixture()
        defer { fixture.dataset.remove() }
        let root = fixture.dataset.root.path
        // Right for the last line's label (item 1), left for both embassies, neither for «يوم الأحد».
        let choices = fixture.path("choices.txt")
        try Data("# adjudicated by hand\nembassy/1 right\nembassy/2 left\nembassy/3 l   # keep the registry id\nembassy/4 neither\n".utf8).write(to: URL(fileURLWithPath: choices))
        let result = try CommandRunner.run(["adjudicate", "--dataset", root, fixture.path("a"), fixture.path("b"), "-o", fixture.path("c"), "--choices", choices])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("4 disagreements decided; wrote 1 annotation"))
        let validated = try CommandRunner.run(["validate", "--dataset", root, "--strict", fixture.path("c")])
        #expect(validated.status == 0, "\(validated)")
        var expected = AgreementDataset.Version()
        expected.lastLineLabel = "body"
        expected.includesSunday = false
        try fixture.write(expected, to: "expected")
        let agreement = try CommandRunner.run(["agree", "--dataset", root, fixture.path("expected"), fixture.path("c")])
        #expect(agreement.stdout.contains("No disagreements."), "\(agreement.stdout)")
        let again = try CommandRunner.run(["adjudicate", "--dataset", root, fixture.path("a"), fixture.path("b"), "-o", fixture.path("c"), "--choices", choices])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; not overwritten; pass --force"))
        let forced = try CommandRunner.run(["adjudicate", "--dataset", root, fixture.path("a"), fixture.path("b"), "-o", fixture.path("c"), "--choices", choices, "--force"])
        #expect(forced.status == 0, "\(forced)")
    }

    @Test func refusesAnInvalidResultAndWritesNothing() throws {
        let fixture = try makeFixture()
        defer { fixture.dataset.remove() }
        let choices = fixture.path("choices.txt")
        // MISC for the headline's embassy contradicts the registry's ORG.
        try Data("embassy/1 left\nembassy/2 right\nembassy/3 left\nembassy/4 left\n".utf8).write(to: URL(fileURLWithPath: choices))
        let output = fixture.path("c/embassy.yaml")
        try FileManager.default.createDirectory(atPath: fixture.path("c"), withIntermediateDirectories: true)
        let result = try CommandRunner.run(["adjudicate", "--dataset", fixture.dataset.root.path, fixture.path("a/embassy.yaml"), fixture.path("b/embassy.yaml"), "-o", output, "--choices", choices])
        #expect(result.status == 1)
        #expect(result.stderr.contains("has type MISC, but the registry gives 'russian-embassy' type ORG"))
        #expect(result.stderr.contains("does not validate; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func reportsBadChoicesAtTheirLine() throws {
        let fixture = try makeFixture()
        defer { fixture.dataset.remove() }
        let choices = fixture.path("choices.txt")
        try Data("embassy/1 right\nembassy/7 left\nembassy/2 sideways\n".utf8).write(to: URL(fileURLWithPath: choices))
        let result = try CommandRunner.run(["adjudicate", "--dataset", fixture.dataset.root.path, fixture.path("a"), fixture.path("b"), "-o", fixture.path("c"), "--choices", choices])
        #expect(result.status == 1)
        #expect(result.stderrLines.contains { $0.hasSuffix("choices.txt:2:1: error: no disagreement has the key 'embassy/7' (clipbench adjudicate --list shows them)") })
        #expect(result.stderrLines.contains { $0.hasSuffix("choices.txt:3:11: error: the choice 'sideways' is not left, right or neither") })
        #expect(result.stderr.contains("no choice for embassy/2 and 2 more"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path("c")))
    }

    @Test func needsChoicesWhenStandardInputIsNoTerminal() throws {
        let fixture = try makeFixture()
        defer { fixture.dataset.remove() }
        let result = try CommandRunner.run(["adjudicate", "--dataset", fixture.dataset.root.path, fixture.path("a"), fixture.path("b"), "-o", fixture.path("c")], stdin: "r\nl\nl\nn\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--choices FILE"))
    }

    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    /// The prompt path on a real pseudo-terminal: `script` runs the command with a terminal as its
    /// standard input and passes our piped answers through; a wrong answer is asked again.
    @Test(.enabled(if: hasScript, "needs /usr/bin/script for a pseudo-terminal"))
    func asksOnATerminal() throws {
        let fixture = try makeFixture()
        defer { fixture.dataset.remove() }
        let binary = try #require(CommandRunner.binaryURL)
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = ([binary.path, "adjudicate", "--dataset", fixture.dataset.root.path, fixture.path("a"), fixture.path("b"), "-o", fixture.path("c")]).map(quoted).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // A terminal's line discipline passes typed lines on as the program reads them.
        input.fileHandleForWriting.write(Data("maybe\nr\nleft\nLEFT\nn\n".utf8))
        let transcript = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationStatus == 0, "\(transcript)")
        #expect(transcript.contains("(1 of 4) [embassy/1]"))
        #expect(transcript.components(separatedBy: "(1 of 4)").count == 3, "the wrong answer is asked again")
        #expect(transcript.contains("(l)eft, (r)ight or (n)either?"))
        let validated = try CommandRunner.run(["validate", "--dataset", fixture.dataset.root.path, "--strict", fixture.path("c")])
        #expect(validated.status == 0, "\(validated)")
        let written = try String(contentsOfFile: fixture.path("c/embassy.yaml"), encoding: .utf8)
        #expect(!written.contains("text: \"يوم الأحد\""))
        #expect(written.contains("label: body}\n"))
    }
}
