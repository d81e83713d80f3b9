import Foundation
import ClipBenchCore
import ClipBenchDataset
import ClipBenchExtraction

/// A folder of whole-page dumps with the headline and publication date a reader finds on each: the
/// baseline's development set (`Tests/Fixtures/pages/`), kept apart from the annotated seeds.
///
/// The folder holds one `.txt` file per page and a `manifest.json`:
///
/// ```json
/// {"pages": [{"file": "01_ar_long_menu_bullets.txt", "language": "ar", "class": "long-menu",
///             "split": "development", "headline": "…", "published": "2025-03-13T09:30",
///             "reason": null, "note": ""}]}
/// ```
///
/// `published` is null when the page states no date, and `reason` then says why (`absent`,
/// `relative-only`). `split` is `development` (looked at while tuning the rules) or `holdout` (not).
///
/// ```swift
/// let pages = try PageSet.load(folder: URL(fileURLWithPath: "Tests/Fixtures/pages"))
/// let score = PageSetScore(pages: pages, extractor: BaselineExtractor())
/// ```
///
/// - Complexity: O(total size of the pages).
public struct PageSet: Sendable {
    /// One page and what a reader finds on it.
    public struct Page: Sendable {
        public var file: String
        public var language: String
        public var pageClass: String
        public var split: String
        public var headline: String?
        public var published: String?
        public var reason: String?
        public var text: SeedText
    }

    public var pages: [Page]

    /// A manifest that cannot be used, with the file and position that say why.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var diagnostic: Diagnostic
        public var description: String { diagnostic.description }
    }

    /// Reads `folder/manifest.json` and every page it lists.
    public static func load(folder: URL) throws(LoadError) -> PageSet {
        let manifestURL = folder.appendingPathComponent("manifest.json")
        let manifestPath = manifestURL.path
        func failure(_ message: String, line: Int? = nil, column: Int? = nil) -> LoadError {
            LoadError(diagnostic: Diagnostic(.error, message, at: SourceLocation(path: manifestPath, line: line, column: column)))
        }
        let data: Data
        do { data = try BoundedFileReader.read(manifestURL, limit: InputLimits.manifestBytes) } catch {
            throw failure("cannot read the page manifest: it \(error.message)")
        }
        guard let manifestText = String(validating: data, as: UTF8.self) else { throw failure("the page manifest is not valid UTF-8") }
        let root: JSONValue
        do { root = try JSONValue(parsing: manifestText) } catch {
            throw failure(error.message, line: error.line, column: error.column)
        }
        guard let entries = root.member("pages")?.asArray else { throw failure("the manifest has no \"pages\" array") }
        var pages: [Page] = []
        for (index, entry) in entries.enumerated() {
            guard let file = entry.member("file")?.asString else { throw failure("page \(index + 1) has no \"file\"") }
            let url = folder.appendingPathComponent(file)
            let text: SeedText
            do { text = try ClippingReader.read(url) } catch {
                throw LoadError(diagnostic: error.diagnostic)
            }
            pages.append(Page(file: file, language: entry.member("language")?.asString ?? "",
                              pageClass: entry.member("class")?.asString ?? "", split: entry.member("split")?.asString ?? "development",
                              headline: entry.member("headline")?.asString, published: entry.member("published")?.asString,
                              reason: entry.member("reason")?.asString, text: text))
        }
        return PageSet(pages: pages)
    }
}
