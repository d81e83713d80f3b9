import Testing
@testable import ClipBench

/// The one JSON parser: what it accepts, what it refuses, and where it says the problem is.
struct JSONParserTests {
    @Test(arguments: [
        (#"{"b": 1, "a": [true, null]}"#, JSONValue.object([("b", .integer(1)), ("a", .array([.bool(true), .null]))])),
        (#"3"#, .integer(3)),
        (#"3.0"#, .number(3.0)),
        (#"-0.5e2"#, .number(-50)),
        (#"99999999999999999999"#, .number(1e20)),
        (#""\u0069d""#, .string("id")),
        (#""\ud83d\ude00""#, .string("😀")),
        (#""شَدّة""#, .string("شَدّة")),
        ("\u{FEFF}{}", .object([])),
        (#" [ ] "#, .array([])),
    ])
    func parsesValuesExactly(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test(arguments: [
        // Keys compared after unescaping: a repeat through an escape is still a repeat.
        (#"{"id": "a", "\u0069d": "b"}"#, "the key 'id' appears twice", 1, 13),
        (#"{"a": [{"x": 1, "x": 2}]}"#, "the key 'x' appears twice", 1, 17),
        (#"{"headline": 1, "head\u006cine": 2}"#, "the key 'headline' appears twice", 1, 17),
        // Surrogates: a high half needs a low half right after it.
        (#""\ud800\u0041""#, "is followed by \\u0041, not by a low surrogate", 1, 2),
        (#""\ud800""#, "is not followed by its low half", 1, 2),
        (#""\udc00""#, "has no high half", 1, 2),
        (#""\u-000""#, "expected four hex digits", 1, 2),
        (#"{"start": 1e400}"#, "too large", 1, 11),
        (#"[01]"#, "may not start with 0", 1, 2),
        (#"[1.]"#, "expected a digit after the decimal point", 1, 4),
        (#"{"a": 1,}"#, "expected a key in quotes", 1, 9),
        ("{\"a\":\n  tru}", "expected 'true'", 2, 3),
        ("\"a\u{0001}\"", "a control character", 1, 3),
        (#"{"a": 1} x"#, "unexpected text after the JSON value", 1, 10),
        (#""abc"#, "a string is not closed", 1, 1),
        ("«", "unexpected character '«'", 1, 1),
    ])
    func refusesWithALocatedReason(text: String, message: String, line: Int, column: Int) {
        #expect(throws: JSONParsingError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.message.contains(message), "\(error)")
            #expect(error.line == line && error.column == column, "\(error)")
        }
    }

    @Test func refusesNestingPastTheLimit() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        let allowed = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: JSONParsingError.self) { try JSONParser.parse(deep) }
        #expect((try? JSONParser.parse(allowed)) != nil)
    }

    @Test func namesTheFirstBadByteOfInvalidUTF8() {
        let bytes = Array(#"{"a": "abc"#.utf8) + [0xED, 0xA0, 0x80] + Array(#"def"}"#.utf8)
        do {
            _ = try JSONParser.parse(bytes: bytes)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.message.contains("byte 11"), "\(error)")
            #expect(error.column == 11)
        }
    }

    @Test(arguments: [
        ("entities[1].start", (1, 50)),
        ("id", (1, 8)),
        ("entities[0]", (1, 26)),
        ("", (1, 1)),
    ])
    func locatesAPath(path: String, expected: (Int, Int)) {
        let text = #"{"id": "a", "entities": [{"start": 1}, {"start": -1}]}"#
        let found = JSONParser.location(of: path, in: text)
        #expect(found?.line == expected.0 && found?.column == expected.1, "\(String(describing: found))")
    }

    @Test func locatesInScalarsPastArabicAndAnEmoji() {
        // Columns count Unicode scalars: the emoji is one, each Arabic letter and mark is one.
        let text = #"{"t": "😀شَ", "end": 4}"#
        let found = JSONParser.location(of: "end", in: text)
        #expect(found?.column == 21)
    }

    @Test func roundTripsItsOwnOutput() throws {
        let value = JSONValue.object([("text", .string("a\u{2028}b\"\\\n😀")), ("n", .number(0.25)), ("list", .array([.integer(-3), .null]))])
        #expect(try JSONParser.parse(value.serialized()) == value)
        #expect(try JSONParser.parse(value.serialized(pretty: true)) == value)
    }
}

/// The one locator of bad UTF-8: the first byte of the first ill-formed sequence.
struct UTF8ValidationTests {
    @Test(arguments: [
        (Array("abc".utf8) + [0xED, 0xA0, 0x80] + Array("def".utf8), 3),
        ([0xC0, 0xAF], 0),
        (Array("شَ".utf8) + [0xFF], 4),
        (Array("ok".utf8) + [0xF0, 0x9F, 0x98], 2),
        ([0xF4, 0x90, 0x80, 0x80], 0),
    ] as [([UInt8], Int)])
    func findsTheFirstBadByte(bytes: [UInt8], offset: Int) {
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset)
    }

    @Test func wellFormedTextHasNone() {
        #expect(UTF8Validation.firstInvalidOffset(in: Array("😀 شَدّة".utf8)) == nil)
    }
}

extension UTF8ValidationTests {
    @Test func givesTheLineAndColumnOfTheBadByte() {
        let position = UTF8Validation.firstInvalidPosition(in: Array("سطر\nab".utf8) + [0xFF])
        #expect(position?.offset == 9 && position?.line == 2 && position?.column == 3)
        #expect(UTF8Validation.firstInvalidPosition(in: Array("fine\n".utf8)) == nil)
    }
}
