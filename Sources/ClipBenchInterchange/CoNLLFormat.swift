import ClipBenchCore
import ClipBenchModel

/// Writes the gold as CoNLL-2003-style IOB2 token files and reads an NER system's CoNLL output back
/// as predictions with scalar offsets.
///
/// Export: one token per line, `TOKEN DATE-TAG NER-TAG` separated by spaces, the NER tag last (where
/// conlleval and most readers look); a blank line after each line of the seed that holds tokens (a
/// sentence), and `-DOCSTART- <id> O` before each clipping. The tokens are the metrics' words
/// (``WordTokenizer``: maximal runs of Python-regex `\w` scalars, so punctuation and combining marks
/// are not tokens and a word with harakat is several tokens), each split further where a gold mention
/// starts or ends inside it: a clitic «و» or «ل» before a name becomes a token of its own.
///
/// Import: each document starts at a `-DOCSTART- <id> …` line; the first column is the token, the last
/// the NER tag (`B-`/`I-` of `PER`, `ORG`, `LOC`, `MISC`, or `O`); with exactly three columns the middle
/// one is read as the date tag. Tokens are found in the seed in order, each after the previous one, so
/// any tokenisation whose tokens are pieces of the text maps back to scalar offsets. Chunks follow
/// conlleval (and seqeval's default mode): an `I-X` after `O` or after another type starts a new chunk.
///
/// ```swift
/// let conll = CoNLLFormat.document(for: clipping.annotation, text: clipping.seed).text
/// let predictions = CoNLLFormat.predictions(fromCoNLL: conll, path: "gold.conll") { id in seeds[id] }
/// ```
///
/// - Complexity: O(n) in the size of the text and the annotation; import O(n) in the seeds' size.
public enum CoNLLFormat {
    public static let documentStart = "-DOCSTART-"
    package static let dateType = "DATE"

    /// One token of an export, with its scalar range and tags.
    public struct Token: Sendable, Hashable {
        public var range: Range<Int>
        public var text: String
        public var dateTag: String
        public var entityTag: String
    }

    /// The CoNLL lines of one clipping (ending with a blank line), and a warning per mention the tokens cannot carry exactly.
    public static func document(for annotation: Annotation, text: SeedText) -> (text: String, warnings: [String]) {
        let mentionRanges = annotation.entities.compactMap { entity in entity.start.flatMap { start in entity.end.map { start..<$0 } } }
        let dateRanges = annotation.dates.compactMap { date in date.start.flatMap { start in date.end.map { start..<$0 } } }
        var cuts = Set<Int>()
        for range in mentionRanges + dateRanges { cuts.insert(range.lowerBound); cuts.insert(range.upperBound) }
        var tokens: [Token] = []
        for word in WordTokenizer.wordRanges(in: text.scalars) {
            var start = word.lowerBound
            for offset in (word.lowerBound + 1)..<max(word.lowerBound + 1, word.upperBound) where cuts.contains(offset) {
                tokens.append(Token(range: start..<offset, text: text[start..<offset], dateTag: "O", entityTag: "O"))
                start = offset
            }
            tokens.append(Token(range: start..<word.upperBound, text: text[start..<word.upperBound], dateTag: "O", entityTag: "O"))
        }
        var warnings: [String] = []
        func tag(_ range: Range<Int>, type: String, entity: Bool, quote: String) {
            let covered = tokens.indices.filter { range.contains(tokens[$0].range.lowerBound) && tokens[$0].range.upperBound <= range.upperBound }
            guard let first = covered.first, let last = covered.last else {
                warnings.append("«\(AnnotatedSpan.escapingLineBreaks(quote))» at [\(range.lowerBound), \(range.upperBound)) holds no token: left out of the CoNLL file")
                return
            }
            if tokens[first].range.lowerBound != range.lowerBound || tokens[last].range.upperBound != range.upperBound {
                warnings.append("«\(AnnotatedSpan.escapingLineBreaks(quote))» at [\(range.lowerBound), \(range.upperBound)) starts or ends on a scalar that is no word scalar: its tokens cover [\(tokens[first].range.lowerBound), \(tokens[last].range.upperBound))")
            }
            for index in covered {
                let tag = (index == first ? "B-" : "I-") + type
                if entity { tokens[index].entityTag = tag } else { tokens[index].dateTag = tag }
            }
        }
        for entity in annotation.entities {
            guard let start = entity.start, let end = entity.end else { continue }
            tag(start..<end, type: entity.type.rawValue, entity: true, quote: entity.text)
        }
        for date in annotation.dates {
            guard let start = date.start, let end = date.end else { continue }
            tag(start..<end, type: dateType, entity: false, quote: date.text)
        }
        var lines = ["\(documentStart) \(annotation.id) O", ""]
        var previous: Token?
        for token in tokens {
            if let previous {
                let crossesLine = text.lineAndColumn(of: previous.range.lowerBound).line != text.lineAndColumn(of: token.range.lowerBound).line
                let insideMention = token.entityTag.hasPrefix("I-") || token.dateTag.hasPrefix("I-")
                if crossesLine, !insideMention { lines.append("") }
            }
            lines.append("\(token.text) \(token.dateTag) \(token.entityTag)")
            previous = token
        }
        if previous != nil { lines.append("") }
        return (lines.map { $0 + "\n" }.joined(), warnings)
    }

    /// The predictions of a CoNLL file: one per document, entities (and dates, from a three-column file) with scalar offsets.
    public static func predictions(fromCoNLL conll: String, path: String, seed: (String) -> SeedText?) -> (predictions: [Prediction], diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticsCollector()
        var predictions: [Prediction] = []
        var current: (id: String, text: SeedText, cursor: Int, readsDates: Bool?, entities: [EntityMention], dates: [DateMention])?
        var openEntity: (type: EntityType, start: Int, end: Int)?
        var openDate: (start: Int, end: Int)?
        var failedDocument = false
        var seen: Set<String> = []

        func closeEntity() {
            if let open = openEntity, let document = current {
                current!.entities.append(EntityMention(text: document.text[open.start..<open.end], type: open.type, start: open.start, end: open.end))
            }
            openEntity = nil
        }
        func closeDate() {
            if let open = openDate, let document = current {
                current!.dates.append(DateMention(text: document.text[open.start..<open.end], value: nil, start: open.start, end: open.end))
            }
            openDate = nil
        }
        func finishDocument() {
            closeEntity()
            closeDate()
            if let document = current, !failedDocument {
                var attempted: Set<PredictionTask> = [.entities]
                if document.readsDates == true { attempted.insert(.dates) }
                predictions.append(Prediction(id: document.id, attempted: attempted, headline: nil, published: nil, body: nil, regions: [], entities: document.entities, dates: document.dates))
            }
            current = nil
            failedDocument = false
        }

        for (index, rawLine) in conll.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            func error(_ message: String, column: Int = 1) {
                diagnostics.error(message, at: SourceLocation(path: path, line: lineNumber, column: column))
            }
            if fields.isEmpty {
                closeEntity()
                closeDate()
                continue
            }
            if fields[0] == documentStart {
                finishDocument()
                guard fields.count >= 2, let id = fields.dropFirst().first(where: { seed($0) != nil }) else {
                    error("the \(documentStart) line names no clipping of the dataset (write '\(documentStart) <id> O')")
                    failedDocument = true
                    current = (fields.count >= 2 ? fields[1] : "?", SeedText(""), 0, nil, [], [])
                    continue
                }
                if !seen.insert(id).inserted { error("the clipping \(id) appears twice") }
                current = (id, seed(id)!, 0, nil, [], [])
                continue
            }
            guard current != nil else {
                error("a token before the first \(documentStart) line")
                failedDocument = true
                current = ("?", SeedText(""), 0, nil, [], [])
                continue
            }
            if failedDocument { continue }
            guard fields.count >= 2 else { error("a token line needs the token and its tag"); failedDocument = true; continue }
            let token = fields[0]
            let document = current!
            guard let start = document.text.occurrences(of: token, in: document.cursor..<document.text.count).first else {
                error("the token «\(token)» does not occur in the seed of \(document.id) after the previous token")
                failedDocument = true
                continue
            }
            let end = start + token.unicodeScalars.count
            current!.cursor = end
            let tagColumn = line.unicodeScalars.count - fields[fields.count - 1].unicodeScalars.count + 1
            // The entity tag.
            let tag = fields[fields.count - 1]
            if tag == "O" {
                closeEntity()
            } else {
                let parts = tag.split(separator: "-", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[0] == "B" || parts[0] == "I", let type = EntityType(rawValue: parts[1]) else {
                    error("the tag '\(tag)' is not O, B-TYPE or I-TYPE with TYPE one of PER, ORG, LOC, MISC", column: tagColumn)
                    failedDocument = true
                    continue
                }
                if parts[0] == "I", let open = openEntity, open.type == type {
                    openEntity!.end = end
                } else {
                    closeEntity()
                    openEntity = (type, start, end)
                }
            }
            // The date tag: the middle column of a three-column file.
            let readsDates = fields.count == 3
            if current!.readsDates == nil { current!.readsDates = readsDates }
            if readsDates {
                let dateTag = fields[1]
                if dateTag == "O" {
                    closeDate()
                } else if dateTag == "B-\(dateType)" || (dateTag == "I-\(dateType)" && openDate == nil) {
                    closeDate()
                    openDate = (start, end)
                } else if dateTag == "I-\(dateType)" {
                    openDate!.end = end
                } else {
                    error("the date tag '\(dateTag)' is not O, B-DATE or I-DATE", column: token.unicodeScalars.count + 2)
                    failedDocument = true
                }
            }
        }
        finishDocument()
        return (predictions, diagnostics.diagnostics)
    }
}
