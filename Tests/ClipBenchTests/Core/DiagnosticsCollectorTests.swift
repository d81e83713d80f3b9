import Testing
@testable import ClipBench

struct DiagnosticsCollectorTests {
    /// The project's location, not Swift Testing's.
    typealias SourceLocation = ClipBenchCore.SourceLocation

    private static let here = SourceLocation(path: "Annotations/a.yaml", line: 3, column: 5)

    @Test(arguments: [
        // errors, warnings, strict → fails
        (0, 0, false, false), (0, 0, true, false),
        (1, 0, false, true), (0, 1, false, false), (0, 1, true, true), (2, 3, true, true),
    ])
    func failsOnErrorsAndOnWarningsOnlyWhenStrict(errors: Int, warnings: Int, strict: Bool, fails: Bool) {
        var collector = DiagnosticsCollector(treatWarningsAsErrors: strict)
        for index in 0..<errors { collector.error("error \(index)", at: Self.here) }
        for index in 0..<warnings { collector.warning("warning \(index)", at: Self.here) }
        collector.note("notes never fail a run", at: Self.here)
        #expect(collector.errorCount == errors)
        #expect(collector.warningCount == warnings)
        #expect(collector.hasFailures == fails)
    }

    @Test func keepsEveryDiagnosticInOrder() {
        var collector = DiagnosticsCollector()
        collector.warning("first", at: Self.here)
        collector.append(Diagnostic(.error, "second", at: SourceLocation(path: "b.yaml")))
        collector.append(contentsOf: [Diagnostic(.note, "third", at: Self.here), Diagnostic(.error, "fourth", at: Self.here)])
        #expect(collector.diagnostics.map(\.message) == ["first", "second", "third", "fourth"])
        #expect(collector.diagnostics.map(\.severity) == [.warning, .error, .note, .error])
    }

    @Test(arguments: [
        (0, 0, 0, "0 errors, 0 warnings in 0 files"),
        (1, 1, 1, "1 error, 1 warning in 1 file"),
        (2, 3, 5, "2 errors, 3 warnings in 5 files"),
    ])
    func summarisesWithPlurals(errors: Int, warnings: Int, files: Int, expected: String) {
        var collector = DiagnosticsCollector()
        for _ in 0..<errors { collector.error("e", at: Self.here) }
        for _ in 0..<warnings { collector.warning("w", at: Self.here) }
        #expect(collector.summary(files: files) == expected)
    }

    @Test(arguments: [
        (SourceLocation(path: "a.yaml", line: 4, column: 12), "a.yaml:4:12: error: m"),
        (SourceLocation(path: "a.yaml", line: 4), "a.yaml:4: error: m"),
        (SourceLocation(path: "a.yaml"), "a.yaml: error: m"),
        // A column without a line cannot be shown.
        (SourceLocation(path: "a.yaml", column: 7), "a.yaml: error: m"),
    ])
    func printsTheLocationItHas(location: SourceLocation, expected: String) {
        #expect(Diagnostic(.error, "m", at: location).description == expected)
    }

    @Test func ordersSeverities() {
        #expect(Diagnostic.Severity.note < .warning && Diagnostic.Severity.warning < .error)
        #expect([Diagnostic.Severity.error, .note, .warning].sorted() == [.note, .warning, .error])
        #expect([Diagnostic.Severity.note, .error].max() == .error)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a\u{1B}[31m\nb", "a\u{241B}[31m\u{240A}b"),
        ("tab\there", "tab\u{2409}here"),
        ("nul\u{0}", "nul\u{2400}"),
        ("del\u{7F}", "del\u{2421}"),
        ("c1\u{9B}31m", "c1\\u{9B}31m"),
        // Text outside the control ranges, including RTL marks and emoji, is left as it is.
        ("مُحَمَّد\u{200F} 😀", "مُحَمَّد\u{200F} 😀"),
    ])
    func showsControlCharactersAsVisibleStandIns(text: String, expected: String) {
        #expect(DiagnosticPrinter.visible(text) == expected)
    }

    @Test func rendersOneLineColouredOnlyWhenAsked() {
        let diagnostic = Diagnostic(.warning, "line\nbreak", at: SourceLocation(path: "x\u{1B}.yaml", line: 1, column: 2))
        #expect(DiagnosticPrinter.render(diagnostic, colour: false) == "x\u{241B}.yaml:1:2: warning: line\u{240A}break")
        #expect(DiagnosticPrinter.render(diagnostic, colour: true)
            == "x\u{241B}.yaml:1:2: \u{1B}[1;33mwarning:\u{1B}[0m line\u{240A}break")
        let error = Diagnostic(.error, "m", at: SourceLocation(path: "p"))
        #expect(DiagnosticPrinter.render(error, colour: true) == "p: \u{1B}[1;31merror:\u{1B}[0m m")
    }
}
