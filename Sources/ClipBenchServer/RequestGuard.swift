import Foundation

/// Decides whether the editor server answers a request at all: the per-run token must be given
/// (header `X-ClipBench-Token`, or `?token=` on the page itself), the `Host` must be the
/// server's own address (no DNS rebinding), and an `Origin`, when sent, must be the server's
/// own (no cross-site writes).
///
/// ```swift
/// let guard = RequestGuard(token: "abc", authorities: ["127.0.0.1:8765", "localhost:8765"])
/// guard.refusal(authority: "evil.example:8765", origin: nil, token: "abc")   // 403, "wrong Host"
/// ```
///
/// - Complexity: O(1) per request.
public struct RequestGuard: Sendable {
    /// The secret every request must carry.
    public var token: String
    /// The `host:port` values the server answers to.
    public var authorities: Set<String>

    public init(token: String, authorities: Set<String>) {
        self.token = token
        self.authorities = authorities
    }

    /// A refusal: the HTTP status and why.
    public struct Refusal: Sendable, Hashable {
        public var status: Int
        public var message: String
    }

    /// Why the request is refused, or nil when it may go on.
    public func refusal(authority: String?, origin: String?, token given: String?) -> Refusal? {
        guard let authority, authorities.contains(authority.lowercased()) else {
            return Refusal(status: 403, message: "refused: the Host header '\(authority ?? "")' is not this server's address")
        }
        if let origin, !authorities.contains(where: { "http://\($0)" == origin.lowercased() }) {
            return Refusal(status: 403, message: "refused: requests from the origin '\(origin)' are not allowed")
        }
        guard let given, Self.constantTimeEqual(given, token) else {
            return Refusal(status: 401, message: "refused: this request lacks the server's token; open the URL the server printed")
        }
        return nil
    }

    /// A fresh random token: 32 hexadecimal digits from the system's generator.
    public static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let digits = String(generator.next() as UInt32, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }.joined()
    }

    /// Compares without stopping at the first difference, so timing tells nothing of the token.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
