import ClipBench

/// The JSON form of ``Adjudication``'s items and decisions, as `serve --compare` exchanges them
/// with the page. Offsets are Unicode scalars.
///
/// A side is `{"kind": "absent"}`, `{"kind": "region", "label": "boilerplate", "category": "share"}`,
/// `{"kind": "entity", "start": 9, "end": 13, "text": "تونس", "type": "LOC", "id": "tunisia"}`,
/// `{"kind": "date", "start": 20, "end": 24, "text": "2025", "value": "2025"}`,
/// `{"kind": "headline", "value": "…"}` or
/// `{"kind": "published", "value": null, "reason": "absent", "evidence": null}`. A decision is
/// `"left"`, `"right"`, `"neither"` or `{"edit": SIDE}`.
///
/// ```swift
/// let decision = try Adjudication.Decision(json: .object([("edit", side)]), seed: seed)
/// ```
///
/// - Complexity: O(1) per side, plus the length of the spans read from the seed.
extension Adjudication.Item {
    /// The item as the page shows it: key, task, message, context, the scalars concerned and both sides.
    func json(text: SeedText) -> JSONValue {
        func side(_ side: AnnotationAgreement.Disagreement.Side) -> JSONValue {
            .object([("description", .string(Adjudication.describe(side))), ("value", side.json)])
        }
        let range = disagreement.range
        return .object([
            ("key", .string(key)), ("task", .string(disagreement.task.rawValue)), ("message", .string(disagreement.message)),
            ("context", .string(context)),
            ("start", range.map { .integer($0.lowerBound) } ?? .null), ("end", range.map { .integer($0.upperBound) } ?? .null),
            ("text", range.map { .string(text[$0.lowerBound..<min($0.upperBound, text.count)]) } ?? .null),
            ("left", side(disagreement.first)), ("right", side(disagreement.second)),
        ])
    }
}

extension AnnotationAgreement.Disagreement.Side {
    var json: JSONValue {
        func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func span(_ start: Int?, _ end: Int?, _ text: String) -> [(String, JSONValue)] {
            [("start", start.map(JSONValue.integer) ?? .null), ("end", end.map(JSONValue.integer) ?? .null), ("text", .string(text))]
        }
        switch self {
        case .absent:
            return .object([("kind", .string("absent"))])
        case .regionLabel(let name):
            let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
            return .object([("kind", .string("region")), ("label", .string(parts.first ?? name)), ("category", optional(parts.count > 1 ? parts[1] : nil))])
        case .entity(let entity):
            return .object([("kind", .string("entity"))] + span(entity.start, entity.end, entity.text)
                + [("type", .string(entity.type.rawValue)), ("id", optional(entity.registryID))])
        case .date(let date):
            return .object([("kind", .string("date"))] + span(date.start, date.end, date.text) + [("value", optional(date.value))])
        case .headline(let headline):
            return .object([("kind", .string("headline")), ("value", optional(headline))])
        case .published(let published):
            return .object([
                ("kind", .string("published")), ("value", optional(published.value)), ("reason", optional(published.reason?.rawValue)),
                ("evidence", published.evidence.map { .object(span($0.start, $0.end, $0.text)) } ?? .null),
            ])
        }
    }

    /// Reads a side; every span's text is taken from `seed` at its offsets.
    init(json: JSONValue, seed: SeedText) throws(EditorRequestError) {
        func string(_ name: String) throws(EditorRequestError) -> String? {
            switch json.member(name) {
            case nil, .null?: return nil
            case .string(let text)?: return text
            default: throw EditorRequestError("'\(name)' of an edit must be a string or null")
            }
        }
        func span(_ value: JSONValue?, _ name: String) throws(EditorRequestError) -> TextSpan {
            try TextSpan(json: value, seed: seed, name: "the edited \(name)")
        }
        switch json.member("kind")?.asString {
        case "absent":
            self = .absent
        case "region":
            guard let label = try string("label") else { throw EditorRequestError("the edited region needs a 'label'") }
            self = .regionLabel(try string("category").map { "\(label)/\($0)" } ?? label)
        case "entity":
            guard let typeName = try string("type"), let type = EntityType(rawValue: typeName) else {
                throw EditorRequestError("the edited entity needs a 'type': PER, ORG, LOC or MISC")
            }
            let covered = try span(json, "entity")
            self = .entity(EntityMention(text: covered.text, type: type, start: covered.start, end: covered.end,
                                         registryID: try string("id").flatMap { $0.isEmpty ? nil : $0 }))
        case "date":
            let covered = try span(json, "date")
            self = .date(DateMention(text: covered.text, value: try string("value").flatMap { $0.isEmpty ? nil : $0 }, start: covered.start, end: covered.end))
        case "headline":
            self = .headline(try string("value").flatMap { $0.isEmpty ? nil : $0 })
        case "published":
            let value = try string("value").flatMap { $0.isEmpty ? nil : $0 }
            let reason: PublishedDate.MissingReason?
            if let name = try string("reason") {
                guard let parsed = PublishedDate.MissingReason(rawValue: name) else { throw EditorRequestError("'\(name)' is not a reason for a missing date") }
                reason = parsed
            } else {
                reason = nil
            }
            let evidence = json.member("evidence").flatMap { $0 == .null ? nil : $0 }
            self = .published(PublishedDate(value: value, evidence: try evidence.map { (value: JSONValue) throws(EditorRequestError) in try span(value, "evidence") },
                                            reason: value == nil ? reason ?? .absent : nil))
        default:
            throw EditorRequestError("an edit needs a 'kind': absent, region, entity, date, headline or published")
        }
    }
}

extension Adjudication.Decision {
    /// `"left"`, `"right"`, `"neither"` or `{"edit": SIDE}`.
    init(json: JSONValue, seed: SeedText) throws(EditorRequestError) {
        if let word = json.asString {
            guard let choice = Adjudication.Choice(rawValue: word) else { throw EditorRequestError("'\(word)' is not left, right or neither") }
            self = .take(choice)
        } else if let edit = json.member("edit") {
            self = .edited(try AnnotationAgreement.Disagreement.Side(json: edit, seed: seed))
        } else {
            throw EditorRequestError("a decision is \"left\", \"right\", \"neither\" or {\"edit\": …}")
        }
    }
}
