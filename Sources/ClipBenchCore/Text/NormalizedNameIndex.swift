/// Values looked up by a name compared after ``ArabicNormalizer``: each indexed name is normalised
/// once, when the index is built, so a lookup normalises only the name asked for.
///
/// ```swift
/// let index = NormalizedNameIndex([(name: "إسطنبول", value: "istanbul")])
/// index.values(matching: "اسطنبول")   // ["istanbul"]
/// ```
///
/// - Complexity: building is O(total length of the names); a lookup is O(length of the name) plus
///   the values it returns.
public struct NormalizedNameIndex<Value: Sendable & Hashable>: Sendable, Hashable {
    private let valuesByKey: [String: [Value]]

    /// Indexes `names`; a name that normalises to nothing is left out, and a value appears once per
    /// key, in the order first given.
    public init(_ names: some Sequence<(name: String, value: Value)>) {
        var valuesByKey: [String: [Value]] = [:]
        for (name, value) in names {
            let key = ArabicNormalizer.normalize(name)
            guard !key.isEmpty else { continue }
            if valuesByKey[key]?.contains(value) != true { valuesByKey[key, default: []].append(value) }
        }
        self.valuesByKey = valuesByKey
    }

    /// The values of the names equal to `name` once both are normalised, in the order indexed.
    public func values(matching name: String) -> [Value] {
        let key = ArabicNormalizer.normalize(name)
        return key.isEmpty ? [] : valuesByKey[key] ?? []
    }
}
