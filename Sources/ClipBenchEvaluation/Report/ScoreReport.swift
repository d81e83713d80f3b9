import ClipBenchCore

/// A scorecard as the renderers, `compare` and `check` see it: read from the JSON report
/// (SPEC section 6), so a report saved to a file works exactly like a fresh run.
///
/// The metrics tree is flattened into groups (`entities.strict`, `body.tokens.micro`), each
/// with its measures (precision, recall, f1, …, with their bootstrap spread when present) and
/// the counts behind them. A group whose task was not attempted says so.
///
/// ```swift
/// let report = try ScoreReport(json: scorecard.jsonValue)
/// report.figures["entities.strict.f1"]   // 0.61
/// ```
public struct ScoreReport: Sendable {
    public var extractor: String
    public var toolVersion: String?
    /// The SHA-256 of the gold and seeds the run was scored against.
    public var fingerprint: String?
    public var documentCount: Int?
    public var missingCount: Int?
    public var bootstrapReplicates: Int?
    public var bootstrapSeed: String?
    /// The metric groups, in report order.
    public var groups: [MetricGroupReport]
    /// Each clipping's groups, in report order.
    public var documents: [DocumentReport]
    /// The JSON the report was read from.
    public var json: JSONValue

    /// Reads a report from its JSON (`clipbench score --format json`).
    ///
    /// - Throws: ``ScoreReportError`` when the value has no `metrics` object.
    public init(json: JSONValue) throws(ScoreReportError) {
        guard case .object = json, let metrics = json.member("metrics"), case .object = metrics else {
            throw ScoreReportError(message: "not a ClipBench report: the top level has no 'metrics' object")
        }
        self.json = json
        extractor = json.member("extractor")?.asString ?? "unknown"
        toolVersion = json.member("version")?.asString
        fingerprint = json.member("gold_fingerprint")?.asString
        documentCount = json.member("documents_scored")?.asInteger ?? json.member("documents")?.asArray?.count
        missingCount = json.member("missing")?.asInteger
        bootstrapReplicates = json.member("bootstrap")?.member("replicates")?.asInteger
        // The seed is a string in the report (a UInt64 may not fit a JSON number's exact range).
        bootstrapSeed = json.member("bootstrap")?.member("seed").flatMap { $0.asString ?? $0.asInteger.map(String.init) }
        groups = Self.groups(in: metrics, path: [])
        documents = (json.member("documents")?.asArray ?? []).compactMap { document in
            guard let id = document.member("id")?.asString else { return nil }
            return DocumentReport(id: id, groups: document.member("metrics").map { Self.groups(in: $0, path: []) } ?? [],
                                  isMissing: document.member("missing")?.asBool ?? false)
        }
    }

    /// Every measure by dotted path (`headline.exact_match`, `entities.strict.f1`); measures of
    /// groups not attempted, and undefined ones (null), are left out.
    public var figures: [String: Double] {
        Self.figures(of: groups)
    }

    package static func figures(of groups: [MetricGroupReport]) -> [String: Double] {
        var result: [String: Double] = [:]
        for group in groups where group.attempted {
            for measure in group.measures {
                if let value = measure.value { result[group.path + "." + measure.name] = value }
            }
        }
        return result
    }

    /// The group at a dotted path.
    public func group(_ path: String) -> MetricGroupReport? { groups.first { $0.path == path } }

    // MARK: - Reading the tree

    /// Measure names: ratios in [0, 1] that reports show and gates pin. Other numbers are counts.
    package static func isMeasureName(_ name: String) -> Bool {
        if ["precision", "recall", "f1", "accuracy", "exact_match", "kappa"].contains(name) { return true }
        return ["_precision", "_recall", "_f1", "_accuracy", "_kappa"].contains { name.hasSuffix($0) }
    }

    /// Keys that hold the bootstrap's figures or flags rather than measures or counts.
    package static let metadataKeys: Set<String> = ["attempted", "std", "interval"]

    package static func groups(in value: JSONValue, path: [String]) -> [MetricGroupReport] {
        guard case .object(let members) = value else { return [] }
        var result: [MetricGroupReport] = []
        var measures: [MetricMeasureReport] = []
        var counts: [(String, Double)] = []
        var children: [MetricGroupReport] = []
        var attempted = true
        if value.member("attempted")?.asBool == false { attempted = false }
        for (key, member) in members where !metadataKeys.contains(key) {
            switch member {
            case .object:
                children += groups(in: member, path: path + [key])
            case .null where !isMeasureName(key):
                // A whole group written as null: not attempted.
                children.append(MetricGroupReport(path: (path + [key]).joined(separator: "."), attempted: false, measures: [], counts: []))
            case .integer, .number, .null:
                if isMeasureName(key) {
                    measures.append(MetricMeasureReport(name: key, value: member.asDouble, spread: siblingSpread(of: key, in: value)))
                } else if let number = member.asDouble {
                    counts.append((key, number))
                }
            default:
                break
            }
        }
        if !measures.isEmpty || !attempted {
            result.append(MetricGroupReport(path: path.joined(separator: "."), attempted: attempted, measures: measures, counts: counts))
        }
        // A group not attempted hides its children's numbers too.
        result += attempted ? children : children.map { var child = $0; child.attempted = false; return child }
        return result
    }

    /// The bootstrap figures of measure `name` in `group`: `"std": {"f1": 0.04}` and
    /// `"interval": {"f1": [0.52, 0.69]}` (the report's shape), nil without a bootstrap.
    private static func siblingSpread(of name: String, in group: JSONValue) -> MeasureSpread? {
        guard let standardDeviation = group.member("std")?.member(name)?.asDouble else { return nil }
        let interval = group.member("interval")?.member(name)?.asArray
        return MeasureSpread(standardDeviation: standardDeviation,
                             low: interval?.first?.asDouble, high: interval?.last?.asDouble)
    }
}

/// Why a JSON value is not a report.
public struct ScoreReportError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension ScoreReport {
    /// Whether a group is shown in the scorecard and pinned by a gate: every group, but of the
    /// per-type entity groups only the strict schema's (the JSON report keeps them all).
    package static func isShown(_ path: String) -> Bool {
        guard path.contains("by_type") else { return true }
        return path.hasSuffix(".strict")
    }
}
