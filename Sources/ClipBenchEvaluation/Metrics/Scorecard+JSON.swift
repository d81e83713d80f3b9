import ClipBenchCore

extension Scorecard {
    /// The report of SPEC section 6: `extractor`, `version`, `gold_fingerprint`, the bootstrap settings,
    /// `metrics` (headline, published, body, boilerplate, entities, dates) and `documents`.
    ///
    /// Every attempted group has its measures (`precision`, `recall`, `f1`, …), its counts, and, with a
    /// bootstrap, `std` and `interval` (`[low, high]`, 95%) per measure. A group whose task no
    /// prediction attempted is `{"attempted": false}`. Values are rounded to six decimals so that
    /// the report is the same byte for byte whatever the order of the clippings.
    public var jsonValue: JSONValue {
        var metrics: [(String, JSONValue)] = []
        for group in groups {
            Self.insert(group.jsonValue(withBootstrap: !replicates.isEmpty), at: group.path, into: &metrics)
        }
        let members: [(String, JSONValue)] = [
            ("extractor", .string(configuration.extractor)),
            ("version", .string(ToolInfo.version)),
            ("gold_fingerprint", .string(configuration.goldFingerprint)),
            ("documents_scored", .integer(documentCount)),
            ("missing", .integer(missingCount)),
            ("attempted", .object(ScoredTask.allCases.map { ($0.rawValue, .integer(attemptedCounts[$0] ?? 0)) })),
            ("bootstrap", .object([
                ("method", .string("poisson")), ("replicates", .integer(replicates.count)),
                ("seed", .string(String(configuration.seed))), ("confidence", .number(0.95)),
            ])),
            ("metrics", .object(metrics)),
            ("documents", .array(documents.map(\.jsonValue))),
        ]
        return .object(members)
    }

    /// Puts `value` at `path` inside an ordered object, creating intermediate objects in order.
    package static func insert(_ value: JSONValue, at path: [String], into members: inout [(String, JSONValue)]) {
        guard let key = path.first else { return }
        if path.count == 1 {
            if let index = members.firstIndex(where: { $0.0 == key }), case .object(let existing) = members[index].1,
               case .object(let new) = value {
                // A group that also has children (body and body.tokens): keep the children after the measures.
                members[index].1 = .object(new + existing)
            } else {
                members.append((key, value))
            }
            return
        }
        var child: [(String, JSONValue)] = []
        let index = members.firstIndex(where: { $0.0 == key })
        // Inside a group that is not attempted (body), its children (body.tokens) are not shown either.
        if let found = index, members[found].1 == notAttempted { return }
        if let found = index, case .object(let existing) = members[found].1 { child = existing }
        insert(value, at: Array(path.dropFirst()), into: &child)
        if let found = index {
            members[found].1 = .object(child)
        } else {
            members.append((key, .object(child)))
        }
    }

    /// The value of a group whose task was not attempted.
    package static let notAttempted = JSONValue.object([("attempted", .bool(false))])

    /// Rounds to six decimals for the report.
    package static func reported(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number((value * 1_000_000).rounded() / 1_000_000)
    }
}
