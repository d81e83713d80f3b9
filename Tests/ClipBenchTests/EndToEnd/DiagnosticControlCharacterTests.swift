import Foundation
import Testing
import ClipBench

/// Text quoted from a hostile file (an escape sequence or a line break in a prediction's id)
/// reaches the terminal as visible control pictures: it cannot recolour or retitle the terminal
/// and each diagnostic stays on one line.
@Suite struct DiagnosticControlCharacterTests {
    @Test func anEscapeSequenceInAPredictionIsShownNotObeyed() throws {
        let dataset = try TemporaryDataset.synthetic()
        defer { dataset.remove() }
        let predictions = #"{"id": "x\u001b[2J\u001b]0;owned\u0007\ny"}"# + "\n"

        let result = try CommandRunner.run(["score", "-", "--bootstrap", "0", "--dataset", dataset.root.path], stdin: predictions)

        #expect(result.status == 1, "\(result)")
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(result)")
        let line = try #require(result.stderrLines.first { $0.contains("unknown clipping id") }, "\(result)")
        #expect(line.contains("x␛[2J␛]0;owned␇␊y"), "\(result)")
    }

    @Test(arguments: [("a\u{1B}b", "a␛b"), ("tab\there", "tab␉here"), ("\u{7F}", "␡"), ("\u{9B}", "\\u{9B}"), ("مُحَمَّد", "مُحَمَّد")])
    func visibleReplacesOnlyControlCharacters(input: String, expected: String) {
        #expect(DiagnosticPrinter.visible(input) == expected)
    }
}
