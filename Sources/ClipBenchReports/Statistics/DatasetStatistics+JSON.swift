import ClipBenchCore
import ClipBenchModel

extension DatasetStatistics {
    /// The statistics as ordered JSON: `documents`, `total`, then `clippings` (one object per clipping).
    ///
    /// ```json
    /// {"documents": 5, "total": {"characters": …, "tokens": …, "regions": {"headline": {"characters": 57,
    ///  "share": 0.0123}, …}, "boilerplate": {…}, "entities": {"PER": 3, …, "total": 9},
    ///  "dates": {"count": 4, "with_value": 3, "null": 1}}, "clippings": [{"id": …, …}]}
    /// ```
    /// Shares are rounded to 4 decimals so the output is stable and readable.
    public var jsonValue: JSONValue {
        .object([
            ("documents", .integer(total.documents)),
            ("total", Self.json(total, includesID: false)),
            ("clippings", .array(clippings.map { Self.json($0, includesID: true) })),
        ])
    }

    private static func json(_ row: ClippingStatistics, includesID: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if includesID { members.append(("id", .string(row.id))) }
        members += [
            ("characters", .integer(row.characters)),
            ("non_whitespace_characters", .integer(row.nonWhitespaceCharacters)),
            ("tokens", .integer(row.tokens)),
            ("regions", .object(RegionLabel.allCases.map { label in
                (label.rawValue, .object([
                    ("characters", .integer(row.regionCharacters[label] ?? 0)),
                    ("share", .number(rounded(row.share(of: label)))),
                ]))
            })),
            ("boilerplate", .object(BoilerplateCategory.allCases.compactMap { category in
                row.boilerplateCharacters[category].map { (category.rawValue, .integer($0)) }
            })),
            ("entities", .object(EntityType.allCases.map { ($0.rawValue, .integer(row.entities[$0] ?? 0)) }
                + [("total", .integer(row.entityCount))])),
            ("dates", .object([
                ("count", .integer(row.dateCount)),
                ("with_value", .integer(row.datesWithValue)),
                ("null", .integer(row.datesWithoutValue)),
            ])),
        ]
        return .object(members)
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
