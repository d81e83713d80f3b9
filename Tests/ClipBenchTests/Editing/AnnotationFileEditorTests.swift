import Foundation
import Testing
@testable import ClipBench

struct AnnotationFileEditorTests {
    // «مُحَمَّد» carries harakat and a shadda, «📚» lies outside the BMP: scalar offsets differ
    // from Character and UTF-16 counts after both.
    static let seed = SeedText("مُحَمَّد 📚 في تونس\nشارك\n")

    static let original = """
        # yaml-language-server: $schema=../Schemas/annotation.schema.json
        # a comment the editor must keep
        id: s
        status: draft          # still a draft
        headline: {value: "مُحَمَّد 📚 في تونس", suggested: true}
        published:
          value: null
          reason: absent
        regions:
          - {start: 0, end: 18, text: "مُحَمَّد 📚 في تونس", label: headline, suggested: true}
          # the share button
          - {start: 19, end: 23, text: "شارك", label: boilerplate, category: share}
        entities:
          - {start: 0, end: 8, text: "مُحَمَّد", type: PER, line: 1}   # hint kept
        dates: []

        """

    static func loaded() throws -> EditedAnnotation {
        let document = try #require(AnnotationLoader.load(yaml: original, path: "s.yaml").document)
        return try EditedAnnotation.from(document).get()
    }

    @Test func unchangedAnnotationGivesTheFileBackByteForByte() throws {
        let edited = try Self.loaded()
        #expect(try AnnotationFileEditor.edit(Self.original, path: "s.yaml", to: edited).get() == Self.original)
    }

    @Test func acceptingSuggestionsChangesOnlyTheirLines() throws {
        var edited = try Self.loaded()
        edited.headlineIsSuggested = false
        edited.regions[0].isSuggested = false
        edited.status = .done
        let text = try AnnotationFileEditor.edit(Self.original, path: "s.yaml", to: edited).get()
        let expected = Self.original
            .replacingOccurrences(of: "status: draft          # still a draft", with: "status: done          # still a draft")
            .replacingOccurrences(of: "headline: {value: \"مُحَمَّد 📚 في تونس\", suggested: true}", with: "headline: \"مُحَمَّد 📚 في تونس\"")
            .replacingOccurrences(of: "label: headline, suggested: true}", with: "label: headline}")
        #expect(text == expected)
    }

    @Test func newMentionGoesInOffsetOrderAndKeepsOtherItemsVerbatim() throws {
        var edited = try Self.loaded()
        // «تونس» starts after «مُحَمَّد 📚 في » = 8 + 1 + 1 + 1 + 2 + 1 = 14 scalars.
        edited.entities.append(.init(span: TextSpan(start: 14, end: 18, text: Self.seed[14..<18]), type: .location, registryID: "tunis"))
        edited.dates = []
        let text = try AnnotationFileEditor.edit(Self.original, path: "s.yaml", to: edited).get()
        #expect(Self.seed[14..<18] == "تونس")
        #expect(text.contains("  - {start: 0, end: 8, text: \"مُحَمَّد\", type: PER, line: 1}   # hint kept\n  - {start: 14, end: 18, text: \"تونس\", type: LOC, id: tunis}\n"))
        #expect(text.contains("  # the share button\n"))
    }

    @Test func removingEveryItemWritesAnEmptyList() throws {
        var edited = try Self.loaded()
        edited.entities = []
        let text = try AnnotationFileEditor.edit(Self.original, path: "s.yaml", to: edited).get()
        #expect(text.contains("entities: []\ndates: []\n"))
        #expect(!text.contains("hint kept"))
    }

    @Test func addingToAnEmptyListAndSettingThePublishedDate() throws {
        var edited = try Self.loaded()
        edited.dates = [.init(span: TextSpan(start: 14, end: 18, text: "تونس"), value: nil)]
        edited.published = PublishedDate(value: nil, evidence: nil, reason: .relativeOnly)
        let text = try AnnotationFileEditor.edit(Self.original, path: "s.yaml", to: edited).get()
        #expect(text.contains("published:\n  value: null\n  reason: relative-only\nregions:"))
        #expect(text.hasSuffix("dates:\n  - {start: 14, end: 18, text: \"تونس\", value: null}\n"))
    }

    @Test func refusesToChangeTheID() throws {
        var edited = try Self.loaded()
        edited.id = "other"
        guard case .failure(let problem) = AnnotationFileEditor.edit(Self.original, path: "s.yaml", to: edited) else {
            Issue.record("an id change was written")
            return
        }
        #expect(problem.diagnostic.message.contains("id cannot be changed"))
    }

    @Test func keepsWindowsLineBreaks() throws {
        let crlf = Self.original.replacingOccurrences(of: "\n", with: "\r\n")
        let document = try #require(AnnotationLoader.load(yaml: crlf, path: "s.yaml").document)
        var edited = try EditedAnnotation.from(document).get()
        edited.status = .done
        edited.entities[0].registryID = "mohammed"
        let text = try AnnotationFileEditor.edit(crlf, path: "s.yaml", to: edited).get()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("status: done          # still a draft\r\n"))
        #expect(text.contains("type: PER, id: mohammed}\r\n"))
    }
}
