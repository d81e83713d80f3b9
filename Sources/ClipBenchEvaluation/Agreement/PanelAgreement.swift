/// The agreement of any number of annotators on the same clippings: every pair's task-by-task
/// ``AnnotationAgreement``, and the region label of every non-whitespace scalar compared across
/// all annotators (``LabelAgreement``: Cohen's κ for two, Fleiss' κ and Krippendorff's α for any
/// number), per clipping and in total, with a seeded bootstrap interval over clippings.
///
/// The region label is `headline`, `metadata`, `body`, `boilerplate` or `none`; the finer variant
/// adds the boilerplate category (`boilerplate/share`).
///
/// ```swift
/// let panel = PanelAgreement(annotators: loaded.annotators, clippings: loaded.clippings)
/// panel.total.measures.first { $0.name == "region_labels.krippendorff_alpha" }?.value
/// panel.intervals(replicates: 1000, seed: 0)["entities.f1"]?.low
/// ```
///
/// - Complexity: O(p × (n + m log m)) for p pairs of annotators, n scalars and m items; the
///   bootstrap adds O(replicates × clippings × (p + distinct label tuples)).
public struct PanelAgreement: Sendable {
    /// Two annotators (indexes into ``annotators``) and their agreement.
    public struct PairAgreement: Sendable {
        public var first: Int
        public var second: Int
        public var agreement: AnnotationAgreement
    }

    /// The agreement over some clippings (one, or all of them).
    public struct Summary: Sendable {
        public var pairs: [PairAgreement]
        public var labels: LabelAgreement
        public var categories: LabelAgreement

        /// Adds another summary of the same annotators, its counts `weight` times.
        package mutating func merge(_ other: Summary, weight: Int, keepingDisagreements: Bool) {
            for index in pairs.indices {
                var added = other.pairs[index].agreement
                if !keepingDisagreements { added.disagreements = [] }
                pairs[index].agreement.merge(added, weight: weight)
            }
            labels.merge(other.labels, weight: weight)
            categories.merge(other.categories, weight: weight)
        }

        /// The task names of ``AnnotationAgreement/tasks``.
        public static var taskNames: [String] { AnnotationAgreement().tasks.map(\.name) }

        /// Each task's F1 averaged over the pairs of annotators, in report order.
        public var meanF1: [(name: String, value: Double)] {
            Self.taskNames.enumerated().map { index, name in
                (name, pairs.reduce(0) { $0 + $1.agreement.tasks[index].counts.f1 } / Double(max(1, pairs.count)))
            }
        }

        /// Every measure the report gives an interval for, by name: `<task>.f1` (mean over pairs),
        /// `region_labels.<coefficient>`, `region_categories.<coefficient>`.
        public var measures: [(name: String, value: Double?)] {
            var result: [(String, Double?)] = meanF1.map { ("\($0.name).f1", $0.value) }
            for (prefix, table) in [("region_labels", labels), ("region_categories", categories)] {
                if table.annotators == 2 { result.append(("\(prefix).cohen_kappa", table.cohenKappa)) }
                result.append(("\(prefix).fleiss_kappa", table.fleissKappa))
                result.append(("\(prefix).krippendorff_alpha", table.krippendorffAlpha))
            }
            return result
        }
    }

    /// One clipping's agreement.
    public struct ClippingAgreement: Sendable {
        public var id: String
        public var summary: Summary
    }

    public var annotators: [String]
    public var clippings: [ClippingAgreement]
    public var total: Summary

    public init(annotators: [AgreementLoader.Annotator], clippings: [AgreementLoader.Clipping]) {
        self.annotators = annotators.map(\.name)
        let pairs = annotators.indices.flatMap { first in (first + 1..<annotators.count).map { (first, $0) } }
        func emptySummary() -> Summary {
            Summary(pairs: pairs.map { PairAgreement(first: $0.0, second: $0.1, agreement: AnnotationAgreement()) },
                    labels: LabelAgreement(annotators: annotators.count), categories: LabelAgreement(annotators: annotators.count))
        }
        var total = emptySummary()
        self.clippings = clippings.map { clipping in
            var summary = emptySummary()
            for index in summary.pairs.indices {
                let (first, second) = pairs[index]
                summary.pairs[index].agreement = AnnotationAgreement(
                    first: clipping.annotations[first], second: clipping.annotations[second], text: clipping.text,
                    firstRegistry: annotators[first].registry, secondRegistry: annotators[second].registry)
            }
            let scalarLabels = clipping.annotations.map { AnnotationAgreement.scalarLabels($0.regions, count: clipping.text.count) }
            for offset in 0..<clipping.text.count where !clipping.text.scalars[offset].properties.isWhitespace {
                let names = scalarLabels.map { $0[offset] }
                summary.categories.add(names)
                summary.labels.add(names.map(AnnotationAgreement.label(of:)))
            }
            total.merge(summary, weight: 1, keepingDisagreements: true)
            return ClippingAgreement(id: clipping.id, summary: summary)
        }
        self.total = total
    }

    /// The 95% bootstrap interval of every measure of ``Summary/measures``: clippings resampled with
    /// the Poisson weights of ``PoissonBootstrap`` (seeded by clipping id, so the same inputs and seed
    /// give the same intervals). Empty with fewer than two replicates.
    public func intervals(replicates: Int, seed: UInt64) -> [String: BootstrapSummary] {
        guard replicates >= 2, let first = clippings.first else { return [:] }
        let bootstrap = PoissonBootstrap(replicates: replicates, seed: seed)
        let weights = clippings.map { bootstrap.weights(of: $0.id) }
        var empty = first.summary
        for index in empty.pairs.indices { empty.pairs[index].agreement = AnnotationAgreement() }
        empty.labels = LabelAgreement(annotators: annotators.count)
        empty.categories = LabelAgreement(annotators: annotators.count)
        var values: [String: [Double?]] = [:]
        for replicate in 0..<replicates {
            var summary = empty
            for (index, clipping) in clippings.enumerated() where weights[index][replicate] > 0 {
                summary.merge(clipping.summary, weight: weights[index][replicate], keepingDisagreements: false)
            }
            // A replicate that drew no clipping measures nothing.
            let drewNothing = summary.labels.count == 0
            for measure in summary.measures { values[measure.name, default: []].append(drewNothing ? nil : measure.value) }
        }
        return values.compactMapValues { BootstrapSummary(values: $0) }
    }
}
