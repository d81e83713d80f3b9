extension ScoreStatistics {
    /// Adds one document's ScrapingHub body scores.
    package mutating func addBody(_ score: BodyShingleMetric) {
        typealias Slot = ScoreStatistics.Slot
        if let precision = score.precision {
            self[Slot.bodyPrecisionSum] += precision
            self[Slot.bodyPrecisionDocuments] += 1
        }
        if let recall = score.recall {
            self[Slot.bodyRecallSum] += recall
            self[Slot.bodyRecallDocuments] += 1
        }
        if score.tokensEqual { self[Slot.bodyEqualDocuments] += 1 }
        self[Slot.bodyDocuments] += 1
    }

    /// Adds one document's normalised unigram counts (micro sums and macro per-document ratios).
    package mutating func addBodyTokens(_ overlap: TokenOverlap) {
        typealias Slot = ScoreStatistics.Slot
        self[Slot.bodyTokensTruePositive] += Double(overlap.common)
        self[Slot.bodyTokensFalsePositive] += Double(overlap.falsePositive)
        self[Slot.bodyTokensFalseNegative] += Double(overlap.falseNegative)
        if overlap.predictedCount > 0 {
            self[Slot.bodyTokensPrecisionSum] += Double(overlap.common) / Double(overlap.predictedCount)
            self[Slot.bodyTokensPrecisionDocuments] += 1
        }
        if overlap.goldCount > 0 {
            self[Slot.bodyTokensRecallSum] += Double(overlap.common) / Double(overlap.goldCount)
            self[Slot.bodyTokensRecallDocuments] += 1
        }
    }
}
