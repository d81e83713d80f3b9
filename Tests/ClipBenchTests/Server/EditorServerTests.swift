import ClipBench
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ClipBenchServer

/// The editor's JSON API, driven through its router (no socket) on a copy of a small dataset.
struct EditorServerTests {
    static let token = "test-token-0123456789"
    static let id = "005_test"
    // «مُحَمَّد» has harakat and a shadda, «📚» lies outside the BMP; «تونس» is at scalar 14.
    static let seed = "مُحَمَّد 📚 في تونس\nشارك\n"
    static let draft = """
        # yaml-language-server: $schema=../Schemas/annotation.schema.json
        id: 005_test
        status: draft                     # set to done once every suggestion is checked
        headline: {value: "مُحَمَّد 📚 في تونس", suggested: true}
        published:
          value: null
          reason: absent
        regions:
          - {start: 0, end: 18, text: "مُحَمَّد 📚 في تونس", label: headline}
          - {start: 19, end: 23, text: "شارك", label: boilerplate, category: share}
        entities:
          - {start: 0, end: 8, text: "مُحَمَّد", type: PER, suggested: true}
        dates: []

        """
    static let registry = """
        entities:
        - id: tunisia
          type: LOC
          name:
            ar: تونس
            en: Tunisia

        """

    static func dataset() throws -> TemporaryDataset {
        let dataset = try TemporaryDataset.empty()
        try seed.write(to: dataset.seedURL(id), atomically: true, encoding: .utf8)
        try draft.write(to: dataset.annotationURL(id), atomically: true, encoding: .utf8)
        try registry.write(to: dataset.annotationsFolder.appendingPathComponent("entities.yaml"), atomically: true, encoding: .utf8)
        return dataset
    }

    static func server(_ dataset: TemporaryDataset, predictions: [String: Prediction] = [:], authorities: Set<String> = ["localhost"], maximumBodySize: Int = 1 << 20) -> EditorServer {
        EditorServer(configuration: .init(layout: DatasetLayout(root: dataset.root), host: "127.0.0.1", port: 8765, token: token,
                                          predictions: predictions, maximumBodySize: maximumBodySize), authorities: authorities)
    }

    static var headers: HTTPFields { [HTTPField.Name("X-ClipBench-Token")!: token] }

    /// Runs `body` against the server's router.
    static func withClient(_ server: EditorServer, _ body: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(router: server.router())
        try await application.test(.router) { client in try await body(client) }
    }

    static func json(_ response: TestResponse) throws -> JSONValue {
        try JSONValue(parsing: String(buffer: response.body))
    }

    /// The clipping as loaded, with its annotation edited by `edit`, as the body of a save.
    static func saveBody(_ loaded: JSONValue, edit: (inout EditedAnnotation) -> Void) throws -> ByteBuffer {
        var annotation = try EditedAnnotation(json: try #require(loaded.member("annotation")), seed: SeedText(seed))
        edit(&annotation)
        let body = JSONValue.object([("annotation", annotation.json), ("baseHash", try #require(loaded.member("hash")))])
        return ByteBuffer(string: body.serialized())
    }

    @Test func listsClippingsWithStatusCountsSuggestionsAndErrors() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            try await client.execute(uri: "/api/clippings", method: .get, headers: Self.headers) { response in
                #expect(response.status == .ok)
                let item = try #require(try Self.json(response).member("clippings")?.asArray?.first)
                #expect(item.member("id")?.asString == Self.id)
                #expect(item.member("status")?.asString == "draft")
                #expect(item.member("regions")?.asInteger == 2)
                #expect(item.member("entities")?.asInteger == 1)
                #expect(item.member("suggestions")?.asInteger == 2)
                #expect(item.member("errors")?.asInteger == 0)
            }
        }
    }

    @Test func loadsTheSeedExactlyWithScalarOffsetsAndTheBaselineReadings() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            try await client.execute(uri: "/api/clippings/\(Self.id)", method: .get, headers: Self.headers) { response in
                let body = try Self.json(response)
                #expect(body.member("seed")?.asString == Self.seed)
                let entity = try #require(body.member("annotation")?.member("entities")?.asArray?.first)
                #expect(entity.member("end")?.asInteger == 8)
                #expect(entity.member("suggested")?.asBool == true)
                #expect(body.member("annotation")?.member("headlineSuggested")?.asBool == true)
                #expect(body.member("baselineDates")?.asArray != nil)
            }
        }
    }

    @Test func savesOnlyTheChangedLinesAndLeavesAnUnchangedFileAlone() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            let loaded = try await client.execute(uri: "/api/clippings/\(Self.id)", method: .get, headers: Self.headers) { try Self.json($0) }
            // Nothing changed: nothing is written.
            try await client.execute(uri: "/api/clippings/\(Self.id)", method: .put, headers: Self.headers, body: try Self.saveBody(loaded) { _ in }) { response in
                #expect(response.status == .ok)
                let reply = try Self.json(response)
                #expect(reply.member("written")?.asBool == false)
            }
            #expect(try String(contentsOf: dataset.annotationURL(Self.id), encoding: .utf8) == Self.draft)
            let body = try Self.saveBody(loaded) { annotation in
                annotation.headlineIsSuggested = false
                annotation.entities[0].isSuggested = false
                annotation.entities.append(.init(span: TextSpan(start: 14, end: 18, text: "ignored: the server reads the seed"), type: .location, registryID: "tunisia"))
                annotation.status = .done
            }
            try await client.execute(uri: "/api/clippings/\(Self.id)", method: .put, headers: Self.headers, body: body) { response in
                #expect(response.status == .ok)
                let reply = try Self.json(response)
                #expect(reply.member("written")?.asBool == true)
                #expect(reply.member("diagnostics")?.asArray?.isEmpty == true)
            }
            let expected = Self.draft
                .replacingOccurrences(of: "status: draft ", with: "status: done ")
                .replacingOccurrences(of: "headline: {value: \"مُحَمَّد 📚 في تونس\", suggested: true}", with: "headline: \"مُحَمَّد 📚 في تونس\"")
                .replacingOccurrences(of: "type: PER, suggested: true}\n", with: "type: PER}\n  - {start: 14, end: 18, text: \"تونس\", type: LOC, id: tunisia}\n")
            #expect(try String(contentsOf: dataset.annotationURL(Self.id), encoding: .utf8) == expected)
        }
    }

    @Test func refusesASaveWhenTheFileChangedOnDiskAndKeepsTheOtherEdit() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            let loaded = try await client.execute(uri: "/api/clippings/\(Self.id)", method: .get, headers: Self.headers) { try Self.json($0) }
            let changed = Self.draft.replacingOccurrences(of: "dates: []", with: "dates: []  # edited elsewhere")
            try changed.write(to: dataset.annotationURL(Self.id), atomically: true, encoding: .utf8)
            try await client.execute(uri: "/api/clippings/\(Self.id)", method: .put, headers: Self.headers,
                                     body: try Self.saveBody(loaded) { $0.entities = [] }) { response in
                #expect(response.status == .conflict)
                let message = try Self.json(response).member("error")?.asString
                #expect(message?.contains("changed on disk") == true)
            }
            #expect(try String(contentsOf: dataset.annotationURL(Self.id), encoding: .utf8) == changed)
        }
    }

    @Test func refusesDoneWhileSuggestionsRemain() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            let loaded = try await client.execute(uri: "/api/clippings/\(Self.id)", method: .get, headers: Self.headers) { try Self.json($0) }
            try await client.execute(uri: "/api/clippings/\(Self.id)", method: .put, headers: Self.headers,
                                     body: try Self.saveBody(loaded) { $0.status = .done }) { response in
                #expect(response.status == .unprocessableContent)
                let message = try Self.json(response).member("error")?.asString
                #expect(message == "cannot set done: 2 suggestions still to accept or reject")
            }
            #expect(try String(contentsOf: dataset.annotationURL(Self.id), encoding: .utf8) == Self.draft)
        }
    }

    @Test func validatesUnsavedEditsWithTheValidatorsOwnMessages() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            let loaded = try await client.execute(uri: "/api/clippings/\(Self.id)", method: .get, headers: Self.headers) { try Self.json($0) }
            let body = try Self.saveBody(loaded) { annotation in
                annotation.entities.append(.init(span: TextSpan(start: 14, end: 18, text: "تونس"), type: .person, registryID: "tunisia"))
            }
            try await client.execute(uri: "/api/clippings/\(Self.id)/validate", method: .post, headers: Self.headers, body: body) { response in
                let diagnostics = try #require(try Self.json(response).member("diagnostics")?.asArray)
                let error = try #require(diagnostics.first { $0.member("severity")?.asString == "error" })
                #expect(error.member("message")?.asString == "entity 2 «تونس» has type PER, but the registry gives 'tunisia' type LOC")
                // Clickable: it names the item it is about.
                #expect(error.member("kind")?.asString == "entities")
                #expect(error.member("index")?.asInteger == 1)
            }
            #expect(try String(contentsOf: dataset.annotationURL(Self.id), encoding: .utf8) == Self.draft)
        }
    }

    @Test func offersTheSuggestionsOfAPredictionFileThatTheAnnotationLacks() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        var prediction = Prediction(id: Self.id, attempted: [.entities])
        prediction.entities = [
            EntityMention(text: "مُحَمَّد", type: .person, start: 0, end: 8),
            EntityMention(text: "تونس", type: .location, start: 14, end: 18, registryID: "tunisia"),
        ]
        try await Self.withClient(Self.server(dataset, predictions: [Self.id: prediction])) { client in
            try await client.execute(uri: "/api/clippings/\(Self.id)", method: .get, headers: Self.headers) { response in
                let suggestions = try #require(try Self.json(response).member("suggestions")?.asArray)
                #expect(suggestions.count == 1)
                #expect(suggestions.first?.member("start")?.asInteger == 14)
                #expect(suggestions.first?.member("id")?.asString == "tunisia")
            }
        }
    }

    @Test func searchesTheRegistryThroughTheArabicNormalisationAndAddsEntries() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            // «تونس» with a fatha still finds the entry.
            let query = "تَونس".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            let hash = try await client.execute(uri: "/api/registry?q=\(query)", method: .get, headers: Self.headers) { response in
                let body = try Self.json(response)
                #expect(body.member("entries")?.asArray?.compactMap { $0.member("id")?.asString } == ["tunisia"])
                return try #require(body.member("registryHash"))
            }
            let entry = JSONValue.object([("entry", .object([("id", .string("tunis")), ("type", .string("LOC")), ("ar", .string("تونس")), ("en", .string("Tunis"))])), ("registryHash", hash)])
            try await client.execute(uri: "/api/registry", method: .post, headers: Self.headers, body: ByteBuffer(string: entry.serialized())) { response in
                #expect(response.status == .ok)
            }
            let registry = EntityRegistryLoader.load(contentsOf: dataset.annotationsFolder.appendingPathComponent("entities.yaml"), path: "entities.yaml").registry
            #expect(registry.entries(named: "تونس").map(\.id) == ["tunis", "tunisia"])
            // The same request again: the hash is stale now.
            try await client.execute(uri: "/api/registry", method: .post, headers: Self.headers, body: ByteBuffer(string: entry.serialized())) { response in
                #expect(response.status == .conflict)
            }
        }
    }

    @Test func refusesRequestsWithoutTheTokenOrFromAnotherOrigin() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            try await client.execute(uri: "/api/clippings", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/clippings", method: .get, headers: [HTTPField.Name("X-ClipBench-Token")!: "wrong"]) { #expect($0.status == .unauthorized) }
            // The page itself takes the token from its address; the API does not.
            try await client.execute(uri: "/?token=\(Self.token)", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/clippings?token=\(Self.token)", method: .get) { #expect($0.status == .unauthorized) }
            var foreign = Self.headers
            foreign[.origin] = "http://evil.example"
            try await client.execute(uri: "/api/clippings", method: .get, headers: foreign) { #expect($0.status == .forbidden) }
            var own = Self.headers
            own[.origin] = "http://localhost"
            try await client.execute(uri: "/api/clippings", method: .get, headers: own) { #expect($0.status == .ok) }
        }
    }

    @Test func refusesAHostThatIsNotTheServersOwn() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        // The router test sends Host: localhost; this server answers to 127.0.0.1:8765 only.
        try await Self.withClient(Self.server(dataset, authorities: ["127.0.0.1:8765"])) { client in
            try await client.execute(uri: "/api/clippings", method: .get, headers: Self.headers) { response in
                #expect(response.status == .forbidden)
                #expect(String(buffer: response.body).contains("Host header 'localhost'"))
            }
        }
    }

    @Test(arguments: ["..", "..%2Fseeds%2Fx", "a%2Fb", ".hidden"])
    func refusesIDsThatAreNotPlainFileNames(id: String) async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset)) { client in
            try await client.execute(uri: "/api/clippings/\(id)", method: .get, headers: Self.headers) { response in
                #expect([.badRequest, .notFound].contains(response.status))
                #expect(response.status != .ok)
            }
        }
    }

    @Test func refusesAnAnnotationThatLinksOutsideTheDataset() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("clipbench-outside-\(UUID().uuidString).yaml")
        try Self.draft.replacingOccurrences(of: "005_test", with: "006_link").write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Self.seed.write(to: dataset.seedURL("006_link"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: dataset.annotationURL("006_link"), withDestinationURL: outside)
        try await Self.withClient(Self.server(dataset)) { client in
            try await client.execute(uri: "/api/clippings/006_link", method: .get, headers: Self.headers) { #expect($0.status == .forbidden) }
        }
    }

    @Test func refusesABodyOverTheLimit() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        try await Self.withClient(Self.server(dataset, maximumBodySize: 1024)) { client in
            let big = ByteBuffer(string: "{\"annotation\": \"" + String(repeating: "x", count: 4096) + "\"}")
            try await client.execute(uri: "/api/clippings/\(Self.id)/validate", method: .post, headers: Self.headers, body: big) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    static let guardCases: [(String?, String?, String?, Int?)] = [
        (nil, nil, "t", 403), ("127.0.0.1:8765", nil, "t", nil), ("LOCALHOST:8765", nil, "t", nil),
        ("127.0.0.1:8765", "http://127.0.0.1:8765", "t", nil), ("127.0.0.1:8765", "http://127.0.0.1:9999", "t", 403),
        ("attacker.example:8765", nil, "t", 403), ("127.0.0.1:8765", nil, "x", 401), ("127.0.0.1:8765", nil, nil, 401),
    ]

    @Test(arguments: guardCases)
    func guardDecidesByHostOriginAndToken(authority: String?, origin: String?, token: String?, status: Int?) {
        let guarding = RequestGuard(token: "t", authorities: EditorServer.Authorities.names(host: "127.0.0.1", port: 8765))
        #expect(guarding.refusal(authority: authority, origin: origin, token: token)?.status == status)
    }

    @Test func comparesTwoAnnotatorsAndSavesTheResultAsAThirdFile() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        let compare = try Self.review(in: dataset) { $0.replacingOccurrences(of: "type: PER}", with: "type: MISC}") }
        let bob = try String(contentsOf: compare.appendingPathComponent("bob/\(Self.id).yaml"), encoding: .utf8)
        let server = EditorServer(configuration: .init(layout: DatasetLayout(root: dataset.root), token: Self.token, compareFolder: compare), authorities: ["localhost"])
        try await Self.withClient(server) { client in
            let loaded = try await client.execute(uri: "/api/compare/\(Self.id)", method: .get, headers: Self.headers) { try Self.json($0) }
            let disagreements = try #require(loaded.member("disagreements")?.asArray)
            #expect(disagreements.map { "\($0.member("left")?.member("description")?.asString ?? "") | \($0.member("right")?.member("description")?.asString ?? "")" }
                == ["«مُحَمَّد» [0, 8) PER | «مُحَمَّد» [0, 8) MISC"])
            #expect(disagreements.first?.member("key")?.asString == "\(Self.id)/1")
            let body = JSONValue.object([("choices", .array([.string("right")])), ("baseHash", try #require(loaded.member("hash")))])
            try await client.execute(uri: "/api/compare/\(Self.id)", method: .put, headers: Self.headers, body: ByteBuffer(string: body.serialized())) { response in
                #expect(response.status == .ok)
            }
            // The result is written from the left file's text: only the chosen line differs from it.
            let result = try String(contentsOf: compare.appendingPathComponent("adjudicated/\(Self.id).yaml"), encoding: .utf8)
            #expect(result == bob)
            // Saving again with the hash of the absent file is a conflict now.
            try await client.execute(uri: "/api/compare/\(Self.id)", method: .put, headers: Self.headers, body: ByteBuffer(string: body.serialized())) { response in
                #expect(response.status == .conflict)
            }
        }
    }

    /// The review folder of the compare tests: alice's file is the draft with every suggestion
    /// accepted, bob's is alice's changed by `bobs` (by default: another type for the name, no
    /// headline, the share line labelled body).
    static func review(in dataset: TemporaryDataset, bobs: (String) -> String = {
        $0.replacingOccurrences(of: "type: PER}", with: "type: MISC}")
            .replacingOccurrences(of: "headline: \"مُحَمَّد 📚 في تونس\"", with: "headline: null")
            .replacingOccurrences(of: "label: boilerplate, category: share}", with: "label: body}")
    }) throws -> URL {
        let compare = dataset.root.appendingPathComponent("review", isDirectory: true)
        for name in ["alice", "bob"] { try FileManager.default.createDirectory(at: compare.appendingPathComponent(name), withIntermediateDirectories: true) }
        let alice = Self.draft
            .replacingOccurrences(of: "headline: {value: \"مُحَمَّد 📚 في تونس\", suggested: true}", with: "headline: \"مُحَمَّد 📚 في تونس\"")
            .replacingOccurrences(of: ", suggested: true}", with: "}")
        let bob = bobs(alice)
        try alice.write(to: compare.appendingPathComponent("alice/\(Self.id).yaml"), atomically: true, encoding: .utf8)
        try bob.write(to: compare.appendingPathComponent("bob/\(Self.id).yaml"), atomically: true, encoding: .utf8)
        return compare
    }

    @Test func savesAnEditOfEachDisagreementThroughTheSameWriter() async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        let compare = try Self.review(in: dataset)
        let alice = try String(contentsOf: compare.appendingPathComponent("alice/\(Self.id).yaml"), encoding: .utf8)
        let server = EditorServer(configuration: .init(layout: DatasetLayout(root: dataset.root), token: Self.token, compareFolder: compare), authorities: ["localhost"])
        try await Self.withClient(server) { client in
            let loaded = try await client.execute(uri: "/api/compare/\(Self.id)", method: .get, headers: Self.headers) { try Self.json($0) }
            let tasks = try #require(loaded.member("disagreements")?.asArray).compactMap { $0.member("task")?.asString }
            #expect(tasks == ["region", "entity", "headline"])
            let edits: [JSONValue] = [
                .object([("edit", .object([("kind", .string("region")), ("label", .string("boilerplate")), ("category", .string("footer"))]))]),
                // A new span (past the emoji: scalars, not UTF-16), type and id; the text comes from the seed.
                .object([("edit", .object([("kind", .string("entity")), ("start", .integer(14)), ("end", .integer(18)),
                                           ("type", .string("LOC")), ("id", .string("tunisia"))]))]),
                .object([("edit", .object([("kind", .string("headline")), ("value", .string("في تونس"))]))]),
            ]
            let body = JSONValue.object([("choices", .array(edits)), ("baseHash", try #require(loaded.member("hash")))])
            try await client.execute(uri: "/api/compare/\(Self.id)", method: .put, headers: Self.headers, body: ByteBuffer(string: body.serialized())) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
            }
            let result = try String(contentsOf: compare.appendingPathComponent("adjudicated/\(Self.id).yaml"), encoding: .utf8)
            #expect(result == alice
                .replacingOccurrences(of: "headline: \"مُحَمَّد 📚 في تونس\"", with: "headline: \"في تونس\"")
                .replacingOccurrences(of: "category: share}", with: "category: footer}")
                .replacingOccurrences(of: "{start: 0, end: 8, text: \"مُحَمَّد\", type: PER}", with: "{start: 14, end: 18, text: \"تونس\", type: LOC, id: tunisia}"))
        }
    }

    @Test(arguments: [
        (#"[{"edit": {"kind": "date", "start": 0, "end": 8}}, "left", "left"]"#, "an edit of a run of region labels must give a run of region labels"),
        (#"["neither", "left", "left"]"#, "a run of region labels takes left or right"),
        (#"[{"edit": {"kind": "region", "label": "sidebar"}}, "left", "left"]"#, "'sidebar' is not a region label"),
        (#"["left", {"edit": {"kind": "entity", "start": 0, "end": 99, "type": "PER"}}, "left"]"#, "outside the seed's"),
        (#"["left", "maybe", "left"]"#, "'maybe' is not left, right or neither"),
        (#"["left", "left"]"#, "decide each of the 3 disagreements"),
    ])
    func refusesADecisionThatDoesNotFitItsDisagreement(choices: String, message: String) async throws {
        let dataset = try Self.dataset()
        defer { dataset.remove() }
        let compare = try Self.review(in: dataset)
        let server = EditorServer(configuration: .init(layout: DatasetLayout(root: dataset.root), token: Self.token, compareFolder: compare), authorities: ["localhost"])
        try await Self.withClient(server) { client in
            let loaded = try await client.execute(uri: "/api/compare/\(Self.id)", method: .get, headers: Self.headers) { try Self.json($0) }
            let body = JSONValue.object([("choices", try JSONValue(parsing: choices)), ("baseHash", try #require(loaded.member("hash")))])
            try await client.execute(uri: "/api/compare/\(Self.id)", method: .put, headers: Self.headers, body: ByteBuffer(string: body.serialized())) { response in
                #expect(response.status == .unprocessableContent)
                let error = try Self.json(response).member("error")?.asString ?? ""
                #expect(error.contains(message), "\(error)")
            }
            #expect(!FileManager.default.fileExists(atPath: compare.appendingPathComponent("adjudicated/\(Self.id).yaml").path))
        }
    }
}
