/// What a scorecard records about the run, besides the numbers.
public struct EvaluationConfiguration: Sendable, Hashable {
    /// The extractor's name, as shown in reports.
    public var extractor: String
    /// A fingerprint (SHA-256) of the gold and seeds scored against.
    public var goldFingerprint: String
    /// The number of bootstrap replicates (0 turns the bootstrap off).
    public var bootstrapReplicates: Int
    /// The bootstrap's seed.
    public var seed: UInt64
    /// Whether the scorecard keeps every document's row (turn off for very large runs and use a sink).
    public var keepsDocuments: Bool

    public init(extractor: String = "unknown", goldFingerprint: String = "", bootstrapReplicates: Int = 1000,
                seed: UInt64 = 0, keepsDocuments: Bool = true) {
        self.extractor = extractor
        self.goldFingerprint = goldFingerprint
        self.bootstrapReplicates = bootstrapReplicates
        self.seed = seed
        self.keepsDocuments = keepsDocuments
    }
}
