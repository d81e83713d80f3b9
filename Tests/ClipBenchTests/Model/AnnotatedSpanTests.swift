import Testing
@testable import ClipBench

struct AnnotatedSpanTests {
    typealias SourceLocation = ClipBenchCore.SourceLocation
    static let here = SourceLocation(path: "Annotations/a.yaml", line: 7, column: 5)

    private func span(_ role: AnnotatedSpan.Role, text: String, start: Int? = nil, end: Int? = nil) -> AnnotatedSpan {
        AnnotatedSpan(role: role, start: start, end: end, text: text, location: Self.here)
    }

    @Test(arguments: [
        (AnnotatedSpan.Role.evidence, "the published evidence"),
        (.region(0), "region 1"), (.entity(2), "entity 3"), (.date(9), "date 10"),
    ])
    func namesItsItemOneBased(role: AnnotatedSpan.Role, description: String) {
        #expect(role.description == description)
    }

    @Test(arguments: [(nil, nil, false), (3, nil, false), (nil, 8, false), (3, 8, true), (0, 0, true)] as [(Int?, Int?, Bool)])
    func hasATextSpanOnlyWithBothOffsets(start: Int?, end: Int?, anchored: Bool) {
        let span = span(.entity(0), text: "روسيا", start: start, end: end)
        #expect(span.isAnchored == anchored)
        #expect(span.textSpan == (anchored ? TextSpan(start: start!, end: end!, text: "روسيا") : nil))
    }

    @Test func defaultsEveryLocationToTheMapping() {
        let span = span(.date(0), text: "x")
        #expect(span.textKeyLocation == Self.here && span.textLocation == Self.here)
        #expect(span.startLocation == nil && span.endLocation == nil)
        #expect(span.isFlow && !span.isSuggested)
    }

    @Test(arguments: [
        ("بيسكوف", "entity 1 «بيسكوف»"),
        ("two\nlines\tand\r", "entity 1 «two\\nlines\\tand\\r»"),
        // Forty scalars are kept, counted as scalars: harakat count, an emoji counts one.
        (String(repeating: "مُ", count: 20), "entity 1 «\(String(repeating: "مُ", count: 20))»"),
        (String(repeating: "مُ", count: 21), "entity 1 «\(String(repeating: "مُ", count: 20))…»"),
        (String(repeating: "😀", count: 41), "entity 1 «\(String(repeating: "😀", count: 40))…»"),
    ])
    func labelsItselfOnOneShortLine(text: String, label: String) {
        #expect(span(.entity(0), text: text).label == label)
    }

    @Test(arguments: [("a\nb", "a\\nb"), ("\r\n", "\\r\\n"), ("\t", "\\t"), ("no breaks", "no breaks"), ("مُحَمَّد", "مُحَمَّد")])
    func escapesLineBreaksAndTabs(text: String, escaped: String) {
        #expect(AnnotatedSpan.escapingLineBreaks(text) == escaped)
    }
}
