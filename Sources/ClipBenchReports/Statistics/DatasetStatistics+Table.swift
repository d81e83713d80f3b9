import ClipBenchModel

extension DatasetStatistics {
    /// A plain-text table: one row per clipping and a total row, numbers right-aligned.
    ///
    /// Columns: characters (scalars), tokens, the share of each region label (in % of the
    /// non-whitespace scalars), entities by type, and dates (with a value / null).
    public func table() -> String {
        var header = ["clipping", "chars", "tokens"]
        header += RegionLabel.allCases.map { "\($0.rawValue) %" }
        header += EntityType.allCases.map(\.rawValue)
        header += ["dates", "valued", "null"]
        var rows = clippings.map(Self.cells)
        let totalRow = Self.cells(total)
        var lines: [[String]] = [header]
        lines += rows
        rows = []
        let widths = (0..<header.count).map { column in
            (lines + [totalRow]).map { $0[column].unicodeScalars.count }.max() ?? 0
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.unicodeScalars.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        var output = format(header) + "\n" + rule + "\n"
        for row in lines.dropFirst() { output += format(row) + "\n" }
        output += rule + "\n" + format(totalRow) + "\n"
        output += "\(total.documents) document\(total.documents == 1 ? "" : "s"); "
            + "region shares are of non-whitespace characters; chars are Unicode scalars.\n"
        return output
    }

    private static func cells(_ row: ClippingStatistics) -> [String] {
        var cells = [row.id == "total" && row.documents != 1 ? "total (\(row.documents))" : row.id,
                     String(row.characters), String(row.tokens)]
        cells += RegionLabel.allCases.map { percent(row.share(of: $0)) }
        cells += EntityType.allCases.map { String(row.entities[$0] ?? 0) }
        cells += [String(row.dateCount), String(row.datesWithValue), String(row.datesWithoutValue)]
        return cells
    }

    /// A share as a percentage with one decimal, e.g. `71.4`.
    package static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
