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
    static func insert(_ value: JSONValue, at path: [String], into members: inout [(String, JSONValue)]) {
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
        var index = members.firstIndex(where: { $0.0 == key })
        // Inside a group that is not attempted (body), its children (body.tokens) are not shown either.
        if let found = index, members[found].1 == notAttempted { return }
        if let found = index, case .object(let existing) = members[found].1 { child = existing }
        insert(value, at: Array(path.dropFirst()), into: &child)
        if index == nil {
            members.append((key, .object([])))
            index = members.count - 1
        }
        members[index!].1 = .object(child)
    }

    /// The value of a group whose task was not attempted.
    static let notAttempted = JSONValue.object([("attempted", .bool(false))])

    /// Rounds to six decimals for the report.
    static func reported(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number((value * 1_000_000).rounded() / 1_000_000)
    }
}

extension MetricGroupResult {
    /// The group as a report object.
    public func jsonValue(withBootstrap: Bool) -> JSONValue {
        guard attempted else { return Scorecard.notAttempted }
        var members: [(String, JSONValue)] = measures.map { ($0.name, Scorecard.reported($0.value)) }
        members += counts.map { ($0.name, Scorecard.reported($0.value)) }
        if withBootstrap {
            members.append(("std", .object(measures.map { ($0.name, Scorecard.reported($0.summary?.standardDeviation)) })))
            members.append(("interval", .object(measures.map { measure in
                guard let summary = measure.summary else { return (measure.name, .null) }
                return (measure.name, .array([Scorecard.reported(summary.low), Scorecard.reported(summary.high)]))
            })))
        }
        return .object(members)
    }
}

extension DocumentScore {
    /// The document's row: `{"id", "missing", "metrics": {…}}`, with the same groups as the aggregate
    /// (per-type entity groups and the macro body group are left out of rows), and
    /// `{"attempted": false}` for tasks this prediction did not attempt.
    public var jsonValue: JSONValue {
        var metrics: [(String, JSONValue)] = []
        for definition in MetricCatalog.groups where definition.perDocument {
            let attempted = isMissing || self.attempted.contains(definition.task)
            let group = MetricGroupResult(
                path: definition.path, attempted: attempted,
                measures: definition.measures.map { MetricResult(name: $0.name, value: $0.value(statistics), summary: nil) },
                counts: definition.counts.map { ($0.name, $0.value(statistics) ?? 0) })
            Scorecard.insert(group.jsonValue(withBootstrap: false), at: definition.path, into: &metrics)
        }
        return .object([("id", .string(id)), ("missing", .bool(isMissing)), ("metrics", .object(metrics))])
    }
}
