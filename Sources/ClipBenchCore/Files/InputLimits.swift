/// Every limit on what ClipBench reads, in one place, so that no input (a sparse 200 MB file, a
/// runaway extractor, a generated prediction with a million mentions) can take unbounded time or
/// memory. The README's "Limits" table lists them; a limit an option changes says so.
///
/// ```swift
/// let data = try BoundedFileReader.read(url, limit: InputLimits.yamlFileBytes)
/// ```
///
/// Each file limit is checked on the file's size before it is read (``BoundedFileReader``).
public enum InputLimits {
    /// A YAML file: an annotation, `entities.yaml`, the dataset card, a gate file. 4 MiB, far
    /// above any annotation (the largest seed's is ~100 KiB) and a registry of ~40,000 entries.
    public static let yamlFileBytes = 4 << 20

    /// A clipping or seed text (`seeds/<id>.txt`, `annotate`'s clippings, `extract`'s input and
    /// standard input): 16 MiB, hundreds of times a news page.
    public static let clippingBytes = 16 << 20

    /// A saved JSON report read by `compare` and `check --baseline`: 32 MiB (a report grows by
    /// about 2 KiB per clipping).
    public static let reportBytes = 32 << 20

    /// One line of a JSON Lines prediction file: 16 MiB (a prediction for the largest clipping
    /// allowed, quoting all of it, fits).
    public static let predictionLineBytes = 16 << 20

    /// One pretty-printed prediction object, or one `<id>.json` file of a prediction folder: 16 MiB.
    public static let predictionDocumentBytes = 16 << 20

    /// Mentions of one prediction (entities plus date mentions plus regions): 100,000, far more
    /// than a clipping of 16 MiB has words worth naming.
    public static let mentionsPerPrediction = 100_000

    /// One line of a partial score file (`score --partial`, read by `merge`): 1 MiB. A header or
    /// replicate line holds about 140 numbers (under 8 KiB) and a row at most as many pairs.
    public static let partialScoreLineBytes = 1 << 20

    /// A ScrapingHub ground-truth or output file (`score --scrapinghub`): 64 MiB.
    public static let scrapingHubFileBytes = 64 << 20

    /// A page-set manifest (`manifest.json`): 4 MiB.
    public static let manifestBytes = 4 << 20

    /// One gold cache entry (`$XDG_CACHE_HOME/clipbench/gold-v1/…`): 8 MiB, twice the largest
    /// annotation file, since an entry holds no more text than its annotation. A larger file is
    /// not read (a miss) and a larger entry is not written.
    public static let goldCacheEntryBytes = 8 << 20

    /// `limit` in words: "16 MiB" or "4096 bytes".
    public static func describe(_ limit: Int) -> String {
        limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
    }
}
