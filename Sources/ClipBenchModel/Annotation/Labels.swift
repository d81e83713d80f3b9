/// The label of a region: every non-whitespace scalar of a clipping has exactly one.
public enum RegionLabel: String, Sendable, Hashable, Codable, CaseIterable {
    case headline, metadata, body, boilerplate
}

/// Why a boilerplate region is boilerplate; the fixed list of SPEC section 3.
public enum BoilerplateCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case navigation, branding, advertisement, share, comments, related, promo, footer, other
}

/// The CoNLL / ANERcorp entity classes.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PER"
    case organisation = "ORG"
    case location = "LOC"
    case miscellaneous = "MISC"
}

/// The tasks an extractor may attempt; a key absent from a prediction is a task not attempted.
public enum PredictionTask: String, Sendable, Hashable, Codable, CaseIterable {
    case headline, published, body, regions, entities, dates
}
