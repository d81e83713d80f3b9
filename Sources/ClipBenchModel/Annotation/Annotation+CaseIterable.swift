extension Annotation.Status: CaseIterable {
    /// Every status, for messages and schema enums.
    public static var allCases: [Annotation.Status] { [.draft, .done] }
}
