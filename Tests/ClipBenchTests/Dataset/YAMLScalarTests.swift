import Testing
@testable import ClipBench

struct YAMLScalarTests {
    typealias SourceLocation = ClipBenchCore.SourceLocation

    private func plain(_ text: String) -> YAMLScalar { YAMLScalar(string: text, isPlain: true, location: SourceLocation(path: "")) }
    private func quoted(_ text: String) -> YAMLScalar { YAMLScalar(string: text, isPlain: false, location: SourceLocation(path: "")) }

    @Test(arguments: ["", "~", "null", "Null", "NULL"])
    func nullIsPlainOnly(text: String) {
        #expect(plain(text).isNull)
        #expect(!quoted(text).isNull)
    }

    @Test(arguments: ["nil", "none", "nULL", " null"])
    func otherSpellingsAreNotNull(text: String) {
        #expect(!plain(text).isNull)
    }

    @Test(arguments: [("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false)])
    func readsCoreSchemaBooleans(text: String, value: Bool) {
        #expect(plain(text).bool == value)
        #expect(quoted(text).bool == nil)
    }

    /// YAML 1.1's booleans are strings under the 1.2 core schema.
    @Test(arguments: ["yes", "no", "on", "off", "y", "tRUE"])
    func yaml11BooleansAreNotBooleans(text: String) {
        #expect(plain(text).bool == nil)
        #expect(plain(text).coreType == .string)
    }

    @Test(arguments: [
        ("0", 0), ("42", 42), ("-3", -3), ("+7", 7), ("007", 7), ("9223372036854775807", Int.max),
        ("", nil), ("-", nil), ("+", nil), ("1.0", nil), ("1e3", nil), ("0x1F", nil), ("١٢", nil), ("1 2", nil),
        ("9223372036854775808", nil),
    ] as [(String, Int?)])
    func readsDecimalWholeNumbers(text: String, value: Int?) {
        #expect(plain(text).integer == value)
        #expect(quoted(text).integer == nil)
    }

    @Test(arguments: [
        ("0o17", YAMLScalar.CoreType.integer), ("0o8", .string), ("0x", .string), ("+0x1F", .string),
        ("-.inf", .number), ("+.inf", .number), (".NaN", .number), (".nan", .number), ("-.nan", .number),
        (".5", .number), ("5.", .number), (".", .string), ("1e", .string), ("1e+", .string), ("1E-3", .number),
        ("1_000", .string), ("٢٠٢٥", .string), ("--1", .string),
        // Scalars that start with no digit, sign or point are strings without further reading.
        ("بوتين", .string), ("a1", .string), ("e5", .string), ("+1", .integer), ("-1.5", .number),
    ])
    func typesLikeTheCoreSchema(text: String, type: YAMLScalar.CoreType) {
        #expect(plain(text).coreType == type)
    }
}
