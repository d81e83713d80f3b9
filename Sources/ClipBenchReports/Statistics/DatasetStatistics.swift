import ClipBenchCore
import ClipBenchModel

/// The statistics of a dataset: one row per clipping, sorted by id, and their total.
///
/// ```swift
/// let statistics = DatasetStatistics(clippings: [(annotation, SeedText(seed))])
/// print(statistics.table())
/// print(statistics.jsonValue.serialized(pretty: true))
/// ```
///
/// - Complexity: O(total scalars + total spans).
public struct DatasetStatistics: Sendable, Hashable {
    public var clippings: [ClippingStatistics]
    public var total: ClippingStatistics

    public init(clippings: [(annotation: Annotation, text: SeedText)]) {
        self.init(rows: clippings.map { ClippingStatistics($0.annotation, text: $0.text) })
    }

    public init(rows: [ClippingStatistics]) {
        clippings = rows.sorted { $0.id < $1.id }
        var total = ClippingStatistics(totalNamed: "total")
        for row in clippings { total.add(row) }
        self.total = total
    }
}
