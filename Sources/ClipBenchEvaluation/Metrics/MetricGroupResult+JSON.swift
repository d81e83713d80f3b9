import ClipBenchCore

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
