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

    static func figures(of groups: [MetricGroupReport]) -> [String: Double] {
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
    static func isMeasureName(_ name: String) -> Bool {
        if ["precision", "recall", "f1", "accuracy", "exact_match", "kappa"].contains(name) { return true }
        return ["_precision", "_recall", "_f1", "_accuracy", "_kappa"].contains { name.hasSuffix($0) }
    }

    /// Keys that hold the bootstrap's figures or flags rather than measures or counts.
    static let metadataKeys: Set<String> = ["attempted", "std", "interval"]

    static func groups(in value: JSONValue, path: [String]) -> [MetricGroupReport] {
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

/// One group of a report, such as `entities.strict`.
public struct MetricGroupReport: Sendable {
    /// The dotted path, such as `entities.by_type.PER.strict`.
    public var path: String
    /// False when the task's key was absent from every prediction: shown as "not attempted", never as zero.
    public var attempted: Bool
    public var measures: [MetricMeasureReport]
    /// The counts behind the measures (tp, fp, COR, …), by name.
    public var counts: [(String, Double)]

    public func measure(_ name: String) -> MetricMeasureReport? { measures.first { $0.name == name } }
}

/// One measure: its value (nil when undefined) and its bootstrap spread, if computed.
public struct MetricMeasureReport: Sendable {
    public var name: String
    public var value: Double?
    public var spread: MeasureSpread?
}

/// The bootstrap's standard deviation and 95% interval of a measure.
public struct MeasureSpread: Sendable, Hashable {
    public var standardDeviation: Double
    public var low: Double?
    public var high: Double?

    public init(standardDeviation: Double, low: Double?, high: Double?) {
        self.standardDeviation = standardDeviation
        self.low = low
        self.high = high
    }
}

/// One clipping's row of a report.
public struct DocumentReport: Sendable {
    public var id: String
    public var groups: [MetricGroupReport]
    public var isMissing: Bool

    public var figures: [String: Double] { ScoreReport.figures(of: groups) }
}

extension JSONValue {
    /// The member `key` of an object, or nil.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    var asString: String? { if case .string(let value) = self { value } else { nil } }
    var asBool: Bool? { if case .bool(let value) = self { value } else { nil } }
    var asArray: [JSONValue]? { if case .array(let value) = self { value } else { nil } }

    var asDouble: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    var asInteger: Int? {
        switch self {
        case .integer(let value): value
        case .number(let value): Int(exactly: value)
        default: nil
        }
    }
}
