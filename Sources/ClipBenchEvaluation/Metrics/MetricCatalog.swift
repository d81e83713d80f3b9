import ClipBenchModel

/// Every metric group of SPEC section 5, in report order, with its formulas.
///
/// Conventions for ratios (so that scoring the gold against itself gives 1.0 everywhere):
/// - micro P/R/F1 from counts: with nothing predicted and nothing to find, P = R = F1 = 1; with an
///   empty denominator otherwise, the ratio is 0 (as nervaluate and scikit-learn's `zero_division=0`);
/// - means over documents (body, macro) are nil (JSON null) when no document qualifies, and their F1 is
///   the harmonic mean of the two means, as the ScrapingHub benchmark computes it.
public enum MetricCatalog {
    package typealias Slot = ScoreStatistics.Slot

    /// All groups, in report order.
    public static let groups: [MetricGroupDefinition] = {
        var groups: [MetricGroupDefinition] = []
        groups.append(MetricGroupDefinition(
            path: ["headline"], task: .headline,
            measures: [
                MetricMeasure("precision") { mean($0[Slot.headlinePrecisionSum], $0[Slot.headlineDocuments]) },
                MetricMeasure("recall") { mean($0[Slot.headlineRecallSum], $0[Slot.headlineDocuments]) },
                MetricMeasure("f1") { mean($0[Slot.headlineF1Sum], $0[Slot.headlineDocuments]) },
                MetricMeasure("exact_match") { mean($0[Slot.headlineExactMatches], $0[Slot.headlineDocuments]) },
            ],
            counts: [count("documents", Slot.headlineDocuments), count("exact_matches", Slot.headlineExactMatches)],
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["published"], task: .published,
            measures: microMeasures(Slot.publishedTruePositive, Slot.publishedFalsePositive, Slot.publishedFalseNegative) + [
                MetricMeasure("accuracy") {
                    mean($0[Slot.publishedTruePositive] + $0[Slot.publishedTrueNegative], $0[Slot.headlineDocuments])
                },
            ],
            counts: [count("tp", Slot.publishedTruePositive), count("fp", Slot.publishedFalsePositive),
                     count("fn", Slot.publishedFalseNegative), count("tn", Slot.publishedTrueNegative),
                     count("documents", Slot.headlineDocuments)],
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["body"], task: .body,
            measures: meanMeasures(Slot.bodyPrecisionSum, Slot.bodyPrecisionDocuments, Slot.bodyRecallSum, Slot.bodyRecallDocuments) + [
                MetricMeasure("accuracy") { mean($0[Slot.bodyEqualDocuments], $0[Slot.bodyDocuments]) },
            ],
            counts: [count("documents", Slot.bodyDocuments), count("precision_documents", Slot.bodyPrecisionDocuments),
                     count("recall_documents", Slot.bodyRecallDocuments), count("equal_documents", Slot.bodyEqualDocuments)],
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["body", "tokens", "micro"], task: .body,
            measures: microMeasures(Slot.bodyTokensTruePositive, Slot.bodyTokensFalsePositive, Slot.bodyTokensFalseNegative),
            counts: microCounts(Slot.bodyTokensTruePositive, Slot.bodyTokensFalsePositive, Slot.bodyTokensFalseNegative),
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["body", "tokens", "macro"], task: .body,
            measures: meanMeasures(Slot.bodyTokensPrecisionSum, Slot.bodyTokensPrecisionDocuments,
                                   Slot.bodyTokensRecallSum, Slot.bodyTokensRecallDocuments),
            counts: [count("precision_documents", Slot.bodyTokensPrecisionDocuments),
                     count("recall_documents", Slot.bodyTokensRecallDocuments)],
            perDocument: false))
        groups.append(MetricGroupDefinition(
            path: ["boilerplate"], task: .boilerplate,
            measures: microMeasures(Slot.boilerplateTruePositive, Slot.boilerplateFalsePositive, Slot.boilerplateFalseNegative),
            counts: microCounts(Slot.boilerplateTruePositive, Slot.boilerplateFalsePositive, Slot.boilerplateFalseNegative),
            perDocument: true))
        for schema in EntitySchema.allCases {
            groups.append(entityGroup(schema, type: nil))
        }
        for type in EntityType.allCases {
            for schema in EntitySchema.allCases { groups.append(entityGroup(schema, type: type)) }
        }
        groups.append(MetricGroupDefinition(
            path: ["entities", "text"], task: .entityTexts,
            measures: microMeasures(Slot.entityTextTruePositive, Slot.entityTextFalsePositive, Slot.entityTextFalseNegative),
            counts: microCounts(Slot.entityTextTruePositive, Slot.entityTextFalsePositive, Slot.entityTextFalseNegative),
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["entities", "registry"], task: .entityTexts,
            measures: microMeasures(Slot.entityRegistryTruePositive, Slot.entityRegistryFalsePositive, Slot.entityRegistryFalseNegative),
            counts: microCounts(Slot.entityRegistryTruePositive, Slot.entityRegistryFalsePositive, Slot.entityRegistryFalseNegative),
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["dates", "strict"], task: .dateSpans,
            measures: dateMeasures(matches: Slot.datesStrictMatches),
            counts: [count("matches", Slot.datesStrictMatches), count("gold", Slot.datesGold), count("predicted", Slot.datesPredicted)],
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["dates", "relaxed"], task: .dateSpans,
            measures: dateMeasures(matches: Slot.datesRelaxedMatches) + [
                MetricMeasure("value_accuracy") { valueAccuracy($0) },
                MetricMeasure("value_f1") { statistics in
                    let relaxed = dateF1(statistics, matches: Slot.datesRelaxedMatches)
                    if relaxed == 0 { return 0 }
                    return valueAccuracy(statistics).map { $0 * relaxed }
                },
            ],
            counts: [count("matches", Slot.datesRelaxedMatches), count("value_correct", Slot.datesValueCorrect),
                     count("gold", Slot.datesGold), count("predicted", Slot.datesPredicted)],
            perDocument: true))
        groups.append(MetricGroupDefinition(
            path: ["dates", "text"], task: .dateTexts,
            measures: microMeasures(Slot.dateTextTruePositive, Slot.dateTextFalsePositive, Slot.dateTextFalseNegative),
            counts: microCounts(Slot.dateTextTruePositive, Slot.dateTextFalsePositive, Slot.dateTextFalseNegative),
            perDocument: true))
        return groups
    }()

    /// The group at `path`, such as `["entities", "strict"]`.
    public static func group(_ path: [String]) -> MetricGroupDefinition? {
        groups.first { $0.path == path }
    }

    // MARK: Formulas

    /// `sum / documents`, or nil over no documents.
    public static func mean(_ sum: Double, _ documents: Double) -> Double? {
        documents > 0 ? sum / documents : nil
    }

    /// Precision from credit and the number of predictions; see the conventions above.
    public static func precision(credit: Double, actual: Double, possible: Double) -> Double {
        if actual > 0 { return credit / actual }
        return possible == 0 ? 1 : 0
    }

    /// Recall from credit and the number of gold items; see the conventions above.
    public static func recall(credit: Double, actual: Double, possible: Double) -> Double {
        if possible > 0 { return credit / possible }
        return actual == 0 ? 1 : 0
    }

    /// The harmonic mean of precision and recall; 0 when both are 0, nil when either is undefined.
    public static func f1(_ precision: Double?, _ recall: Double?) -> Double? {
        guard let precision, let recall else { return nil }
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    package static func count(_ name: String, _ slot: Int) -> MetricMeasure {
        MetricMeasure(name) { $0[slot] }
    }

    package static func microCounts(_ truePositive: Int, _ falsePositive: Int, _ falseNegative: Int) -> [MetricMeasure] {
        [count("tp", truePositive), count("fp", falsePositive), count("fn", falseNegative)]
    }

    package static func microMeasures(_ truePositive: Int, _ falsePositive: Int, _ falseNegative: Int) -> [MetricMeasure] {
        @Sendable func parts(_ statistics: ScoreStatistics) -> (Double, Double, Double) {
            let tp = statistics[truePositive]
            return (tp, tp + statistics[falsePositive], tp + statistics[falseNegative])
        }
        return [
            MetricMeasure("precision") { let (tp, actual, possible) = parts($0); return precision(credit: tp, actual: actual, possible: possible) },
            MetricMeasure("recall") { let (tp, actual, possible) = parts($0); return recall(credit: tp, actual: actual, possible: possible) },
            MetricMeasure("f1") {
                let (tp, actual, possible) = parts($0)
                return f1(precision(credit: tp, actual: actual, possible: possible), recall(credit: tp, actual: actual, possible: possible))
            },
        ]
    }

    package static func meanMeasures(_ precisionSum: Int, _ precisionDocuments: Int, _ recallSum: Int, _ recallDocuments: Int) -> [MetricMeasure] {
        [
            MetricMeasure("precision") { mean($0[precisionSum], $0[precisionDocuments]) },
            MetricMeasure("recall") { mean($0[recallSum], $0[recallDocuments]) },
            MetricMeasure("f1") { f1(mean($0[precisionSum], $0[precisionDocuments]), mean($0[recallSum], $0[recallDocuments])) },
        ]
    }

    package static func entityGroup(_ schema: EntitySchema, type: EntityType?) -> MetricGroupDefinition {
        @Sendable func slot(_ outcome: EntityOutcome) -> Int { Slot.entity(schema, outcome, type: type) }
        let halfCredit = schema == .partial || schema == .type
        @Sendable func parts(_ statistics: ScoreStatistics) -> (credit: Double, actual: Double, possible: Double) {
            let correct = statistics[slot(.correct)], incorrect = statistics[slot(.incorrect)]
            let partial = statistics[slot(.partial)]
            let credit = correct + (halfCredit ? 0.5 * partial : 0)
            return (credit, correct + incorrect + partial + statistics[slot(.spurious)],
                    correct + incorrect + partial + statistics[slot(.missing)])
        }
        let path = type.map { ["entities", "by_type", $0.rawValue, schema.rawValue] } ?? ["entities", schema.rawValue]
        var definition = MetricGroupDefinition(
            path: path, task: .entitySpans,
            measures: [
                MetricMeasure("precision") { let p = parts($0); return precision(credit: p.credit, actual: p.actual, possible: p.possible) },
                MetricMeasure("recall") { let p = parts($0); return recall(credit: p.credit, actual: p.actual, possible: p.possible) },
                MetricMeasure("f1") {
                    let p = parts($0)
                    return f1(precision(credit: p.credit, actual: p.actual, possible: p.possible),
                              recall(credit: p.credit, actual: p.actual, possible: p.possible))
                },
            ],
            counts: [
                count("correct", slot(.correct)), count("incorrect", slot(.incorrect)), count("partial", slot(.partial)),
                count("missed", slot(.missing)), count("spurious", slot(.spurious)),
                MetricMeasure("possible") { parts($0).possible }, MetricMeasure("actual") { parts($0).actual },
            ],
            perDocument: type == nil)
        // By type, the strict schema stands for the four: the others are in the JSON report only.
        definition.isShown = type == nil || schema == .strict
        return definition
    }

    package static func dateF1(_ statistics: ScoreStatistics, matches: Int) -> Double {
        let credit = statistics[matches], actual = statistics[Slot.datesPredicted], possible = statistics[Slot.datesGold]
        return f1(precision(credit: credit, actual: actual, possible: possible), recall(credit: credit, actual: actual, possible: possible)) ?? 0
    }

    package static func dateMeasures(matches: Int) -> [MetricMeasure] {
        [
            MetricMeasure("precision") { precision(credit: $0[matches], actual: $0[Slot.datesPredicted], possible: $0[Slot.datesGold]) },
            MetricMeasure("recall") { recall(credit: $0[matches], actual: $0[Slot.datesPredicted], possible: $0[Slot.datesGold]) },
            MetricMeasure("f1") { dateF1($0, matches: matches) },
        ]
    }

    /// Correct values over relaxed matches; 1 when there is nothing to match on either side.
    package static func valueAccuracy(_ statistics: ScoreStatistics) -> Double? {
        let matches = statistics[Slot.datesRelaxedMatches]
        if matches > 0 { return statistics[Slot.datesValueCorrect] / matches }
        return statistics[Slot.datesGold] == 0 && statistics[Slot.datesPredicted] == 0 ? 1 : nil
    }
}
