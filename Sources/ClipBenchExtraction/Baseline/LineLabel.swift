import ClipBenchModel

/// The label the line classifier gives one line: a region label and, for boilerplate, a category.
public struct LineLabel: Sendable, Hashable {
    public var label: RegionLabel
    public var category: BoilerplateCategory?

    public init(_ label: RegionLabel, _ category: BoilerplateCategory? = nil) {
        self.label = label
        self.category = category
    }

    public static let headline = LineLabel(.headline)
    public static let metadata = LineLabel(.metadata)
    public static let body = LineLabel(.body)
    public static func boilerplate(_ category: BoilerplateCategory) -> LineLabel { LineLabel(.boilerplate, category) }
}
