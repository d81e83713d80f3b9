import ClipBenchCore
import ClipBenchModel

/// The counts of one annotated clipping: size, region shares, entities by type, dates.
///
/// Characters are Unicode scalars (SPEC section 2); region shares count non-whitespace scalars, so
/// the blank lines between regions (which belong to no region) do not dilute them. Tokens are
/// the body metric's tokens (maximal runs of Python-regex `\w` scalars).
///
/// ```swift
/// let statistics = ClippingStatistics(annotation, text: SeedText(seed))
/// statistics.share(of: .body)   // 0.71
/// ```
///
/// - Complexity: O(n + r) for n scalars and r regions.
public struct ClippingStatistics: Sendable, Hashable {
    public var id: String
    public var documents: Int
    /// Unicode scalars in the seed.
    public var characters: Int
    /// Unicode scalars that are not whitespace.
    public var nonWhitespaceCharacters: Int
    public var tokens: Int
    /// Non-whitespace scalars inside regions of each label (every label present, zero when absent).
    public var regionCharacters: [RegionLabel: Int]
    /// Non-whitespace scalars inside boilerplate regions of each category.
    public var boilerplateCharacters: [BoilerplateCategory: Int]
    /// Entity mentions of each type (every type present).
    public var entities: [EntityType: Int]
    public var datesWithValue: Int
    public var datesWithoutValue: Int

    /// Counts `annotation` over `text`; spans outside the text are ignored (the validator reports them).
    public init(_ annotation: Annotation, text: SeedText) {
        id = annotation.id
        documents = 1
        characters = text.count
        var nonWhitespace = 0
        for scalar in text.scalars where !scalar.properties.isWhitespace { nonWhitespace += 1 }
        nonWhitespaceCharacters = nonWhitespace
        tokens = Self.countTokens(in: text)
        regionCharacters = Dictionary(uniqueKeysWithValues: RegionLabel.allCases.map { ($0, 0) })
        boilerplateCharacters = [:]
        for region in annotation.regions {
            let range = max(0, region.span.start)..<min(text.count, max(region.span.start, region.span.end))
            guard !range.isEmpty else { continue }
            var count = 0
            for offset in range where !text.scalars[offset].properties.isWhitespace { count += 1 }
            regionCharacters[region.label, default: 0] += count
            if region.label == .boilerplate {
                boilerplateCharacters[region.category ?? .other, default: 0] += count
            }
        }
        entities = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, 0) })
        for entity in annotation.entities { entities[entity.type, default: 0] += 1 }
        datesWithValue = annotation.dates.count { $0.value != nil }
        datesWithoutValue = annotation.dates.count - datesWithValue
    }

    /// An empty total named `id`, to which clippings are added.
    public init(totalNamed id: String) {
        self.id = id
        documents = 0
        characters = 0
        nonWhitespaceCharacters = 0
        tokens = 0
        regionCharacters = Dictionary(uniqueKeysWithValues: RegionLabel.allCases.map { ($0, 0) })
        boilerplateCharacters = [:]
        entities = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, 0) })
        datesWithValue = 0
        datesWithoutValue = 0
    }

    /// Adds the counts of `other` to these.
    public mutating func add(_ other: ClippingStatistics) {
        documents += other.documents
        characters += other.characters
        nonWhitespaceCharacters += other.nonWhitespaceCharacters
        tokens += other.tokens
        regionCharacters.merge(other.regionCharacters, uniquingKeysWith: +)
        boilerplateCharacters.merge(other.boilerplateCharacters, uniquingKeysWith: +)
        entities.merge(other.entities, uniquingKeysWith: +)
        datesWithValue += other.datesWithValue
        datesWithoutValue += other.datesWithoutValue
    }

    public var entityCount: Int { entities.values.reduce(0, +) }
    public var dateCount: Int { datesWithValue + datesWithoutValue }

    /// The share of the non-whitespace scalars that lie in regions labelled `label`, 0 for an empty text.
    public func share(of label: RegionLabel) -> Double {
        guard nonWhitespaceCharacters > 0 else { return 0 }
        return Double(regionCharacters[label] ?? 0) / Double(nonWhitespaceCharacters)
    }

    /// The number of tokens as the body metric counts them (SPEC section 5).
    package static func countTokens(in text: SeedText) -> Int {
        WordTokenizer.wordRanges(in: text.scalars).count
    }
}
