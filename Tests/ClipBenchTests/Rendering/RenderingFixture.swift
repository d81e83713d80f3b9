@testable import ClipBench

/// A small clipping built in code, with harakat and shadda, an entity that crosses a region
/// border, a date inside an entity and text that needs HTML escaping.
enum RenderingFixture {
    static let headline = "قالَ مُحَمَّدٌ"
    static let lines = [
        headline,
        "",
        "منذ 5 أيام",
        "وشدّد دميتري بيسكوف في ١٨ فبراير على <b>&\"x\"</b> المحادثات.",
        "تابعونا: وزارة الخارجية",
    ]
    static let string = lines.joined(separator: "\n")
    static let text = SeedText(string)

    /// The span of the `occurrence`-th (1-based) occurrence of `quote`.
    static func span(_ quote: String, occurrence: Int = 1) -> TextSpan {
        let start = text.occurrences(of: quote)[occurrence - 1]
        return TextSpan(start: start, end: start + quote.unicodeScalars.count, text: quote)
    }

    static func lineSpan(_ line: Int) -> TextSpan {
        let range = text.rangeOfLine(line)!
        return TextSpan(start: range.lowerBound, end: range.upperBound, text: text[range])
    }

    static var annotation: Annotation {
        // The last line: "تابعونا: " is share boilerplate, "وزارة الخارجية" body, so the ORG entity
        // «تابعونا: وزارة» (deliberately odd) crosses the region border.
        let lastLine = lineSpan(5)
        let border = span("وزارة").start
        let share = TextSpan(start: lastLine.start, end: border - 1, text: text[lastLine.start..<(border - 1)])
        let tail = TextSpan(start: border, end: lastLine.end, text: text[border..<lastLine.end])
        let crossing = TextSpan(start: span("تابعونا").start, end: span("وزارة").end,
                                text: text[span("تابعونا").start..<span("وزارة").end])
        return Annotation(
            id: "fixture_1", headline: headline,
            published: PublishedDate(value: nil, evidence: span("منذ 5 أيام"), reason: .relativeOnly),
            regions: [
                Region(label: .headline, span: lineSpan(1)),
                Region(label: .metadata, span: lineSpan(3)),
                Region(label: .body, span: lineSpan(4)),
                Region(label: .boilerplate, category: .share, span: share),
                Region(label: .body, span: tail),
            ],
            entities: [
                entity(span("مُحَمَّدٌ"), .person, id: "mohammed"),
                entity(span("دميتري بيسكوف"), .person, id: "dmitry-peskov"),
                entity(span("بيسكوف في ١٨"), .miscellaneous),
                entity(crossing, .organisation),
            ],
            dates: [
                DateMention(text: "منذ 5 أيام", value: nil, start: span("منذ 5 أيام").start, end: span("منذ 5 أيام").end),
                DateMention(text: "١٨ فبراير", value: "2025-02-18", start: span("١٨ فبراير").start, end: span("١٨ فبراير").end),
            ])
    }

    static func entity(_ span: TextSpan, _ type: EntityType, id: String? = nil) -> EntityMention {
        EntityMention(text: span.text, type: type, start: span.start, end: span.end, registryID: id)
    }
}

/// Checks that every element of an HTML text is closed in order (void and self-closed ones aside).
enum HTMLBalance {
    static let voidElements: Set<String> = ["meta", "br", "img", "hr", "link", "input", "!doctype"]

    /// The first problem found, or nil when the elements nest properly.
    static func problem(in html: String) -> String? {
        var stack: [String] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            guard let close = html[open...].firstIndex(of: ">") else { return "a tag is not closed" }
            let tag = html[html.index(after: open)..<close]
            index = html.index(after: close)
            let isClosing = tag.hasPrefix("/")
            let name = (isClosing ? tag.dropFirst() : tag).prefix { $0 != " " && $0 != "/" }.lowercased()
            if isClosing {
                guard let top = stack.popLast() else { return "</\(name)> closes nothing" }
                if top != name { return "</\(name)> closes <\(top)>" }
            } else if !tag.hasSuffix("/") && !voidElements.contains(name) {
                stack.append(name)
            }
        }
        return stack.isEmpty ? nil : "unclosed: \(stack)"
    }
}
