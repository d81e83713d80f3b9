import ClipBench
import Foundation
import Hummingbird
import Synchronization

/// The `clipbench serve` web server: the editor page and its JSON API, on Hummingbird 2.
///
/// Routes (every one behind ``RequestGuard``):
/// - `GET /?token=…`: the editor page (HTML, CSS and JavaScript in one document, no network);
/// - `GET /api/clippings`: the list; `GET /api/clippings/ID`: one clipping;
/// - `POST /api/clippings/ID/validate`: live validation; `PUT /api/clippings/ID`: save;
/// - `GET /api/registry?q=…`: search; `POST /api/registry`: add an entry;
/// - `GET /api/compare`, `GET /api/compare/ID`, `PUT /api/compare/ID`: adjudicating two annotators (`--compare DIR`).
///
/// ```swift
/// let server = EditorServer(configuration: .init(layout: layout, host: "127.0.0.1", port: 8765))
/// try await server.run { url in print(url) }
/// ```
///
/// - Complexity: each request costs what its ``EditorService`` call costs.
public struct EditorServer: Sendable {
    /// How the server is started.
    public struct Configuration: Sendable {
        public var layout: DatasetLayout
        public var host: String
        /// 0 picks a free port.
        public var port: Int
        public var token: String
        /// Predictions of `--suggest FILE`, by clipping id.
        public var predictions: [String: Prediction]
        /// The largest request body accepted, in bytes.
        public var maximumBodySize: Int
        /// `--compare DIR`: two annotators' folders to adjudicate.
        public var compareFolder: URL?

        public init(layout: DatasetLayout, host: String = "127.0.0.1", port: Int = 8765, token: String = RequestGuard.makeToken(),
                    predictions: [String: Prediction] = [:], maximumBodySize: Int = 4 << 20, compareFolder: URL? = nil) {
            self.layout = layout
            self.host = host
            self.port = port
            self.token = token
            self.predictions = predictions
            self.maximumBodySize = maximumBodySize
            self.compareFolder = compareFolder
        }
    }

    public let configuration: Configuration
    let service: EditorService
    /// The `host:port` names the server answers to, known once the port is bound.
    let authorities: Authorities

    public init(configuration: Configuration) {
        self.init(configuration: configuration, authorities: Authorities.names(host: configuration.host, port: configuration.port))
    }

    /// A server that answers to exactly `authorities` (tests drive the router with `Host: localhost`).
    init(configuration: Configuration, authorities names: Set<String>) {
        self.configuration = configuration
        self.service = EditorService(layout: configuration.layout, predictions: configuration.predictions, compareFolder: configuration.compareFolder)
        self.authorities = Authorities(host: configuration.host, names: names)
    }

    /// The names a `Host` header may give for this server once it listens on `port`.
    final class Authorities: Sendable {
        private let names: Mutex<Set<String>>
        let host: String

        init(host: String, names: Set<String>) {
            self.host = host
            self.names = Mutex(names)
        }

        static func names(host: String, port: Int) -> Set<String> {
            var hosts: Set<String> = [host.lowercased()]
            if host == "127.0.0.1" || host == "localhost" { hosts.formUnion(["127.0.0.1", "localhost"]) }
            return Set(hosts.map { "\($0):\(port)" })
        }

        func bound(to port: Int) { names.withLock { $0 = Self.names(host: host, port: port) } }
        var current: Set<String> { names.withLock { $0 } }
    }

    /// The router with every route and the guard; tests drive it without a socket.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: GuardMiddleware(token: configuration.token, authorities: authorities))
        let service = self.service
        let limit = configuration.maximumBodySize
        router.get("/") { _, _ in
            guard let page = EditorPage.html else { return Self.text(500, "the editor page is missing from the package's resources") }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        router.get("/api/clippings") { _, _ in Self.json(await service.list()) }
        router.get("/api/clippings/:id") { _, context in
            Self.json(await service.clipping(id: context.parameters.get("id") ?? ""))
        }
        router.post("/api/clippings/:id/validate") { request, context in
            await Self.withBody(of: request, limit: limit) { body in await service.validate(id: context.parameters.get("id") ?? "", body: body) }
        }
        router.put("/api/clippings/:id") { request, context in
            await Self.withBody(of: request, limit: limit) { body in await service.save(id: context.parameters.get("id") ?? "", body: body) }
        }
        router.get("/api/registry") { request, _ in
            Self.json(await service.searchRegistry(query: request.uri.queryParameters["q"].map(String.init) ?? ""))
        }
        router.post("/api/registry") { request, _ in
            await Self.withBody(of: request, limit: limit) { body in await service.addRegistryEntry(body: body) }
        }
        router.get("/api/compare") { _, _ in Self.json(await service.comparisons()) }
        router.get("/api/compare/:id") { _, context in Self.json(await service.comparison(id: context.parameters.get("id") ?? "")) }
        router.put("/api/compare/:id") { request, context in
            await Self.withBody(of: request, limit: limit) { body in await service.saveComparison(id: context.parameters.get("id") ?? "", body: body) }
        }
        return router
    }

    /// The page's address with the token, e.g. `http://127.0.0.1:8765/?token=…`.
    public func url(port: Int) -> String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return "http://\(host):\(port)/?token=\(configuration.token)"
    }

    /// Listens until the process is interrupted; `onReady` receives the URL once the port is bound.
    public func run(onReady: @escaping @Sendable (String) -> Void) async throws {
        let authorities = self.authorities
        let server = self
        let application = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "clipbench"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? server.configuration.port
                authorities.bound(to: port)
                onReady(server.url(port: port))
            })
        try await application.runService()
    }

    // MARK: - Helpers

    static func json(_ reply: EditorService.Reply) -> Response {
        Response(
            status: HTTPResponse.Status(code: reply.status),
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: reply.body.serialized())))
    }

    static func text(_ status: Int, _ message: String) -> Response {
        Response(status: HTTPResponse.Status(code: status), headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    /// The reply of `action` to the request's JSON body, or the refusal of the body.
    static func withBody(of request: Request, limit: Int, _ action: (JSONValue) async -> EditorService.Reply) async -> Response {
        switch await body(of: request, limit: limit) {
        case .failure(let reply): return json(reply)
        case .success(let body): return json(await action(body))
        }
    }

    /// The request's JSON body, refused past `limit` bytes or when it is not JSON.
    static func body(of request: Request, limit: Int) async -> Result<JSONValue, EditorService.Reply> {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            return .failure(.error(413, "the request body is larger than \(limit) bytes"))
        }
        do {
            return .success(try JSONValue(parsing: String(buffer: buffer)))
        } catch {
            return .failure(.error(400, "the request body is not JSON: \(error)"))
        }
    }
}

/// Runs ``RequestGuard`` before every route.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String
    let authorities: EditorServer.Authorities

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let guarding = RequestGuard(token: token, authorities: authorities.current)
        let header = request.headers.first { $0.name.canonicalName == "x-clipbench-token" }?.value
        let given = header ?? (request.uri.path == "/" ? request.uri.queryParameters["token"].map(String.init) : nil)
        if let refusal = guarding.refusal(authority: request.head.authority, origin: request.headers[.origin], token: given) {
            return EditorServer.text(refusal.status, refusal.message)
        }
        return try await next(request, context)
    }
}
