import ClipBenchCore

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
