import Foundation
import Testing
@testable import ClipBench

struct ColourPolicyTests {
    /// no-color.org: a set `NO_COLOR` turns colour off whatever its value, the empty string too.
    @Test(arguments: [
        (true, [String: String](), true), (false, [:], false), (true, ["NO_COLOR": "1"], false),
        (true, ["NO_COLOR": ""], false), (true, ["NO_COLOR": "0"], false), (false, ["NO_COLOR": ""], false),
        (true, ["TERM": "dumb"], true),
    ])
    func coloursOnlyOnATerminalWithoutNO_COLOR(isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(ColourPolicy.allowsColour(isTerminal: isTerminal, environment: environment) == expected)
    }
}

/// The diagnostics and the score table follow the one policy, on a real terminal.
struct ColourOnATerminalTests {
    /// A predictions file with one unknown id: a warning on standard error, then the scorecard.
    static func run(environment: [String: String], removing: [String] = []) throws -> String {
        let folder = try ScratchFolder()
        let predictions = try folder.write("p.jsonl", "{\"id\": \"999_nosuchclipping\"}\n")
        let result = try CommandRunner.runOnTerminal(["score", predictions.path, "--allow-invalid", "--bootstrap", "0"],
                                                     environment: environment, removing: removing)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("warning:"), "\(result.output)")
        #expect(result.output.contains("ClipBench scorecard: p"), "\(result.output)")
        return result.output
    }

    @Test(arguments: ["", "1"])
    func noColourAnywhereWhenNO_COLORIsSet(value: String) throws {
        let output = try Self.run(environment: ["NO_COLOR": value])
        #expect(!output.contains("\u{1B}["), "coloured under NO_COLOR=\(value): \(output.debugDescription)")
    }

    @Test func coloursBothWhenNO_COLORIsUnset() throws {
        let output = try Self.run(environment: [:], removing: ["NO_COLOR"])
        let lines = output.components(separatedBy: "\r\n")
        #expect(lines.contains { $0.contains("warning") && $0.contains("\u{1B}[") }, "\(output.debugDescription)")
        #expect(lines.contains { $0.contains("ClipBench scorecard") && $0.contains("\u{1B}[") }, "\(output.debugDescription)")
    }
}
