import Foundation
import ClipBenchCore

extension Prediction {
    /// The keys a prediction object may have (SPEC section 4).
    public static let knownKeys: Set<String> = ["id", "headline", "published", "body", "regions", "entities", "dates"]

    /// The prediction as a JSON object, `id` first, then only the attempted tasks' keys in
    /// SPEC order; `null`/`[]` for an attempted task that found nothing.
    public var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(id))]
        func optionalString(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        if attempted.contains(.headline) { members.append(("headline", optionalString(headline))) }
        if attempted.contains(.published) { members.append(("published", optionalString(published))) }
        if attempted.contains(.body) { members.append(("body", optionalString(body))) }
        if attempted.contains(.regions) {
            members.append(("regions", .array(regions.map { region in
                var fields: [(String, JSONValue)] = [("label", .string(region.label.rawValue))]
                if let category = region.category { fields.append(("category", .string(category.rawValue))) }
                fields += [("start", .integer(region.start)), ("end", .integer(region.end))]
                return .object(fields)
            })))
        }
        if attempted.contains(.entities) {
            members.append(("entities", .array(entities.map { entity in
                var fields: [(String, JSONValue)] = [("text", .string(entity.text)), ("type", .string(entity.type.rawValue))]
                if let start = entity.start, let end = entity.end { fields += [("start", .integer(start)), ("end", .integer(end))] }
                if let registryID = entity.registryID { fields.append(("id", .string(registryID))) }
                return .object(fields)
            })))
        }
        if attempted.contains(.dates) {
            members.append(("dates", .array(dates.map { date in
                var fields: [(String, JSONValue)] = [("text", .string(date.text)), ("value", optionalString(date.value))]
                if let start = date.start, let end = date.end { fields += [("start", .integer(start)), ("end", .integer(end))] }
                return .object(fields)
            })))
        }
        return .object(members)
    }

    /// One line of JSON Lines, without the line break.
    public var jsonLine: String { jsonValue.serialized() }
}

/// Why a JSON object is not a valid prediction; `path` names the key, such as `entities[3].start`.
public struct PredictionDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// Where the text stops being JSON, when it is not JSON at all (then `path` is empty).
    public var syntaxError: JSONParsingError?

    public init(path: String, message: String, syntaxError: JSONParsingError? = nil) {
        self.path = path
        self.message = message
        self.syntaxError = syntaxError
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

extension Prediction {
    /// Reads a prediction from one JSON object's text (one line of JSON Lines), with the
    /// project's one ``JSONParser``.
    ///
    /// Distinguishes an absent key (task not attempted) from `null` or `[]` (attempted, found
    /// nothing), and rejects unknown or repeated keys and wrong types with the path of the
    /// offending key.
    ///
    /// - Parameters:
    ///   - jsonText: the object's text.
    ///   - defaultID: the id of an object that has no `id` key (one prediction piped from an
    ///     extractor that does not know the clipping's id); without it, `id` is required.
    ///
    /// - Complexity: O(n) in the length of the text.
    public init(jsonText: String, defaultID: String? = nil) throws(PredictionDecodingError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(jsonText)
        } catch {
            if let path = error.repeatedKeyPath {
                throw PredictionDecodingError(path: path, message: "the key is repeated in its object (give each key once)")
            }
            throw PredictionDecodingError(path: "", message: "not valid JSON: \(error.message)", syntaxError: error)
        }
        try self.init(json: value, defaultID: defaultID)
    }

    /// Reads a prediction from a parsed JSON value.
    public init(json: JSONValue, defaultID: String? = nil) throws(PredictionDecodingError) {
        guard case .object(let members) = json else {
            throw PredictionDecodingError(path: "", message: "a prediction must be a JSON object")
        }
        let object = Dictionary(members, uniquingKeysWith: { first, _ in first })
        for key in object.keys.sorted() where !Self.knownKeys.contains(key) {
            throw PredictionDecodingError(path: key, message: "unknown key '\(key)' (expected one of \(Self.knownKeys.sorted().joined(separator: ", ")))")
        }
        let id: String
        switch object["id"] {
        case .string(let value): id = value
        case nil:
            guard let defaultID else { throw PredictionDecodingError(path: "id", message: "the key 'id' is required") }
            id = defaultID
        default: throw PredictionDecodingError(path: "id", message: "'id' must be a string")
        }
        self.init(id: id)
        try Self.checkMentionCount(object)
        if let value = object["headline"] { attempted.insert(.headline); headline = try Self.optionalString(value, at: "headline") }
        if let value = object["published"] { attempted.insert(.published); published = try Self.optionalString(value, at: "published") }
        if let value = object["body"] { attempted.insert(.body); body = try Self.optionalString(value, at: "body") }
        if let value = object["regions"] {
            attempted.insert(.regions)
            regions = try Self.list(value, at: "regions") { item, path throws(PredictionDecodingError) in
                let fields = try Self.fields(item, at: path, allowed: ["label", "category", "start", "end"])
                let label = try Self.enumeration(RegionLabel.self, fields["label"], at: "\(path).label")
                let category = try fields["category"].flatMap { value throws(PredictionDecodingError) in
                    value == .null ? nil : try Self.enumeration(BoilerplateCategory.self, value, at: "\(path).category")
                }
                return PredictedRegion(
                    label: label, category: category,
                    start: try Self.integer(fields["start"], at: "\(path).start"),
                    end: try Self.integer(fields["end"], at: "\(path).end"))
            }
        }
        if let value = object["entities"] {
            attempted.insert(.entities)
            entities = try Self.list(value, at: "entities") { item, path throws(PredictionDecodingError) in
                let fields = try Self.fields(item, at: path, allowed: ["text", "type", "start", "end", "id"])
                let (start, end) = try Self.optionalOffsets(fields, at: path)
                return EntityMention(
                    text: try Self.string(fields["text"], at: "\(path).text"),
                    type: try Self.enumeration(EntityType.self, fields["type"], at: "\(path).type"),
                    start: start, end: end,
                    registryID: try fields["id"].flatMap { value throws(PredictionDecodingError) in try Self.optionalString(value, at: "\(path).id") })
            }
        }
        if let value = object["dates"] {
            attempted.insert(.dates)
            dates = try Self.list(value, at: "dates") { item, path throws(PredictionDecodingError) in
                let fields = try Self.fields(item, at: path, allowed: ["text", "value", "start", "end"])
                let (start, end) = try Self.optionalOffsets(fields, at: path)
                guard let rawValue = fields["value"] else {
                    throw PredictionDecodingError(path: "\(path).value", message: "the key 'value' is required (null when unknown)")
                }
                return DateMention(
                    text: try Self.string(fields["text"], at: "\(path).text"),
                    value: try Self.optionalString(rawValue, at: "\(path).value"),
                    start: start, end: end)
            }
        }
    }

    private static func optionalString(_ value: JSONValue, at path: String) throws(PredictionDecodingError) -> String? {
        switch value {
        case .null: return nil
        case .string(let string): return string
        default: throw PredictionDecodingError(path: path, message: "must be a string or null")
        }
    }

    private static func string(_ value: JSONValue?, at path: String) throws(PredictionDecodingError) -> String {
        guard let value else { throw PredictionDecodingError(path: path, message: "is required") }
        guard case .string(let string) = value else { throw PredictionDecodingError(path: path, message: "must be a string") }
        return string
    }

    /// A whole number: `3`, or `3.0` as JSON Schema's `integer` allows; `3.5`, `true`, `"3"` and
    /// numbers past `Int`'s range are not offsets (`1e400` is already refused by the parser).
    private static func integer(_ value: JSONValue?, at path: String) throws(PredictionDecodingError) -> Int {
        guard let value else { throw PredictionDecodingError(path: path, message: "is required") }
        switch value {
        case .integer(let integer): return integer
        case .number(let number):
            if let integer = Int(exactly: number) { return integer }
        default: break
        }
        throw PredictionDecodingError(path: path, message: "must be a whole number")
    }

    private static func optionalOffsets(_ fields: [String: JSONValue], at path: String) throws(PredictionDecodingError) -> (Int?, Int?) {
        switch (fields["start"], fields["end"]) {
        case (nil, nil): return (nil, nil)
        case let (start?, end?): return (try integer(start, at: "\(path).start"), try integer(end, at: "\(path).end"))
        default: throw PredictionDecodingError(path: path, message: "'start' and 'end' go together: give both or neither")
        }
    }

    private static func enumeration<Value: RawRepresentable>(_ type: Value.Type, _ value: JSONValue?, at path: String) throws(PredictionDecodingError) -> Value where Value.RawValue == String, Value: CaseIterable {
        let raw = try string(value, at: path)
        guard let result = Value(rawValue: raw) else {
            throw PredictionDecodingError(path: path, message: "'\(raw)' is not one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return result
    }

    private static func fields(_ value: JSONValue, at path: String, allowed: Set<String>) throws(PredictionDecodingError) -> [String: JSONValue] {
        guard case .object(let members) = value else { throw PredictionDecodingError(path: path, message: "must be an object") }
        let object = Dictionary(members, uniquingKeysWith: { first, _ in first })
        for key in object.keys.sorted() where !allowed.contains(key) {
            throw PredictionDecodingError(path: "\(path).\(key)", message: "unknown key '\(key)'")
        }
        return object
    }

    /// Refuses a prediction with more mentions (regions, entities and dates together) than
    /// ``InputLimits/mentionsPerPrediction``, naming the list that goes past it, before any is
    /// decoded or matched.
    private static func checkMentionCount(_ object: [String: JSONValue]) throws(PredictionDecodingError) {
        var total = 0
        for key in ["regions", "entities", "dates"] {
            guard case .array(let items) = object[key] else { continue }
            total += items.count
            if total > InputLimits.mentionsPerPrediction {
                throw PredictionDecodingError(path: key, message: "the prediction holds \(total) or more mentions, more than the limit of "
                    + "\(InputLimits.mentionsPerPrediction) per prediction (InputLimits.mentionsPerPrediction; no option raises it)")
            }
        }
    }

    private static func list<Item>(_ value: JSONValue, at path: String, _ item: (JSONValue, String) throws(PredictionDecodingError) -> Item) throws(PredictionDecodingError) -> [Item] {
        if value == .null { return [] }
        guard case .array(let array) = value else { throw PredictionDecodingError(path: path, message: "must be an array or null") }
        var result: [Item] = []
        result.reserveCapacity(array.count)
        for (index, element) in array.enumerated() {
            result.append(try item(element, "\(path)[\(index)]"))
        }
        return result
    }
}
