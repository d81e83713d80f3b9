import Foundation
import Testing
import Yams
@testable import ClipBench

/// The one YAML escaper: whatever it writes, YAML reads back as the very same string.
struct YAMLEscapingTests {
    static let tricky = [
        "plain", "a \"quoted\" \\ word", "سطر\nثان", "line\u{2028}separator", "next\u{85}line", "para\u{2029}graph",
        "mid\u{FEFF}bom", "bell\u{7}", "c1\u{9B}", "😀 outside the BMP", "شَدّة وحركات", "yes", "null", "3.0", "- dash", "key: value",
        "a #comment", " leading", "trailing ", "tab\there", "\r\n",
    ]

    @Test(arguments: tricky)
    func doubleQuotedReadsBackTheSame(text: String) throws {
        let node = try #require(try Yams.compose(yaml: "value: \(YAMLEscaping.doubleQuoted(text))\n"))
        #expect(node["value"]?.string == text)
        #expect(node["value"]?.string?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
    }

    @Test(arguments: tricky)
    func scalarReadsBackTheSameString(text: String) throws {
        let written = YAMLEscaping.scalar(text)
        let node = try #require(try Yams.compose(yaml: "value: \(written)\n"))
        #expect(node["value"]?.string.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars), "\(written)")
        // A plain scalar must not be read as another type.
        if !written.hasPrefix("\"") { #expect(node["value"]?.tag.description == "tag:yaml.org,2002:str" || node["value"]?.tag.description == "?") }
    }

    @Test func lineBreaksOtherThanNewlineAreEscaped() {
        #expect(YAMLEscaping.doubleQuoted("a\u{2028}b\u{85}c\u{2029}") == #""a\Lb\Nc\P""#)
    }
}
