import ClipBenchModel

extension Region {
    /// `body`, or `boilerplate/share` for boilerplate with its category.
    public var displayLabel: String {
        guard label == .boilerplate, let category else { return label.rawValue }
        return "\(label.rawValue)/\(category.rawValue)"
    }
}
