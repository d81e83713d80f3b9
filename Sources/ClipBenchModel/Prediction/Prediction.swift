/// What an extractor says about one clipping (SPEC section 4), and what `clipbench gold` prints.
///
/// A task whose key was absent from the JSON is not in `attempted`: it is reported as not
/// attempted, never as zero. A key present with `null` or `[]` is attempted and found nothing.
public struct Prediction: Sendable, Hashable {
    public var id: String
    public var attempted: Set<PredictionTask>
    public var headline: String?
    /// ISO 8601 date or date-time.
    public var published: String?
    /// The main text, paragraphs separated by newlines.
    public var body: String?
    public var regions: [PredictedRegion]
    public var entities: [EntityMention]
    public var dates: [DateMention]

    public init(
        id: String, attempted: Set<PredictionTask> = [], headline: String? = nil, published: String? = nil,
        body: String? = nil, regions: [PredictedRegion] = [], entities: [EntityMention] = [], dates: [DateMention] = []
    ) {
        self.id = id
        self.attempted = attempted
        self.headline = headline
        self.published = published
        self.body = body
        self.regions = regions
        self.entities = entities
        self.dates = dates
    }
}

/// A region as an extractor predicts it: a label and offsets, without the text.
public struct PredictedRegion: Sendable, Hashable {
    public var label: RegionLabel
    public var category: BoilerplateCategory?
    public var start: Int
    public var end: Int

    public init(label: RegionLabel, category: BoilerplateCategory? = nil, start: Int, end: Int) {
        self.label = label
        self.category = category
        self.start = start
        self.end = end
    }

    /// The gold region's label and offsets.
    public init(_ region: Region) {
        self.init(label: region.label, category: region.category, start: region.span.start, end: region.span.end)
    }
}
