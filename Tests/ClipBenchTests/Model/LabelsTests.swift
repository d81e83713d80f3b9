import Foundation
import Testing
@testable import ClipBench

/// The label sets in Swift are the ones the published JSON Schemas allow, value for value.
struct LabelsTests {
    /// Every `enum` list of strings in a schema file (nulls left out).
    private static func enumerations(inSchema name: String) throws -> [Set<String>] {
        let url = CommandRunner.packageRoot.appendingPathComponent("Schemas/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        var found: [Set<String>] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let members):
                for (key, member) in members {
                    if key == "enum", case .array(let items) = member {
                        found.append(Set(items.compactMap { if case .string(let s) = $0 { s } else { nil } }))
                    }
                    walk(member)
                }
            case .array(let items): items.forEach(walk)
            default: break
            }
        }
        walk(try JSONParser.parse(text))
        return found
    }

    static let swiftSets: [String: Set<String>] = [
        "status": Set(Annotation.Status.allCases.map(\.rawValue)),
        "reason": Set(PublishedDate.MissingReason.allCases.map(\.rawValue)),
        "label": Set(RegionLabel.allCases.map(\.rawValue)),
        "category": Set(BoilerplateCategory.allCases.map(\.rawValue)),
        "type": Set(EntityType.allCases.map(\.rawValue)),
    ]

    @Test(arguments: ["annotation.schema.json", "prediction.schema.json"])
    func everySchemaEnumerationIsASwiftLabelSet(schema: String) throws {
        let enumerations = try Self.enumerations(inSchema: schema)
        #expect(!enumerations.isEmpty)
        for enumeration in enumerations {
            #expect(Self.swiftSets.values.contains(enumeration), "\(schema): \(enumeration.sorted()) has no Swift counterpart")
        }
    }

    @Test func theAnnotationSchemaHasEverySwiftLabelSet() throws {
        let enumerations = try Self.enumerations(inSchema: "annotation.schema.json")
        for (name, set) in Self.swiftSets {
            #expect(enumerations.contains(set), "\(name): \(set.sorted()) is not in the annotation schema")
        }
    }

    @Test func rawValuesAreTheSpecsSpellings() {
        #expect(EntityType.allCases.map(\.rawValue) == ["PER", "ORG", "LOC", "MISC"])
        #expect(RegionLabel(rawValue: "Body") == nil && RegionLabel(rawValue: "body") == .body)
        #expect(PublishedDate.MissingReason(rawValue: "relative-only") == .relativeOnly)
        #expect(Annotation.Status.allCases == [.draft, .done])
    }

    /// Each task is a top-level key of a prediction, and every key but `id` is a task.
    @Test func theTasksAreThePredictionKeys() {
        #expect(Set(PredictionTask.allCases.map(\.rawValue)).union(["id"]) == Prediction.knownKeys)
    }
}
