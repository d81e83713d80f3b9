extension JSONValue {
    /// The member `key` of an object, or nil.
    public func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    public var asString: String? { if case .string(let value) = self { value } else { nil } }
    public var asBool: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var asArray: [JSONValue]? { if case .array(let value) = self { value } else { nil } }

    public var asDouble: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    public var asInteger: Int? {
        switch self {
        case .integer(let value): value
        case .number(let value): Int(exactly: value)
        default: nil
        }
    }
}
