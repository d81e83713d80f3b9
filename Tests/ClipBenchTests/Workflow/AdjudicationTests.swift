import Testing
@testable import ClipBench
@testable import ClipBenchEvaluation

struct AdjudicationTests {
    // Line 2 carries shadda and an emoji outside the BMP, so scalar offsets differ from Characters and UTF-16.
    static let text = SeedText("عنوان\nقال مُحَمَّد 😀 في القاهرة\nشارك")

    func span(_ start: Int, _ end: Int) -> TextSpan { TextSpan(start: start, end: end, text: Self.text[start..<end]) }

    func annotation(entityType: EntityType, lastLabel: RegionLabel, headline: String?) -> Annotation {
        let name = Self.text.occurrences(of: "مُحَمَّد")[0]
        let city = Self.text.occurrences(of: "القاهرة")[0]
        let line = Self.text.rangeOfLine(2)!
        let last = Self.text.rangeOfLine(3)!
        return Annotation(
            id: "x", headline: headline, published: PublishedDate(value: nil, reason: .absent),
            regions: [Region(label: .headline, span: span(0, 5)), Region(label: .body, span: span(line.lowerBound, line.upperBound)),
                      Region(label: lastLabel, category: lastLabel == .boilerplate ? .share : nil, span: span(last.lowerBound, last.upperBound))],
            entities: [EntityMention(text: "مُحَمَّد", type: entityType, start: name, end: name + 8, registryID: "muhammad"),
                       EntityMention(text: "القاهرة", type: .location, start: city, end: city + 7)],
            dates: [])
    }

    @Test func listsItemsWithTheirLineMarked() {
        let a = annotation(entityType: .person, lastLabel: .boilerplate, headline: "عنوان")
        let b = annotation(entityType: .organisation, lastLabel: .body, headline: nil)
        let items = Adjudication.items(clippingID: "x", agreement: AnnotationAgreement(first: a, second: b, text: Self.text), text: Self.text)
        #expect(items.map(\.key) == ["x/1", "x/2", "x/3"])
        #expect(items[0].context == "line 3: ⟦شارك⟧")
        #expect(items[1].context == "line 2: قال ⟦مُحَمَّد⟧ 😀 في القاهرة")
        #expect(Adjudication.describe(items[1].disagreement.first) == "«مُحَمَّد» [10, 18) PER (muhammad)")
        #expect(items[2].disagreement.task == .headline)
    }

    @Test func appliesEachChoice() throws {
        let a = annotation(entityType: .person, lastLabel: .boilerplate, headline: "عنوان")
        let b = annotation(entityType: .organisation, lastLabel: .body, headline: nil)
        let items = Adjudication.items(clippingID: "x", agreement: AnnotationAgreement(first: a, second: b, text: Self.text), text: Self.text)
        let right = try Adjudication.resolve(first: a, second: b, text: Self.text, items: items, choices: [.right, .right, .right]) { side, id in "\(id)-\(side)" }
        #expect(right.regions == b.regions)
        #expect(right.entities.map(\.type) == [.organisation, .location])
        #expect(right.entities[0].registryID == "muhammad-1")
        #expect(right.headline == nil)
        let mixed = try Adjudication.resolve(first: a, second: b, text: Self.text, items: items, choices: [.left, .neither, .left])
        #expect(mixed.regions == a.regions)
        #expect(mixed.entities.map(\.text) == ["القاهرة"])
        #expect(mixed.headline == "عنوان")
        #expect(throws: Adjudication.Refusal.self) {
            try Adjudication.resolve(first: a, second: b, text: Self.text, items: items, choices: [.neither, .left, .left])
        }
    }

    @Test func appliesEditsOfTheAdjudicatorsOwn() throws {
        let a = annotation(entityType: .person, lastLabel: .boilerplate, headline: "عنوان")
        let b = annotation(entityType: .organisation, lastLabel: .body, headline: nil)
        let items = Adjudication.items(clippingID: "x", agreement: AnnotationAgreement(first: a, second: b, text: Self.text), text: Self.text)
        // The name widened past the emoji (scalar offsets), its own type and id; the id is not mapped.
        let name = Self.text.occurrences(of: "مُحَمَّد")[0]
        let widened = EntityMention(text: Self.text[name..<(name + 10)], type: .location, start: name, end: name + 10, registryID: "somewhere")
        let merged = try Adjudication.resolve(
            first: a, second: b, text: Self.text, items: items,
            decisions: [.edited(.regionLabel("metadata")), .edited(.entity(widened)), .edited(.headline("قال"))]) { side, id in "\(id)-\(side)" }
        let last = Self.text.rangeOfLine(3)!
        #expect(merged.regions.last == Region(label: .metadata, span: span(last.lowerBound, last.upperBound)))
        #expect(Array(merged.regions.dropLast()) == Array(a.regions.dropLast()))
        #expect(merged.entities.map(\.text) == ["مُحَمَّد 😀", "القاهرة"])
        #expect(merged.entities[0].registryID == "somewhere")
        #expect(merged.headline == "قال")
        // An edit that drops the entity, and edits that do not fit their item.
        let dropped = try Adjudication.resolve(first: a, second: b, text: Self.text, items: items,
                                               decisions: [.take(.left), .edited(.absent), .take(.left)])
        #expect(dropped.entities.map(\.text) == ["القاهرة"])
        for decisions: [Adjudication.Decision] in [[.edited(.headline("x")), .take(.left), .take(.left)],
                                                   [.edited(.regionLabel("boilerplate")), .take(.left), .take(.left)],
                                                   [.take(.left), .edited(.date(DateMention(text: "قال", value: nil, start: 6, end: 9))), .take(.left)]] {
            #expect(throws: Adjudication.Refusal.self) {
                try Adjudication.resolve(first: a, second: b, text: Self.text, items: items, decisions: decisions)
            }
        }
    }

    @Test func readsAChoicesFile() {
        let read = Adjudication.choices(in: "# decided\nx/1 left\n  x/2\tR # a comment\n\nx/9 left\nx/1 n\nx/3 maybe\n", path: "c.txt", keys: ["x/1", "x/2", "x/3"])
        #expect(read.choices == ["x/1": .left, "x/2": .right])
        #expect(read.diagnostics.map(\.description) == [
            "c.txt:5:1: error: no disagreement has the key 'x/9' (clipbench adjudicate --list shows them)",
            "c.txt:6:1: error: 'x/1' is chosen twice",
            "c.txt:7:5: error: the choice 'maybe' is not left, right or neither",
        ])
    }

    @Test func writesAFileTheLoaderReadsBack() throws {
        let a = annotation(entityType: .person, lastLabel: .boilerplate, headline: "عنوان \"مقتبس\"")
        let yaml = Adjudication.yaml(of: a, notes: "سطر\nآخر")
        let loaded = AnnotationLoader.load(yaml: yaml, path: "x.yaml")
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        #expect(loaded.document?.annotation == a)
        #expect(loaded.document?.notes == "سطر\nآخر")
    }
}
