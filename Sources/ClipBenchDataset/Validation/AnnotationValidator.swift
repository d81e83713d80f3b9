import ClipBenchCore
import ClipBenchModel

/// Checks one loaded annotation against its seed and the entity registry: everything the JSON
/// Schema cannot (issue 2, item 4).
///
/// Errors: a span whose text differs from the seed at `[start, end)` (Unicode scalars), negative,
/// reversed, empty or out-of-range offsets, a span without offsets, a span that cuts a letter
/// from its combining marks, regions that overlap or leave a non-whitespace scalar uncovered,
/// a category on a non-boilerplate region or none on a boilerplate one, a headline that
/// differs from its headline regions or occurs outside them, a published value that is no real
/// ISO 8601 date or that its evidence does not state, dates that are not real calendar dates,
/// entity ids missing from the registry or of another type, `line`/`occurrence` hints that
/// disagree with the offsets, and an id that differs from the file name or is unsafe.
/// Warnings: spans starting or ending in whitespace, drafts, `suggested: true` items.
///
/// ```swift
/// let problems = AnnotationValidator(registry: registry).diagnostics(for: document, expectedID: "002_…", seed: seed)
/// ```
///
/// - Complexity: O(n + s·m) for a seed of n scalars and s spans of length up to m.
public struct AnnotationValidator: Sendable {
    /// The registry entity ids are checked against; nil skips those checks.
    public var registry: EntityRegistry?
    /// How many uncovered stretches of text are reported per file before the rest are summed up.
    public var maximumGapReports = 10

    public init(registry: EntityRegistry?) {
        self.registry = registry
    }

    /// Every problem of `document`.
    ///
    /// - Parameters:
    ///   - document: the loaded annotation.
    ///   - expectedID: the id the file name gives (`Annotations/<id>.yaml`), or nil when unknown.
    ///   - seed: the seed's text, or nil when it could not be read (span checks are then skipped).
    ///   - isComplete: false when the loader dropped items with errors; region coverage and the headline's
    ///     regions are then not checked (they would report the dropped items as missing).
    public func diagnostics(
        for document: AnnotationDocument, expectedID: String?, seed: SeedText?, isComplete: Bool = true
    ) -> [Diagnostic] {
        var report = Report()
        checkIdentity(document, expectedID: expectedID, into: &report)
        if document.isDraft {
            report.warning("the annotation is a draft (status: draft): it is left out of scoring", at: document.statusLocation)
        }
        if document.headlineIsSuggested {
            report.warning("the headline is an unchecked suggestion (suggested: true)", at: document.headlineLocation)
        }
        if document.publishedIsSuggested {
            report.warning("the publication date is an unchecked suggestion (suggested: true)", at: document.publishedLocation)
        }
        for span in document.spans {
            if span.isSuggested {
                report.warning("\(span.label) is an unchecked suggestion (suggested: true)", at: span.location)
            }
            check(span, seed: seed, into: &report)
        }
        checkRegionCategories(document, into: &report)
        checkPublished(document, into: &report)
        checkDates(document, into: &report)
        checkEntities(document, into: &report)
        if let seed {
            if isComplete, document.spans.allSatisfy({ spanIsUsable($0, in: seed) }) {
                checkCoverage(document, seed: seed, into: &report)
            }
            if isComplete {
                checkHeadline(document, seed: seed, into: &report)
                checkMentions(document.entities.map(\.span), kind: "entity", regions: document.regions, seed: seed, into: &report)
                checkMentions(document.dates.map(\.span), kind: "date", regions: document.regions, seed: seed, into: &report)
            }
        }
        return report.diagnostics
    }

    // MARK: - Identity

    private func checkIdentity(_ document: AnnotationDocument, expectedID: String?, into report: inout Report) {
        if let problem = ClippingID.problem(with: document.id) {
            report.error("unsafe clipping id: \(problem)", at: document.idLocation)
        } else if let expectedID, expectedID != document.id {
            report.error("the id '\(document.id)' differs from the file name: it must be '\(expectedID)'", at: document.idLocation)
        }
    }

    // MARK: - Spans

    /// Whether the span has offsets that lie inside the seed and its text matches.
    private func spanIsUsable(_ span: AnnotatedSpan, in seed: SeedText) -> Bool {
        guard let start = span.start, let end = span.end, start >= 0, start <= end, end <= seed.count else { return false }
        return seed.hasScalars(of: span.text, in: start..<end)
    }

    private func check(_ span: AnnotatedSpan, seed: SeedText?, into report: inout Report) {
        if span.text.isEmpty { report.error("\(span.label) has an empty text", at: span.textLocation) }
        let startLocation = span.startLocation ?? span.location
        let endLocation = span.endLocation ?? span.location
        switch (span.start, span.end) {
        case (nil, nil):
            report.error("\(span.label) has no offsets: run `clipbench anchor` on this file", at: span.location)
            return
        case (nil, _?):
            report.error("\(span.label) has 'end' but no 'start'", at: span.location)
            return
        case (_?, nil):
            report.error("\(span.label) has 'start' but no 'end'", at: span.location)
            return
        case let (start?, end?):
            var broken = false
            if start < 0 { report.error("\(span.label) has a negative start offset (\(start))", at: startLocation); broken = true }
            if end < 0 { report.error("\(span.label) has a negative end offset (\(end))", at: endLocation); broken = true }
            if !broken, end < start {
                report.error("\(span.label) is reversed: end \(end) is before start \(start)", at: endLocation)
                broken = true
            }
            if !broken, end == start {
                report.error("\(span.label) is empty (start = end = \(start))", at: endLocation)
                broken = true
            }
            guard let seed else { return }
            if !broken, end > seed.count {
                report.error("\(span.label) ends at \(end), past the end of the seed (\(seed.count) Unicode scalars)", at: endLocation)
                broken = true
            }
            if broken { return }
            checkText(span, start: start, end: end, seed: seed, into: &report)
        }
    }

    private func checkText(_ span: AnnotatedSpan, start: Int, end: Int, seed: SeedText, into report: inout Report) {
        // The gold text is the seed's scalars, exactly: an NFD quote of an NFC span (canonically
        // equivalent, so equal as Strings) would make `gold` print a text that is not seed[start:end].
        guard seed.hasScalars(of: span.text, in: start..<end) else {
            let actual = seed[start..<end]
            var message = "\(span.label): the text differs from the seed at [\(start), \(end)), which reads «\(Self.shortened(actual))»"
            if actual == span.text {
                message += " in another Unicode normalisation form (NFC/NFD): write the quote with the seed's own characters"
            }
            let found = seed.occurrences(of: span.text)
            if let first = found.first {
                let (line, column) = seed.lineAndColumn(of: first)
                message += "; the quote occurs at \(first) (seed line \(line), column \(column))"
                if found.count > 1 { message += " and \(found.count - 1) more time\(found.count == 2 ? "" : "s")" }
            }
            report.error(message, at: span.startLocation ?? span.location)
            return
        }
        if start < seed.count, seed.scalars[start].isCombiningMark {
            report.error("\(span.label) starts at \(start) on a combining mark (U+\(Self.hex(seed.scalars[start]))): it cuts the mark from its letter", at: span.startLocation ?? span.location)
        }
        if end < seed.count, seed.scalars[end].isCombiningMark {
            report.error("\(span.label) ends at \(end) before a combining mark (U+\(Self.hex(seed.scalars[end]))): extend it over the marks of its last letter", at: span.endLocation ?? span.location)
        }
        if let first = span.text.unicodeScalars.first, first.properties.isWhitespace {
            report.warning("\(span.label) starts with whitespace", at: span.startLocation ?? span.location)
        }
        if let last = span.text.unicodeScalars.last, last.properties.isWhitespace {
            report.warning("\(span.label) ends with whitespace", at: span.endLocation ?? span.location)
        }
        checkHints(span, start: start, seed: seed, into: &report)
    }

    private func checkHints(_ span: AnnotatedSpan, start: Int, seed: SeedText, into report: inout Report) {
        let (line, _) = seed.lineAndColumn(of: start)
        var searchRange: Range<Int>? = nil
        if let hint = span.lineHint {
            guard hint >= 1, let range = seed.rangeOfLine(hint) else {
                report.error("\(span.label) has line: \(hint), but the seed has \(seed.lineStarts.count) lines", at: span.location)
                return
            }
            guard hint == line else {
                report.error("\(span.label) has line: \(hint), but its offsets put it on line \(line)", at: span.location)
                return
            }
            searchRange = range
        }
        if let occurrence = span.occurrence {
            guard occurrence >= 1 else {
                report.error("\(span.label) has occurrence: \(occurrence); occurrences count from 1", at: span.location)
                return
            }
            // Counted as anchor counts them: whole words only, unless the span is partial.
            let starts = Anchorer.candidates(for: span, in: seed, range: searchRange)
            let actual = (starts.firstIndex(of: start) ?? -1) + 1
            if actual != occurrence {
                report.error("\(span.label) has occurrence: \(occurrence), but its offsets give occurrence \(actual) of \(starts.count)\(searchRange == nil ? "" : " on line \(line)")", at: span.location)
            }
        }
    }

    // MARK: - Regions

    private func checkRegionCategories(_ document: AnnotationDocument, into report: inout Report) {
        for item in document.regions {
            if item.label == .boilerplate, item.category == nil {
                report.error("\(item.span.label) is boilerplate without a category (one of \(BoilerplateCategory.allCases.map(\.rawValue).joined(separator: ", ")))", at: item.span.location)
            }
            if item.label != .boilerplate, item.category != nil {
                report.error("\(item.span.label) is \(item.label.rawValue) but has a category: only boilerplate has one", at: item.categoryLocation ?? item.span.location)
            }
        }
    }

    private func checkCoverage(_ document: AnnotationDocument, seed: SeedText, into report: inout Report) {
        var owner = Array(repeating: -1, count: seed.count)
        var reportedPairs: Set<[Int]> = []
        for (index, item) in document.regions.enumerated() {
            guard let start = item.span.start, let end = item.span.end else { continue }
            var overlapStart: [Int: Int] = [:]
            for offset in start..<end {
                let previous = owner[offset]
                if previous >= 0 {
                    if overlapStart[previous] == nil { overlapStart[previous] = offset }
                } else {
                    owner[offset] = index
                }
            }
            for (other, offset) in overlapStart.sorted(by: { $0.value < $1.value }) where reportedPairs.insert([other, index]).inserted {
                let (line, column) = seed.lineAndColumn(of: offset)
                report.error("\(item.span.label) overlaps \(document.regions[other].span.label) from offset \(offset) (seed line \(line), column \(column))", at: item.span.location)
            }
        }
        var gaps = 0
        var offset = 0
        let location = document.regions.first?.span.location ?? document.idLocation
        while offset < seed.count {
            guard owner[offset] < 0, !seed.scalars[offset].properties.isWhitespace else {
                offset += 1
                continue
            }
            var end = offset
            while end < seed.count, owner[end] < 0, seed.scalars[end] != "\n" { end += 1 }
            gaps += 1
            if gaps <= maximumGapReports {
                let (line, column) = seed.lineAndColumn(of: offset)
                report.error("no region covers the text at seed line \(line), column \(column) (offset \(offset)): «\(Self.shortened(Self.trimmingWhitespace(seed[offset..<end])))»", at: location)
            }
            offset = end
        }
        if gaps > maximumGapReports {
            report.error("\(gaps - maximumGapReports) more stretches of text are covered by no region", at: location)
        }
    }

    // MARK: - Mentions

    /// Mentions are flat (CoNLL style, GUIDELINES 5.3): no two entity mentions (or two date
    /// mentions) share a scalar, and each lies inside one region.
    private func checkMentions(_ spans: [AnnotatedSpan], kind: String, regions: [AnnotationDocument.RegionItem], seed: SeedText, into report: inout Report) {
        let usable = spans.filter { spanIsUsable($0, in: seed) }.sorted { ($0.start!, $0.end!) < ($1.start!, $1.end!) }
        var previous: AnnotatedSpan? = nil
        for span in usable {
            if let before = previous, span.start! < before.end! {
                if span.start == before.start, span.end == before.end {
                    report.error("\(span.label) repeats \(before.label): the same \(kind) span is annotated twice", at: span.location)
                } else {
                    report.error("\(span.label) overlaps \(before.label): \(kind) mentions are flat, annotate the outermost one only", at: span.location)
                }
            }
            if previous == nil || span.end! > previous!.end! { previous = span }
        }
        let regionRanges = regions.compactMap { item -> Range<Int>? in
            guard let start = item.span.start, let end = item.span.end, start <= end else { return nil }
            return start..<end
        }
        guard !regionRanges.isEmpty else { return }
        for span in usable where !regionRanges.contains(where: { $0.lowerBound <= span.start! && span.end! <= $0.upperBound }) {
            report.error("\(span.label) crosses a region boundary: a mention lies inside one region", at: span.location)
        }
    }

    // MARK: - Headline

    private func checkHeadline(_ document: AnnotationDocument, seed: SeedText, into report: inout Report) {
        let headlineRegions = document.regions.filter { $0.label == .headline }
        guard let headline = document.headline else {
            for item in headlineRegions {
                report.error("\(item.span.label) is a headline region, but 'headline' is null", at: item.span.location)
            }
            return
        }
        let expected = Self.collapsingWhitespace(headline)
        if expected.isEmpty {
            report.error("'headline' is empty: write null when the page has no headline", at: document.headlineLocation)
            return
        }
        if headlineRegions.isEmpty {
            report.error("the headline has no headline region", at: document.headlineLocation)
        }
        for item in headlineRegions where Self.collapsingWhitespace(item.span.text) != expected {
            report.error("\(item.span.label) is a headline region whose text differs from 'headline'", at: item.span.location)
        }
        let covered = headlineRegions.compactMap { item -> Range<Int>? in
            guard let start = item.span.start, let end = item.span.end, start <= end else { return nil }
            return start..<end
        }
        for occurrence in seed.occurrences(of: headline) {
            let range = occurrence..<(occurrence + headline.unicodeScalars.count)
            if !covered.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) {
                let (line, column) = seed.lineAndColumn(of: occurrence)
                report.error("the headline also occurs at offset \(occurrence) (seed line \(line), column \(column)), outside every headline region: every occurrence of the headline is a headline region", at: document.headlineLocation)
            }
        }
    }

    // MARK: - Published date and dates

    private func checkPublished(_ document: AnnotationDocument, into report: inout Report) {
        guard let value = document.publishedValue else {
            if document.publishedReason == nil {
                report.error("'published' has value null but no 'reason' (one of \(PublishedDate.MissingReason.allCases.map(\.rawValue).joined(separator: ", ")))", at: document.publishedLocation)
            }
            return
        }
        if document.publishedReason != nil {
            report.error("'published' has a value and a 'reason': give the reason only when the value is null", at: document.publishedReasonLocation ?? document.publishedLocation)
        }
        guard let date = ISODate(value) else {
            report.error("'published' value: \(ISODate.problem(with: value) ?? "not a date")", at: document.publishedValueLocation)
            return
        }
        guard let evidence = document.publishedEvidence else {
            report.error("'published' has a value but no 'evidence' span stating it", at: document.publishedLocation)
            return
        }
        let missing = DateEvidenceMatcher.missingParts(of: date, in: evidence.text)
        if !missing.isEmpty {
            report.error("the published evidence «\(Self.shortened(evidence.text))» does not state \(missing.joined(separator: ", ")) of \(value)", at: document.publishedValueLocation)
        }
        let missingTime = DateEvidenceMatcher.missingTimeParts(of: date, in: evidence.text)
        if !missingTime.isEmpty {
            report.warning("the published evidence «\(Self.shortened(evidence.text))» does not show \(missingTime.joined(separator: ", ")) of \(value) (fine only after a time-zone conversion)", at: document.publishedValueLocation)
        }
    }

    private func checkDates(_ document: AnnotationDocument, into report: inout Report) {
        for item in document.dates {
            guard let value = item.value else { continue }
            if let problem = ISODate.problem(with: value) {
                report.error("\(item.span.label): \(problem)", at: item.valueLocation)
            }
        }
    }

    // MARK: - Entities

    private func checkEntities(_ document: AnnotationDocument, into report: inout Report) {
        guard let registry else { return }
        for item in document.entities {
            guard let id = item.registryID else {
                // A name several entries share says nothing by itself: the mention must say which.
                let owners = registry.entries(named: item.span.text)
                if owners.count > 1 {
                    report.error("\(item.span.label) has no id, but «\(Self.shortened(item.span.text))» names several registry entries (\(owners.map(\.id).joined(separator: ", "))): give it the id of the one it means", at: item.span.location)
                }
                continue
            }
            guard let entry = registry.entry(id: id) else {
                var message = "\(item.span.label) names the registry id '\(id)', which the registry does not have"
                if let suggestion = YAMLFieldReader.closestKey(to: id, among: registry.entries.map(\.id)) {
                    message += " (did you mean '\(suggestion)'?)"
                }
                report.error(message, at: item.registryIDLocation ?? item.span.location)
                continue
            }
            if entry.type != item.type {
                report.error("\(item.span.label) has type \(item.type.rawValue), but the registry gives '\(id)' type \(entry.type.rawValue)", at: item.typeLocation)
            }
        }
    }

    // MARK: - Helpers

    private struct Report {
        package var diagnostics: [Diagnostic] = []
        package mutating func error(_ message: String, at location: SourceLocation) { diagnostics.append(Diagnostic(.error, message, at: location)) }
        package mutating func warning(_ message: String, at location: SourceLocation) { diagnostics.append(Diagnostic(.warning, message, at: location)) }
    }

    package static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    package static func shortened(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 60 else { return AnnotatedSpan.escapingLineBreaks(text) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(60))
        return AnnotatedSpan.escapingLineBreaks(String(view)) + "…"
    }

    package static func trimmingWhitespace(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    package static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }).joined(separator: " ")
    }
}
