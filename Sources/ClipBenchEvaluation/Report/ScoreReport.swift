import ClipBenchCore
import ClipBenchDataset
import ClipBenchExtraction

/// The one report of a scored run, which every output renders: the table, JSON, Markdown, JUnit
/// and HTML reports, `compare` and the regression gate.
///
/// It is built from a ``Scorecard`` and the ``MetricCatalog`` (``init(scorecard:)``), or read from a
/// saved JSON report (``init(json:)``) into the same shape, so a saved report works exactly like a
/// fresh run. Each group holds its figures in the catalogue's order, each a measure or a count as
/// the catalogue defines it (``ReportFigure/Kind``); values are rounded to six decimals, as the
/// JSON report publishes them. A group whose task was not attempted says so and holds no figures.
///
/// ```swift
/// let report = ScoreReport(scorecard: evaluator.scorecard())
/// report.figures["entities.strict.f1"]                    // 0.61
/// report.group("headline")?.measure("f1")?.spread?.low    // 95% interval, lower end
/// ReportFormat.markdown.render(report)
/// ```
///
/// - Complexity: building is O(metric groups × bootstrap replicates + documents × metric groups).
public struct ScoreReport: Sendable {
    public var extractor: String
    public var toolVersion: String?
    /// The SHA-256 of the gold and seeds the run was scored against.
    public var fingerprint: String?
    public var documentCount: Int?
    public var missingCount: Int?
    /// For each task, how many predictions attempted it.
    public var attemptedCounts: [ScoredTask: Int]
    public var bootstrapReplicates: Int?
    /// The seed is a string in the report (a UInt64 may not fit a JSON number's exact range).
    public var bootstrapSeed: String?
    /// The metric groups, in the catalogue's order; groups inside a group not attempted
    /// (`body.tokens` when `body` is not) are left out, as in the JSON report.
    public var groups: [MetricGroupReport]
    /// Each clipping's row, in the scorecard's order.
    public var documents: [DocumentReport]

    public init(extractor: String, toolVersion: String?, fingerprint: String?, documentCount: Int?, missingCount: Int?,
                attemptedCounts: [ScoredTask: Int], bootstrapReplicates: Int?, bootstrapSeed: String?,
                groups: [MetricGroupReport], documents: [DocumentReport]) {
        self.extractor = extractor
        self.toolVersion = toolVersion
        self.fingerprint = fingerprint
        self.documentCount = documentCount
        self.missingCount = missingCount
        self.attemptedCounts = attemptedCounts
        self.bootstrapReplicates = bootstrapReplicates
        self.bootstrapSeed = bootstrapSeed
        self.groups = groups
        self.documents = documents
    }

    /// The report of a scorecard: every catalogue group's measures with their bootstrap spread
    /// (when the scorecard has replicates) and counts, and the rows the scorecard kept.
    public init(scorecard: Scorecard) {
        var groups: [MetricGroupReport] = []
        for definition in MetricCatalog.groups {
            let group = Self.group(definition, attempted: scorecard.isAttempted(definition.task), statistics: scorecard.totals) { measure in
                BootstrapSummary(values: scorecard.replicates.map { measure.value($0) }).map { summary in
                    MeasureSpread(standardDeviation: Self.rounded(summary.standardDeviation) ?? 0,
                                  low: Self.rounded(summary.low), high: Self.rounded(summary.high))
                }
            }
            Self.append(group, to: &groups)
        }
        self.init(extractor: scorecard.configuration.extractor, toolVersion: ToolInfo.version,
                  fingerprint: scorecard.configuration.goldFingerprint, documentCount: scorecard.documentCount,
                  missingCount: scorecard.missingCount, attemptedCounts: scorecard.attemptedCounts,
                  bootstrapReplicates: scorecard.replicates.count, bootstrapSeed: String(scorecard.configuration.seed),
                  groups: groups, documents: scorecard.documents.map(DocumentReport.init(score:)))
    }

    /// Whether the measures carry a bootstrap spread (`std` and `interval` in the JSON report).
    public var hasBootstrap: Bool { (bootstrapReplicates ?? 0) > 0 }

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

    // MARK: - Building

    /// One catalogue group evaluated on summed statistics: its measures (kind ``ReportFigure/Kind/measure``)
    /// with their spread, then its counts (kind ``ReportFigure/Kind/count``).
    package static func group(_ definition: MetricGroupDefinition, attempted: Bool, statistics: ScoreStatistics,
                              spread: (MetricMeasure) -> MeasureSpread?) -> MetricGroupReport {
        guard attempted else { return MetricGroupReport(keys: definition.path, attempted: false, isShown: definition.isShown, figures: []) }
        let measures = definition.measures.map { measure in
            ReportFigure(name: measure.name, kind: .measure, value: rounded(measure.value(statistics)), spread: spread(measure))
        }
        let counts = definition.counts.map { count in
            ReportFigure(name: count.name, kind: .count, value: Double(count.value(statistics)))
        }
        return MetricGroupReport(keys: definition.path, attempted: true, isShown: definition.isShown, figures: measures + counts)
    }

    /// Appends `group` unless a group holding it (a shorter path) was not attempted: the JSON
    /// report hides `body.tokens` inside `{"attempted": false}`, and so does the model.
    package static func append(_ group: MetricGroupReport, to groups: inout [MetricGroupReport]) {
        let hidden = groups.contains { other in
            !other.attempted && other.keys.count < group.keys.count && Array(group.keys.prefix(other.keys.count)) == other.keys
        }
        if !hidden { groups.append(group) }
    }

    /// Rounds to six decimals, as the report publishes its figures; nil for undefined values.
    package static func rounded(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return (value * 1_000_000).rounded() / 1_000_000
    }

    // MARK: - Reading a saved report

    /// Reads a report from its JSON (`clipbench score --format json`).
    ///
    /// The metrics tree is read group by group as the catalogue lists them: each measure and count
    /// by its name in the group's object, a group given as `null` or `{"attempted": false}` as not
    /// attempted, a group the report lacks left out. Keys the catalogue does not define are ignored.
    ///
    /// - Throws: ``ScoreReportError`` when the value has no `metrics` object.
    public init(json: JSONValue) throws(ScoreReportError) {
        guard case .object = json, let metrics = json.member("metrics"), case .object = metrics else {
            throw ScoreReportError(message: "not a ClipBench report: the top level has no 'metrics' object")
        }
        var attemptedCounts: [ScoredTask: Int] = [:]
        if case .object(let members)? = json.member("attempted") {
            for (key, value) in members {
                if let task = ScoredTask(rawValue: key), let count = value.asInteger { attemptedCounts[task] = count }
            }
        }
        self.init(
            extractor: json.member("extractor")?.asString ?? "unknown",
            toolVersion: json.member("version")?.asString,
            fingerprint: json.member("gold_fingerprint")?.asString,
            documentCount: json.member("documents_scored")?.asInteger ?? json.member("documents")?.asArray?.count,
            missingCount: json.member("missing")?.asInteger,
            attemptedCounts: attemptedCounts,
            bootstrapReplicates: json.member("bootstrap")?.member("replicates")?.asInteger,
            bootstrapSeed: json.member("bootstrap")?.member("seed").flatMap { $0.asString ?? $0.asInteger.map(String.init) },
            groups: Self.groups(in: metrics),
            documents: (json.member("documents")?.asArray ?? []).compactMap { document in
                guard let id = document.member("id")?.asString else { return nil }
                return DocumentReport(id: id, groups: document.member("metrics").map { Self.groups(in: $0) } ?? [],
                                      isMissing: document.member("missing")?.asBool ?? false)
            })
    }

    /// The catalogue's groups found in a `metrics` object.
    package static func groups(in metrics: JSONValue) -> [MetricGroupReport] {
        var groups: [MetricGroupReport] = []
        for definition in MetricCatalog.groups {
            var found: JSONValue? = metrics
            for key in definition.path { found = found?.member(key) }
            guard let value = found else { continue }
            if value == .null || value.member("attempted")?.asBool == false {
                append(MetricGroupReport(keys: definition.path, attempted: false, isShown: definition.isShown, figures: []), to: &groups)
                continue
            }
            let measures = definition.measures.compactMap { measure in
                value.member(measure.name).map { ReportFigure(name: measure.name, kind: .measure, value: $0.asDouble, spread: spread(of: measure.name, in: value)) }
            }
            guard !measures.isEmpty else { continue }
            let counts = definition.counts.compactMap { count in
                value.member(count.name)?.asDouble.map { ReportFigure(name: count.name, kind: .count, value: $0) }
            }
            append(MetricGroupReport(keys: definition.path, attempted: true, isShown: definition.isShown, figures: measures + counts), to: &groups)
        }
        return groups
    }

    /// The bootstrap figures of measure `name` in `group`: `"std": {"f1": 0.04}` and
    /// `"interval": {"f1": [0.52, 0.69]}` (the report's shape), nil without a bootstrap.
    private static func spread(of name: String, in group: JSONValue) -> MeasureSpread? {
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
