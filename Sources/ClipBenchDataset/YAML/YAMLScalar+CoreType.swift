extension YAMLScalar {
    /// What YAML 1.2's core schema makes of a scalar (what `check-jsonschema` and most YAML
    /// libraries see); quoted scalars are always strings.
    public enum CoreType: String, Sendable, Hashable {
        case null, boolean, integer, number, string
    }

    /// The scalar's type under YAML 1.2's core schema.
    public var coreType: CoreType {
        guard isPlain else { return .string }
        if isNull { return .null }
        if bool != nil { return .boolean }
        // Every integer and number below starts with a digit, a sign or `.`; most scalars (the
        // spans' text) start with none, and are strings without building their scalar array.
        guard let first = string.unicodeScalars.first, ("0"..."9").contains(first) || first == "-" || first == "+" || first == "." else {
            return .string
        }
        let scalars = Array(string.unicodeScalars)
        func digits(_ slice: ArraySlice<Unicode.Scalar>, _ allowed: (Unicode.Scalar) -> Bool) -> Bool {
            !slice.isEmpty && slice.allSatisfy(allowed)
        }
        let isDecimal: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        var body = scalars[...]
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if digits(body, isDecimal) { return .integer }
        if string.hasPrefix("0o"), digits(scalars.dropFirst(2), { ("0"..."7").contains($0) }) { return .integer }
        if string.hasPrefix("0x"), digits(scalars.dropFirst(2), { $0.properties.isASCIIHexDigit }) { return .integer }
        if [".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"].contains(String(String.UnicodeScalarView(body))) { return .number }
        // [0-9]*(\.[0-9]*)?([eE][-+]?[0-9]+)? with at least one digit in the mantissa.
        var index = body.startIndex
        var mantissaDigits = 0
        while index < body.endIndex, isDecimal(body[index]) { index += 1; mantissaDigits += 1 }
        if index < body.endIndex, body[index] == "." {
            index += 1
            while index < body.endIndex, isDecimal(body[index]) { index += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return .string }
        if index < body.endIndex, body[index] == "e" || body[index] == "E" {
            index += 1
            if index < body.endIndex, body[index] == "-" || body[index] == "+" { index += 1 }
            let exponentStart = index
            while index < body.endIndex, isDecimal(body[index]) { index += 1 }
            if index == exponentStart { return .string }
        }
        return index == body.endIndex ? .number : .string
    }
}
