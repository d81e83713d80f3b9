extension JSONValue {
    /// Parses JSON text with ``JSONParser``, keeping the order of object keys, so a report read
    /// back renders in the order it was written.
    ///
    /// Whole numbers without a fraction or exponent become `.integer`, others `.number`.
    ///
    /// ```swift
    /// try JSONValue(parsing: #"{"b": 1, "a": [true, null]}"#)
    /// // .object([("b", .integer(1)), ("a", .array([.bool(true), .null]))])
    /// ```
    ///
    /// - Complexity: O(n) in the length of the text; nesting deeper than 512 levels is refused.
    public init(parsing text: String) throws(JSONParsingError) {
        self = try JSONParser.parse(text)
    }
}
