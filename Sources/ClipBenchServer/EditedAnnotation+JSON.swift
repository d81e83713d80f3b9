import ClipBench

/// The JSON form the editor page exchanges with the server. Offsets are Unicode scalars, as in
/// the files; the page converts them to and from JavaScript's UTF-16 indexes.
///
/// ```json
/// {"id": "005_…", "status": "draft", "headline": "…", "headlineSuggested": true,
///  "published": {"value": null, "reason": "absent", "evidence": null, "suggested": false},
///  "regions": [{"start": 0, "end": 4, "text": "logo", "label": "boilerplate", "category": "branding", "suggested": false}],
///  "entities": [{"start": 9, "end": 14, "text": "تونس", "type": "LOC", "id": "tunisia", "suggested": true}],
///  "dates": [{"start": 20, "end": 24, "text": "2025", "value": "2025", "suggested": false}], "notes": null}
/// ```
///
/// - Complexity: O(number of items) both ways.
extension EditedAnnotation {
    /// The annotation as JSON.
    public var json: JSONValue {
        func span(_ span: TextSpan) -> [(String, JSONValue)] {
            [("start", .integer(span.start)), ("end", .integer(span.end)), ("text", .string(span.text))]
        }
        func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            ("id", .string(id)), ("status", .string(status.rawValue)), ("headline", optional(headline)),
            ("headlineSuggested", .bool(headlineIsSuggested)),
            ("published", .object([
                ("value", optional(published.value)), ("reason", optional(published.reason?.rawValue)),
                ("evidence", published.evidence.map { .object(span($0)) } ?? .null),
                ("suggested", .bool(publishedIsSuggested)),
            ])),
            ("regions", .array(regions.map {
                .object(span($0.span) + [("label", .string($0.label.rawValue)), ("category", optional($0.category?.rawValue)), ("suggested", .bool($0.isSuggested))])
            })),
            ("entities", .array(entities.map {
                .object(span($0.span) + [("type", .string($0.type.rawValue)), ("id", optional($0.registryID)), ("suggested", .bool($0.isSuggested))])
            })),
            ("dates", .array(dates.map {
                .object(span($0.span) + [("value", optional($0.value)), ("suggested", .bool($0.isSuggested))])
            })),
            ("notes", optional(notes)),
        ])
    }

    /// Reads the JSON form; every span's text is taken from `seed` at its offsets, so the page
    /// can never write a quote that differs from the seed.
    public init(json: JSONValue, seed: SeedText) throws(EditorRequestError) {
        func string(_ value: JSONValue?, _ name: String) throws(EditorRequestError) -> String? {
            switch value {
            case nil, .null?: return nil
            case .string(let text)?: return text
            default: throw EditorRequestError("'\(name)' must be a string or null")
            }
        }
        func enumeration<Value: RawRepresentable>(_ type: Value.Type, _ value: JSONValue?, _ name: String) throws(EditorRequestError) -> Value? where Value.RawValue == String {
            guard let raw = try string(value, name) else { return nil }
            guard let parsed = Value(rawValue: raw) else { throw EditorRequestError("'\(name)' has the unknown value '\(raw)'") }
            return parsed
        }
        func span(_ value: JSONValue?, _ name: String) throws(EditorRequestError) -> TextSpan {
            try TextSpan(json: value, seed: seed, name: name)
        }
        func items(_ key: String) throws(EditorRequestError) -> [JSONValue] {
            guard let list = json.member(key) else { return [] }
            guard let array = list.asArray else { throw EditorRequestError("'\(key)' must be a list") }
            return array
        }
        guard let id = json.member("id")?.asString else { throw EditorRequestError("the annotation needs its 'id'") }
        guard let status = try enumeration(Annotation.Status.self, json.member("status"), "status") else {
            throw EditorRequestError("the annotation needs its 'status'")
        }
        let published = json.member("published")
        let evidence = published?.member("evidence").flatMap { $0 == .null ? nil : $0 }
        self.init(
            id: id, status: status, headline: try string(json.member("headline"), "headline"),
            headlineIsSuggested: json.member("headlineSuggested")?.asBool ?? false,
            published: PublishedDate(
                value: try string(published?.member("value"), "published value"),
                evidence: try evidence.map { (value: JSONValue) throws(EditorRequestError) in try span(value, "the published evidence") },
                reason: try enumeration(PublishedDate.MissingReason.self, published?.member("reason"), "published reason")),
            publishedIsSuggested: published?.member("suggested")?.asBool ?? false,
            notes: try string(json.member("notes"), "notes"))
        for (index, item) in try items("regions").enumerated() {
            guard let label = try enumeration(RegionLabel.self, item.member("label"), "label") else { throw EditorRequestError("region \(index + 1) needs a 'label'") }
            regions.append(RegionItem(
                span: try span(item, "region \(index + 1)"), label: label,
                category: try enumeration(BoilerplateCategory.self, item.member("category"), "category"),
                isSuggested: item.member("suggested")?.asBool ?? false))
        }
        for (index, item) in try items("entities").enumerated() {
            guard let type = try enumeration(EntityType.self, item.member("type"), "type") else { throw EditorRequestError("entity \(index + 1) needs a 'type'") }
            entities.append(EntityItem(
                span: try span(item, "entity \(index + 1)"), type: type, registryID: try string(item.member("id"), "id"),
                isSuggested: item.member("suggested")?.asBool ?? false))
        }
        for (index, item) in try items("dates").enumerated() {
            dates.append(DateItem(
                span: try span(item, "date \(index + 1)"), value: try string(item.member("value"), "value"),
                isSuggested: item.member("suggested")?.asBool ?? false))
        }
    }
}

extension TextSpan {
    /// A span of the page's JSON (`{"start": 9, "end": 13}`, scalar offsets), its text taken from
    /// `seed`, so the page can never write a quote that differs from the seed; `name` names it in the refusal.
    init(json value: JSONValue?, seed: SeedText, name: String) throws(EditorRequestError) {
        guard let start = value?.member("start")?.asInteger, let end = value?.member("end")?.asInteger else {
            throw EditorRequestError("\(name) needs integer 'start' and 'end'")
        }
        guard start >= 0, start < end, end <= seed.count else {
            throw EditorRequestError("\(name) has the offsets [\(start), \(end)), outside the seed's \(seed.count) characters")
        }
        self.init(start: start, end: end, text: seed[start..<end])
    }
}

/// A request the editor's API refuses as malformed (HTTP 400 or 422), with the reason.
public struct EditorRequestError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
