import Testing
@testable import ClipBench

struct ExtractorCommandTests {
    @Test(arguments: [
        ("python3 dates.py {file}", ["python3", "dates.py", "{file}"]),
        ("tool 'two words' \"a \\\"b\\\"\" c\\ d", ["tool", "two words", "a \"b\"", "c d"]),
        ("  spaced   out  ", ["spaced", "out"]),
        ("empty '' arg", ["empty", "", "arg"]),
    ])
    func splitsLikeAShell(template: String, words: [String]) throws {
        #expect(try ExtractorCommand(template: template).words == words)
    }

    @Test(arguments: ["", "   ", "'unclosed", "\"also"])
    func rejectsUnusableTemplates(template: String) {
        #expect(throws: ExtractorCommand.Problem.self) { try ExtractorCommand(template: template) }
    }

    @Test func putsThePathInPlace() throws {
        let plain = try ExtractorCommand(template: "x --in={file}").invocation(path: "/a b/c.txt")
        #expect(plain.executable == "x" && plain.arguments == ["--in=/a b/c.txt"])
        let shell = try ExtractorCommand(template: "x {file} | y", usesShell: true).invocation(path: "/it's.txt")
        #expect(shell.executable == "/bin/sh")
        #expect(shell.arguments == ["-c", "x '/it'\\''s.txt' | y"])
    }
}

struct ProgressBarTests {
    @Test(arguments: [(0, 4, "\r[........] 0/4"), (3, 4, "\r[######..] 3/4"), (4, 4, "\r[########] 4/4"), (0, 0, "\r[########] 0/0")])
    func drawsTheShareDone(done: Int, total: Int, line: String) {
        #expect(ProgressBar.line(done: done, total: total, width: 8) == line)
    }
}
