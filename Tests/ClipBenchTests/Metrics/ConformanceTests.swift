import Foundation
import Testing
@testable import ClipBench

/// Cases scored by the reference implementations (nervaluate, SQuAD v1.1, the ScrapingHub benchmark),
/// committed as data by Scripts/generate_conformance_fixtures.py, so no Python is needed here.
@Suite struct ConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/conformance")

    static func load<Value: Decodable>(_ name: String, as type: Value.Type) throws -> Value {
        try JSONDecoder().decode(Value.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
    }

    // MARK: Entities (nervaluate)

    struct EntitySpan: Decodable, Sendable {
        var label: String
        var start: Int
        var end: Int
    }

    struct SchemaResult: Decodable, Sendable {
        var correct, incorrect, partial, missed, spurious, possible, actual: Int
        var precision, recall, f1: Double
    }

    struct EntityCase: Decodable, Sendable {
        var gold: [EntitySpan]
        var predicted: [EntitySpan]
        var expected: Expected
        struct Expected: Decodable, Sendable {
            var overall: [String: SchemaResult]
            var by_type: [String: [String: SchemaResult]]
        }
    }

    struct EntityFixture: Decodable { var reference: String; var cases: [EntityCase] }

    static func mentions(_ spans: [EntitySpan]) -> [EntityMention] {
        spans.compactMap { span in
            EntityType(rawValue: span.label).map { EntityMention(text: "", type: $0, start: span.start, end: span.end) }
        }
    }

    static func check(_ statistics: ScoreStatistics, type: EntityType?, schema: EntitySchema, against expected: SchemaResult, case index: Int) {
        func count(_ outcome: EntityOutcome) -> Int { Int(statistics[EntitySpanMetric.slots.slot(schema, outcome, type: type)]) }
        let label = "case \(index) \(type?.rawValue ?? "overall") \(schema.rawValue)"
        let actualCounts: [Int] = [count(.correct), count(.incorrect), count(.partial), count(.missing), count(.spurious)]
        let expectedCounts: [Int] = [expected.correct, expected.incorrect, expected.partial, expected.missed, expected.spurious]
        #expect(actualCounts == expectedCounts, "\(label)")
        // nervaluate gives 0 for an empty denominator; ClipBench gives 1 when both sides are empty, so
        // ratios are compared where both denominators are positive.
        guard expected.actual > 0, expected.possible > 0 else { return }
        let path = type.map { ["entities", "by_type", $0.rawValue, schema.rawValue] } ?? ["entities", schema.rawValue]
        guard let group = MetricCatalog.group(path) else { Issue.record("no group \(path)"); return }
        let values = group.measures.map { $0.value(statistics) ?? .nan }
        #expect(abs(values[0] - expected.precision) < 1e-12, "\(label) precision")
        #expect(abs(values[1] - expected.recall) < 1e-12, "\(label) recall")
        #expect(abs(values[2] - expected.f1) < 1e-12, "\(label) f1")
    }

    @Test func entitySchemasMatchNervaluate() throws {
        let fixture = try Self.load("entities-nervaluate.json", as: EntityFixture.self)
        #expect(fixture.cases.count >= 50)
        for (index, example) in fixture.cases.enumerated() {
            var statistics = ScoreStatistics()
            EntitySpanMetric.count(gold: Self.mentions(example.gold), predicted: Self.mentions(example.predicted), into: &statistics)
            for schema in EntitySchema.allCases {
                guard let expected = example.expected.overall[schema.rawValue] else { Issue.record("missing \(schema)"); continue }
                Self.check(statistics, type: nil, schema: schema, against: expected, case: index)
                for type in EntityType.allCases {
                    guard let byType = example.expected.by_type[type.rawValue]?[schema.rawValue] else { continue }
                    Self.check(statistics, type: type, schema: schema, against: byType, case: index)
                }
            }
        }
    }

    // MARK: Headline (SQuAD v1.1)

    struct HeadlineCase: Decodable, Sendable {
        var gold: String
        var predicted: String
        var exact_match: Double
        var f1: Double
    }

    struct HeadlineFixture: Decodable { var reference: String; var cases: [HeadlineCase] }

    @Test func headlineMatchesSquad() throws {
        let fixture = try Self.load("headline-squad.json", as: HeadlineFixture.self)
        #expect(fixture.cases.count >= 50)
        for example in fixture.cases {
            let score = HeadlineMetric.score(gold: example.gold, predicted: example.predicted)
            #expect((score.exactMatch ? 1.0 : 0.0) == example.exact_match, "\(example.gold) / \(example.predicted)")
            #expect(abs(score.f1 - example.f1) < 1e-12, "\(example.gold) / \(example.predicted)")
        }
    }

    // MARK: Body (ScrapingHub)

    struct BodyDocument: Decodable, Sendable {
        var id: String
        var gold: String
        var predicted: String
        var tp, fp, fn, accuracy: Double
    }

    struct BodyFixture: Decodable {
        var reference: String
        var documents: [BodyDocument]
        var expected: [String: Double]
    }

    @Test func bodyMatchesScrapingHub() throws {
        let fixture = try Self.load("body-scrapinghub.json", as: BodyFixture.self)
        #expect(fixture.documents.count >= 100)
        for document in fixture.documents {
            let score = BodyShingleMetric.score(gold: document.gold, predicted: document.predicted)
            #expect(abs(score.truePositive - document.tp) < 1e-12, "\(document.id)")
            #expect(abs(score.falsePositive - document.fp) < 1e-12, "\(document.id)")
            #expect(abs(score.falseNegative - document.fn) < 1e-12, "\(document.id)")
            #expect((score.tokensEqual ? 1.0 : 0.0) == document.accuracy, "\(document.id)")
        }
        let result = ScrapingHubScorer.score(
            groundTruth: Dictionary(uniqueKeysWithValues: fixture.documents.map { ($0.id, $0.gold) }),
            output: Dictionary(uniqueKeysWithValues: fixture.documents.map { ($0.id, $0.predicted) }), replicates: 0)
        for (name, value) in [("precision", result.precision), ("recall", result.recall), ("f1", result.f1), ("accuracy", result.accuracy)] {
            let expected = try #require(fixture.expected[name])
            #expect(abs((value.value ?? .nan) - expected) < 1e-12, "\(name)")
        }
    }

    // MARK: Overlapping mentions (Scripts/reference_matching.py, networkx)

    struct OutcomeCounts: Decodable, Sendable {
        var correct, incorrect, partial, missed, spurious: Int
    }

    struct OverlapCase: Decodable, Sendable {
        var name: String
        var shape: String
        var gold: [EntitySpan]
        var predicted: [EntitySpan]
        var expected: Expected
        struct Expected: Decodable, Sendable {
            var overall: [String: OutcomeCounts]
            var by_type: [String: [String: OutcomeCounts]]
        }
    }

    struct DateSpan: Decodable, Sendable {
        var start: Int
        var end: Int
        var value: String?
    }

    struct DateCase: Decodable, Sendable {
        var name: String
        var gold: [DateSpan]
        var predicted: [DateSpan]
        var expected: Expected
        struct Expected: Decodable, Sendable { var strict, relaxed, value_correct: Int }
    }

    struct OverlapFixture: Decodable { var reference: String; var entities: [OverlapCase]; var dates: [DateCase] }

    @Test func overlappingEntitiesMatchTheIndependentReference() throws {
        let fixture = try Self.load("matching-overlaps.json", as: OverlapFixture.self)
        let shapes: Set<String> = ["merged", "split", "nested", "chained", "many-overlap"]
        #expect(Set(fixture.entities.map(\.shape)) == shapes)
        for example in fixture.entities {
            var statistics = ScoreStatistics()
            EntitySpanMetric.count(gold: Self.mentions(example.gold), predicted: Self.mentions(example.predicted), into: &statistics)
            let scopes: [(EntityType?, [String: OutcomeCounts])] = [(nil, example.expected.overall)]
                + EntityType.allCases.compactMap { type in example.expected.by_type[type.rawValue].map { (type, $0) } }
            for (type, expectedBySchema) in scopes {
                for schema in EntitySchema.allCases {
                    guard let expected = expectedBySchema[schema.rawValue] else { Issue.record("missing \(schema)"); continue }
                    func count(_ outcome: EntityOutcome) -> Int { Int(statistics[EntitySpanMetric.slots.slot(schema, outcome, type: type)]) }
                    let actual: [Int] = [count(.correct), count(.incorrect), count(.partial), count(.missing), count(.spurious)]
                    #expect(actual == [expected.correct, expected.incorrect, expected.partial, expected.missed, expected.spurious],
                            "\(example.name) \(type?.rawValue ?? "overall") \(schema.rawValue)")
                }
            }
        }
    }

    @Test func overlappingDatesMatchTheIndependentReference() throws {
        let fixture = try Self.load("matching-overlaps.json", as: OverlapFixture.self)
        #expect(fixture.dates.count >= 50)
        func dates(_ spans: [DateSpan]) -> [DateMention] {
            spans.map { DateMention(text: "", value: $0.value, start: $0.start, end: $0.end) }
        }
        for example in fixture.dates {
            let counts = DateMentionMetric.counts(gold: dates(example.gold), predicted: dates(example.predicted))
            let actual: [Int] = [counts.strictMatches, counts.relaxedMatches, counts.valueCorrect]
            #expect(actual == [example.expected.strict, example.expected.relaxed, example.expected.value_correct], "\(example.name)")
        }
    }
}
