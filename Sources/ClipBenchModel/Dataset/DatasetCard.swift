import Foundation

/// The dataset card (`Annotations/dataset.yaml`): what the dataset is, its licence, its label sets
/// and how to cite it.
///
/// ```yaml
/// name: ClipBench
/// version: "0.1.0"
/// language: ar
/// licence: {annotations: CC-BY-4.0, texts: "…"}
/// ```
public struct DatasetCard: Sendable, Hashable {
    public var name: String
    /// Semantic version, e.g. `0.1.0`.
    public var version: String
    /// BCP 47 language tag of the texts, e.g. `ar`.
    public var language: String
    /// The SPDX id of the annotations' licence.
    public var annotationsLicence: String
    /// Under which terms the texts are shared.
    public var textsLicence: String
    public var description: String
    /// The number of clippings the card claims, when given.
    public var documents: Int?
    /// Each entity type with its one-line meaning.
    public var entityTypes: [String: String]
    public var regionLabels: [String: String]
    public var boilerplateCategories: [String: String]
    /// The file name of the annotation guidelines, relative to `Annotations/`.
    public var guidelines: String
    /// How to cite the dataset (a BibTeX entry).
    public var citation: String

    public init(
        name: String, version: String, language: String, annotationsLicence: String, textsLicence: String,
        description: String, documents: Int? = nil, entityTypes: [String: String], regionLabels: [String: String],
        boilerplateCategories: [String: String], guidelines: String, citation: String
    ) {
        self.name = name
        self.version = version
        self.language = language
        self.annotationsLicence = annotationsLicence
        self.textsLicence = textsLicence
        self.description = description
        self.documents = documents
        self.entityTypes = entityTypes
        self.regionLabels = regionLabels
        self.boilerplateCategories = boilerplateCategories
        self.guidelines = guidelines
        self.citation = citation
    }
}
