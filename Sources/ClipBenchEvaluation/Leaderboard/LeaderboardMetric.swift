/// One column of a leaderboard: a measure of the metric catalogue, by its dotted path.
///
/// ```swift
/// LeaderboardMetric.main.map(\.path)   // ["headline.f1", "published.f1", "body.f1", …]
/// ```
public struct LeaderboardMetric: Sendable, Hashable {
    /// The measure's dotted path in the JSON report, such as `entities.strict.f1`.
    public var path: String
    /// How tables head the column, such as `entities strict F1`.
    public var label: String

    public init(path: String, label: String) {
        self.path = path
        self.label = label
    }

    /// The main figure of each task, the columns of `clipbench score A B C…`: the headline's token
    /// F1, the publication date's F1, the body's shingle F1 (ScrapingHub's), the boilerplate class's
    /// F1, entities under the strict and the partial schema, and the dates' value F1 (TempEval-3's
    /// headline figure: value accuracy × relaxed span F1).
    public static let main: [LeaderboardMetric] = [
        LeaderboardMetric(path: "headline.f1", label: "headline F1"),
        LeaderboardMetric(path: "published.f1", label: "published F1"),
        LeaderboardMetric(path: "body.f1", label: "body F1"),
        LeaderboardMetric(path: "boilerplate.f1", label: "boilerplate F1"),
        LeaderboardMetric(path: "entities.strict.f1", label: "entities strict F1"),
        LeaderboardMetric(path: "entities.partial.f1", label: "entities partial F1"),
        LeaderboardMetric(path: "dates.relaxed.value_f1", label: "dates value F1"),
    ]

    /// The columns of `clipbench score --scrapinghub GT OUT…`: the benchmark's own four figures.
    public static let scrapingHub: [LeaderboardMetric] = [
        LeaderboardMetric(path: "body.precision", label: "precision"),
        LeaderboardMetric(path: "body.recall", label: "recall"),
        LeaderboardMetric(path: "body.f1", label: "F1"),
        LeaderboardMetric(path: "body.accuracy", label: "accuracy"),
    ]

    /// The catalogue's group and measure for this path; nil when the catalogue has none.
    package var definition: (group: MetricGroupDefinition, measure: MetricMeasure)? {
        var keys = path.split(separator: ".").map(String.init)
        guard let name = keys.popLast(), let group = MetricCatalog.group(keys),
              let measure = group.measures.first(where: { $0.name == name }) else { return nil }
        return (group, measure)
    }
}
