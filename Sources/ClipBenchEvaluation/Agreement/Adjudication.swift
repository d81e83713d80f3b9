import Foundation
import ClipBenchCore
import ClipBenchModel
import ClipBenchDataset
import ClipBenchExtraction

/// Merges two annotations of one clipping into one, item by item: every disagreement of their
/// ``AnnotationAgreement`` is shown with its context, and someone chooses the left (first)
/// annotator's version, the right (second) one's, neither, or writes a version of their own
/// (``Decision/edited(_:)``). What both agree on is kept as is. It is the one adjudication model:
/// `clipbench adjudicate` and the editor's `serve --compare` both decide through it.
///
/// Choosing per kind of item:
/// - a run of region labels: left or right relabels exactly the run's scalars (neither is refused:
///   the regions must cover the text), and the regions are rebuilt from the labels, each side's
///   region borders kept; an edit gives the whole run one label of its own;
/// - an entity or date: the chosen side's mention replaces both (neither drops both); an edit puts
///   its own mention (its span, type, id or value) in their place;
/// - the headline or the publication date: the chosen side's (neither: no headline; no date, reason
///   `absent`), or the edit's.
///
/// ```swift
/// let items = Adjudication.items(clippingID: id, agreement: agreement, text: seed)
/// items[0].key                 // "002_545d3a95fd3ea7b3/1"
/// items[0].context             // "line 3: …قال ⟦سيرغي لافروف⟧ في موسكو…"
/// let merged = try Adjudication.resolve(first: a, second: b, text: seed, items: items, choices: [.right])
/// let edited = try Adjudication.resolve(first: a, second: b, text: seed, items: items,
///                                       decisions: [.edited(.entity(EntityMention(text: "لافروف", type: .person, start: 44, end: 50)))])
/// Adjudication.yaml(of: merged)    // the annotation file, in the house style
/// ```
///
/// - Complexity: O(n + m log m) for a text of n scalars and m items.
public enum Adjudication {
    /// What the adjudicator chose for one item.
    public enum Choice: String, Sendable, Hashable, CaseIterable {
        case left, right, neither

        /// `left`, `right`, `neither` or their first letters, in any case.
        public init?(answer: String) {
            let word = answer.trimmingCharacters(in: .whitespaces).lowercased()
            guard let choice = Choice.allCases.first(where: { $0.rawValue == word || String($0.rawValue.prefix(1)) == word }) else { return nil }
            self = choice
        }
    }

    /// What the adjudicator decided for one item: one annotator's version (or neither), or their own.
    public enum Decision: Sendable, Hashable {
        case take(Choice)
        /// The adjudicator's own version, of the item's kind: `.regionLabel` for a run of region labels,
        /// `.entity`, `.date`, `.headline` or `.published`; `.absent` drops an entity or a date.
        case edited(AnnotationAgreement.Disagreement.Side)
    }

    /// One disagreement to decide, with the key a choices file names it by.
    public struct Item: Sendable, Hashable {
        /// `<clipping id>/<number>`, numbered from 1 in the order of the agreement's disagreements.
        public var key: String
        public var disagreement: AnnotationAgreement.Disagreement
        /// The clipping's line holding the item, the item's scalars marked `⟦…⟧`.
        public var context: String
    }

    /// Why a merge was refused.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var key: String
        public var message: String
        public var description: String { "\(key): \(message)" }
    }

    /// The items of one clipping, in the agreement's order.
    public static func items(clippingID: String, agreement: AnnotationAgreement, text: SeedText) -> [Item] {
        agreement.disagreements.enumerated().map { index, disagreement in
            Item(key: "\(clippingID)/\(index + 1)", disagreement: disagreement,
                 context: disagreement.range.map { context(of: $0, in: text) } ?? "the whole clipping")
        }
    }

    /// `line N: …` with `range` marked `⟦…⟧` (to the end of the line when it runs on), at most
    /// 50 scalars shown either side of the mark.
    public static func context(of range: Range<Int>, in text: SeedText) -> String {
        let line = text.lineAndColumn(of: min(range.lowerBound, max(0, text.count - 1))).line
        return "line \(line): " + marked(text, line: line, range: range)
    }

    private static func marked(_ text: SeedText, line: Int, range: Range<Int>) -> String {
        guard let lineRange = text.rangeOfLine(line) else { return "" }
        let start = min(max(range.lowerBound, lineRange.lowerBound), lineRange.upperBound)
        let end = min(max(range.upperBound, start), lineRange.upperBound)
        let shownStart = max(lineRange.lowerBound, start - 50)
        let shownEnd = min(lineRange.upperBound, end + 50)
        let runsOn = range.upperBound > lineRange.upperBound ? "…" : ""
        return (shownStart > lineRange.lowerBound ? "…" : "") + text[shownStart..<start] + "⟦" + text[start..<end] + runsOn + "⟧"
            + text[end..<shownEnd] + (shownEnd < lineRange.upperBound ? "…" : "")
    }

    /// What one side of an item holds, in a few words: `«لافروف» [40, 46) PER (sergey-lavrov)`.
    public static func describe(_ side: AnnotationAgreement.Disagreement.Side) -> String {
        switch side {
        case .absent: "nothing"
        case .regionLabel(let label): label
        case .entity(let entity):
            "«\(entity.text)» \(AnnotationAgreement.interval(entity.start ?? -1, entity.end ?? -1)) \(entity.type.rawValue)\(entity.registryID.map { " (\($0))" } ?? "")"
        case .date(let date): "«\(date.text)» \(AnnotationAgreement.interval(date.start ?? -1, date.end ?? -1)) \(date.value ?? "null")"
        case .headline(let headline): headline.map { "«\($0)»" } ?? "no headline"
        case .published(let published): AnnotationAgreement.describe(published)
        }
    }

    /// The merged annotation: `first` where both agree, the chosen side for each item.
    ///
    /// - Parameters:
    ///   - choices: one per item, in the order of `items`.
    ///   - registryID: the id the result uses for an id of the first (side 0) or second (side 1)
    ///     annotator (to map two registries onto one); as written by default.
    /// - Throws: ``Refusal`` for neither on a run of region labels.
    public static func resolve(
        first: Annotation, second: Annotation, text: SeedText, items: [Item], choices: [Choice],
        registryID: (_ side: Int, _ id: String) -> String = { $1 }
    ) throws(Refusal) -> Annotation {
        try resolve(first: first, second: second, text: text, items: items, decisions: choices.map(Decision.take), registryID: registryID)
    }

    /// The merged annotation: `first` where both agree, the decided version of each item. An
    /// edited entity keeps its registry id as written (it names an entry of the result's registry).
    ///
    /// - Parameters:
    ///   - decisions: one per item, in the order of `items`.
    ///   - registryID: as for ``resolve(first:second:text:items:choices:registryID:)``.
    /// - Throws: ``Refusal`` for neither on a run of region labels, and for an edit of another kind
    ///   than its item or with a region label that is not one.
    public static func resolve(
        first: Annotation, second: Annotation, text: SeedText, items: [Item], decisions: [Decision],
        registryID: (_ side: Int, _ id: String) -> String = { $1 }
    ) throws(Refusal) -> Annotation {
        precondition(items.count == decisions.count, "one decision per item")
        var result = first
        result.status = first.status == .done && second.status == .done ? .done : .draft
        // Side 0 or 1: an annotator's mention, its id mapped; 2: the adjudicator's own.
        var entities = first.entities.map { ($0, 0) }
        var dates = first.dates
        // Per scalar: 0 or 1, the side whose region label it takes; 2 + k, the k-th edited label.
        var source = [Int](repeating: 0, count: text.count)
        var editedLabels: [(RegionLabel, BoilerplateCategory?)] = []
        for (item, decision) in zip(items, decisions) {
            let disagreement = item.disagreement
            func wrongKind(_ kind: String) -> Refusal {
                Refusal(key: item.key, message: "an edit of \(kind) must give \(kind)")
            }
            switch disagreement.task {
            case .region:
                switch decision {
                case .take(.neither):
                    throw Refusal(key: item.key, message: "a run of region labels takes left or right: the regions must cover every non-whitespace character")
                case .take(.right):
                    if let range = disagreement.range { for offset in range { source[offset] = 1 } }
                case .take(.left): break
                case .edited(.regionLabel(let name)):
                    let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
                    guard let label = parts.first.flatMap(RegionLabel.init(rawValue:)) else {
                        throw Refusal(key: item.key, message: "'\(name)' is not a region label (headline, metadata, body or boilerplate/CATEGORY)")
                    }
                    let category = parts.count > 1 ? BoilerplateCategory(rawValue: parts[1]) : nil
                    guard (label == .boilerplate) == (category != nil) else {
                        throw Refusal(key: item.key, message: "'\(name)': boilerplate takes a category (boilerplate/share), the other labels none")
                    }
                    editedLabels.append((label, category))
                    if let range = disagreement.range { for offset in range { source[offset] = 1 + editedLabels.count } }
                case .edited: throw wrongKind("a run of region labels")
                }
            case .entity:
                if case .entity(let mention) = disagreement.first, let index = entities.firstIndex(where: { $0.1 == 0 && $0.0 == mention }) {
                    entities.remove(at: index)
                }
                switch (decision, disagreement.first, disagreement.second) {
                case (.take(.left), .entity(let mention), _): entities.append((mention, 0))
                case (.take(.right), _, .entity(let mention)): entities.append((mention, 1))
                case (.edited(.entity(let mention)), _, _): entities.append((mention, 2))
                case (.edited(.absent), _, _), (.take, _, _): break
                case (.edited, _, _): throw wrongKind("an entity")
                }
            case .date:
                if case .date(let mention) = disagreement.first, let index = dates.firstIndex(of: mention) { dates.remove(at: index) }
                switch (decision, disagreement.first, disagreement.second) {
                case (.take(.left), .date(let mention), _): dates.append(mention)
                case (.take(.right), _, .date(let mention)): dates.append(mention)
                case (.edited(.date(let mention)), _, _): dates.append(mention)
                case (.edited(.absent), _, _), (.take, _, _): break
                case (.edited, _, _): throw wrongKind("a date")
                }
            case .headline:
                switch decision {
                case .take(let choice): result.headline = choice == .left ? first.headline : choice == .right ? second.headline : nil
                case .edited(.headline(let headline)): result.headline = headline
                case .edited: throw wrongKind("the headline")
                }
            case .published:
                switch decision {
                case .take(let choice):
                    result.published = choice == .left ? first.published : choice == .right ? second.published : PublishedDate(value: nil, reason: .absent)
                case .edited(.published(let published)): result.published = published
                case .edited: throw wrongKind("the publication date")
                }
            }
        }
        result.regions = rebuiltRegions(first.regions, second.regions, source: source, editedLabels: editedLabels, text: text)
        result.entities = entities.map { mention, side in
            var mapped = mention
            if side < 2 { mapped.registryID = mention.registryID.map { registryID(side, $0) } }
            return mapped
        }.sorted { ($0.start ?? 0, $0.end ?? 0) < ($1.start ?? 0, $1.end ?? 0) }
        result.dates = dates.sorted { ($0.start ?? 0, $0.end ?? 0) < ($1.start ?? 0, $1.end ?? 0) }
        return result
    }

    /// The id the result's registry (`target`) gives the entity that annotator `side`'s registry
    /// calls `id` (``EntityIdentity``), or `id` itself when either registry is missing or no entry is the same.
    public static func registryID(_ id: String, side: Int, registries: [EntityRegistry?], target: EntityRegistry?) -> String {
        guard registries.indices.contains(side), let registry = registries[side], let entry = registry.entry(id: id),
              let target, let same = EntityIdentity.entry(in: target, sameAs: entry) else { return id }
        return same.id
    }

    /// Regions from the side chosen for each scalar: maximal runs covered by one region of one side,
    /// or by one edited label, without whitespace at their ends.
    private static func rebuiltRegions(_ first: [Region], _ second: [Region], source: [Int],
                                       editedLabels: [(RegionLabel, BoilerplateCategory?)], text: SeedText) -> [Region] {
        let sides = [first, second]
        let owners = sides.map { regions -> [Int] in
            var owner = [Int](repeating: -1, count: text.count)
            for (index, region) in regions.enumerated() {
                for offset in max(0, region.span.start)..<min(text.count, max(region.span.start, region.span.end)) { owner[offset] = index }
            }
            return owner
        }
        var regions: [Region] = []
        var offset = 0
        while offset < text.count {
            let side = source[offset]
            let owner = side < 2 ? owners[side][offset] : 0
            var end = offset + 1
            while end < text.count, source[end] == side, side >= 2 || owners[side][end] == owner { end += 1 }
            if owner >= 0 {
                var start = offset
                var stop = end
                while start < stop, text.scalars[start].properties.isWhitespace { start += 1 }
                while stop > start, text.scalars[stop - 1].properties.isWhitespace { stop -= 1 }
                if start < stop {
                    let (label, category) = side < 2 ? (sides[side][owner].label, sides[side][owner].category) : editedLabels[side - 2]
                    regions.append(Region(label: label, category: category, span: TextSpan(start: start, end: stop, text: text[start..<stop])))
                }
            }
            offset = end
        }
        return regions
    }

    /// The annotation as a file in the format of `Annotations/FORMAT.md` (flow-style spans), with `notes`
    /// if given: the project's one whole-annotation writer (``DraftAnnotationWriter/yaml(for:notes:)``).
    public static func yaml(of annotation: Annotation, notes: String? = nil) -> String {
        DraftAnnotationWriter.yaml(for: annotation, notes: notes)
    }

    /// The notes of the merged file: the one text when both sides wrote the same (or only one wrote
    /// any), else both, each under its annotator's name.
    public static func mergedNotes(_ first: String?, _ second: String?, firstName: String, secondName: String) -> String? {
        switch (first, second) {
        case (nil, nil): nil
        case let (note?, nil), let (nil, note?): note
        case let (a?, b?): a == b ? a : "\(firstName): \(a)\n\n\(secondName): \(b)"
        }
    }

    /// Reads a choices file: one `KEY CHOICE` per line (`002_545d3a95fd3ea7b3/3 right`), `#` to the
    /// end of a line a comment, blank lines ignored. Unknown keys, repeated keys and unknown choices
    /// are errors at their line and column.
    public static func choices(in text: String, path: String, keys: Set<String>) -> (choices: [String: Choice], diagnostics: [Diagnostic]) {
        var choices: [String: Choice] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            // Each word with its 1-based column in scalars.
            var words: [(text: String, column: Int)] = []
            for (offset, scalar) in line.unicodeScalars.enumerated() {
                if scalar == " " || scalar == "\t" || scalar == "\r" { continue }
                if let last = words.last, last.column + last.text.unicodeScalars.count == offset + 1 {
                    words[words.count - 1].text.unicodeScalars.append(scalar)
                } else {
                    words.append((String(scalar), offset + 1))
                }
            }
            guard !words.isEmpty else { continue }
            let location = { (word: Int) in SourceLocation(path: path, line: index + 1, column: words[word].column) }
            guard words.count == 2 else {
                diagnostics.append(Diagnostic(.error, "expected 'KEY left|right|neither', found \(words.count) word\(words.count == 1 ? "" : "s")", at: location(0)))
                continue
            }
            let key = words[0].text
            guard keys.contains(key) else {
                diagnostics.append(Diagnostic(.error, "no disagreement has the key '\(key)' (clipbench adjudicate --list shows them)", at: location(0)))
                continue
            }
            guard let choice = Choice(answer: words[1].text) else {
                diagnostics.append(Diagnostic(.error, "the choice '\(words[1].text)' is not left, right or neither", at: location(1)))
                continue
            }
            guard choices[key] == nil else {
                diagnostics.append(Diagnostic(.error, "'\(key)' is chosen twice", at: location(0)))
                continue
            }
            choices[key] = choice
        }
        return (choices, diagnostics)
    }
}
