import Foundation
@testable import ClipBench

/// The package's gold clippings and a small clipping with text outside the BMP and Arabic marks, for the interchange tests.
enum InterchangeFixtures {
    static func packageClippings() -> [GoldClipping] {
        GoldLoader(layout: DatasetLayout(root: CommandRunner.packageRoot)).allClippings(includingDrafts: false).clippings
    }

    /// An emoji (two UTF-16 units) before Arabic words with shadda and harakat, a region that crosses a line break.
    static let markedText = SeedText("تعليق 😀 جميل\nقال مُحَمَّد إنّ الاجتماع\nفي الرِّياض يوم 18 فبراير 2025.\n")

    static var markedAnnotation: Annotation {
        let text = markedText
        func span(_ quote: String, after: Int = 0) -> TextSpan {
            let start = text.occurrences(of: quote).first { $0 >= after }!
            return TextSpan(start: start, end: start + quote.unicodeScalars.count, text: quote)
        }
        let comment = span("تعليق 😀 جميل")
        let body = TextSpan(start: span("قال").start, end: text.count - 1, text: text[span("قال").start..<(text.count - 1)])
        let person = span("مُحَمَّد")
        let city = span("الرِّياض")
        let date = span("18 فبراير 2025")
        return Annotation(
            id: "marked", status: .done, headline: nil,
            published: PublishedDate(value: nil, reason: .absent),
            regions: [
                Region(label: .boilerplate, category: .comments, span: comment),
                Region(label: .body, span: body),
            ],
            entities: [
                EntityMention(text: person.text, type: .person, start: person.start, end: person.end),
                EntityMention(text: city.text, type: .location, start: city.start, end: city.end, registryID: "riyadh"),
            ],
            dates: [DateMention(text: date.text, value: "2025-02-18", start: date.start, end: date.end)])
    }
}
