/// Words for a reader instead of the JSON report's keys: `entities.by_type.PER.strict` →
/// "Entities · persons (PER) · strict", `exact_match` → "exact match", `tp` → "true positives".
///
/// ```swift
/// MetricLabels.group(["dates", "relaxed"])   // "Dates · relaxed span"
/// MetricLabels.figure("value_f1")            // "value F1"
/// ```
///
/// - Complexity: O(keys).
public enum MetricLabels {
    /// A group's label: one phrase per key, joined by ` · `.
    public static func group(_ keys: [String]) -> String {
        var words: [String] = []
        for (position, key) in keys.enumerated() {
            if key == "by_type" { continue }
            let word: String
            switch (position, key) {
            case (0, "headline"): word = "Headline"
            case (0, "published"): word = "Publication date"
            case (0, "body"): word = "Body"
            case (0, "boilerplate"): word = "Boilerplate"
            case (0, "entities"): word = "Entities"
            case (0, "dates"): word = "Dates"
            case (_, "PER"): word = "persons (PER)"
            case (_, "ORG"): word = "organisations (ORG)"
            case (_, "LOC"): word = "places (LOC)"
            case (_, "MISC"): word = "other names (MISC)"
            case (_, "tokens"): word = "words"
            case (_, "text"): word = keys.first == "dates" ? "by text" : "by text and type"
            case (_, "registry"): word = "by registry id"
            case (_, "strict") where keys.first == "dates": word = "exact span"
            case (_, "relaxed"): word = "overlapping span"
            default: word = key.replacingOccurrences(of: "_", with: " ")
            }
            words.append(word)
        }
        return words.joined(separator: " · ")
    }

    /// A group's label from its dotted path.
    public static func group(path: String) -> String { group(path.split(separator: ".").map(String.init)) }

    /// A measure's or count's label.
    public static func figure(_ name: String) -> String {
        switch name {
        case "f1": "F1"
        case "value_f1": "value F1"
        case "tp": "true positives"
        case "fp": "false positives"
        case "fn": "false negatives"
        case "tn": "true negatives"
        default: name.replacingOccurrences(of: "_", with: " ")
        }
    }
}
