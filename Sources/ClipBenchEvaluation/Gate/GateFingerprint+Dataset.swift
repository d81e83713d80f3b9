import ClipBenchDataset

extension GateFingerprint {
    /// The gate's record of a dataset's fingerprint: the combined hash and each file's.
    public init(_ fingerprint: DatasetFingerprint) {
        self.init(sha256: fingerprint.hexadecimal,
                  files: Dictionary(fingerprint.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first }))
    }
}
