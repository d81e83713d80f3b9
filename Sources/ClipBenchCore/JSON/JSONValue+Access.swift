extension JSONValue {
    /// The member `key` of an object, or nil.
    package func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    package var asString: String? { if case .string(let value) = self { value } else { nil } }
    package var asBool: Bool? { if case .bool(let value) = self { value } else { nil } }
    package var asArray: [JSONValue]? { if case .array(let value) = self { value } else { nil } }

    package var asDouble: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    package var asInteger: Int? {
        switch self {
        case .integer(let value): value
        case .number(let value): Int(exactly: value)
        default: nil
        }
    }
}
