import Foundation
import ClipBenchCore
import ClipBenchDataset

extension RegressionGate {
    /// The keys of a gate file, in the order they are written.
    package static let fileKeys = ["extractor", "dataset", "metrics"]

    /// Reads a gate file; every problem is a diagnostic at its line and column.
    ///
    /// ```yaml
    /// # yaml-language-server: $schema=../../Schemas/gate.schema.json
    /// extractor: baseline
    /// dataset:
    ///   sha256: "3f2a…"
    ///   files: {"seeds/000_fafa66e8a14f78c9.txt": "9b1c…"}
    /// metrics:
    ///   body.f1: {floor: 0.8123, tolerance: 0.01}
    /// ```
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - path: how diagnostics name the file.
    /// - Returns: the gate, or the diagnostics that stopped it from being read.
    public static func parse(yaml text: String, path: String) -> Result<RegressionGate, DiagnosticError> {
        // The project's YAML reader: line and column for every node; anchors, aliases, tags and
        // duplicate keys refused before anything is built.
        let root: YAMLNode
        switch YAMLReader.read(text, path: path) {
        case .success(let node): root = node
        case .failure(let failure): return .failure(DiagnosticError(diagnostics: failure.diagnostics))
        }
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ location: SourceLocation) { problems.append(Diagnostic(.error, message, at: location)) }

        guard let mapping = root.mapping else {
            return .failure(DiagnosticError(diagnostics: [Diagnostic(.error, "a gate file is a mapping with the keys \(fileKeys.joined(separator: ", "))", at: root.location)]))
        }
        for entry in mapping.entries where !fileKeys.contains(entry.key.string) {
            problem("unknown key '\(entry.key.string)' (expected one of \(fileKeys.joined(separator: ", ")))", entry.key.location)
        }

        var extractor: String?
        if let node = mapping.value(for: "extractor") {
            if let scalar = node.scalar, !scalar.isNull { extractor = scalar.string } else if node.scalar == nil { problem("'extractor' must be a string", node.location) }
        }

        var fingerprint = GateFingerprint(sha256: "")
        if let dataset = mapping.value(for: "dataset")?.mapping {
            for entry in dataset.entries where !["sha256", "files"].contains(entry.key.string) {
                problem("unknown key '\(entry.key.string)' in 'dataset' (expected sha256, files)", entry.key.location)
            }
            if let hash = dataset.value(for: "sha256")?.scalar?.string, Self.isHash(hash) {
                fingerprint.sha256 = hash
            } else {
                problem("'dataset.sha256' must be a SHA-256 in 64 lowercase hex digits", (dataset.value(for: "sha256") ?? .mapping(dataset)).location)
            }
            if let files = dataset.value(for: "files") {
                if let entries = files.mapping {
                    for entry in entries.entries {
                        guard let hash = entry.value.scalar?.string, Self.isHash(hash) else {
                            problem("each entry of 'dataset.files' maps a path to a SHA-256 in 64 lowercase hex digits", entry.value.location)
                            continue
                        }
                        fingerprint.files[entry.key.string] = hash
                    }
                } else {
                    problem("'dataset.files' must be a mapping of paths to SHA-256 hashes", files.location)
                }
            }
        } else {
            problem("the key 'dataset' (a mapping with sha256 and files) is required", (mapping.value(for: "dataset") ?? root).location)
        }

        var metrics: [GateMetric] = []
        if let entries = mapping.value(for: "metrics")?.mapping {
            for entry in entries.entries {
                let name = entry.key.string
                guard !name.isEmpty else { problem("a metric name must not be empty", entry.key.location); continue }
                guard let fields = entry.value.mapping else {
                    problem("'\(name)' must be a mapping {floor: …, tolerance: …}", entry.value.location)
                    continue
                }
                for field in fields.entries where !["floor", "tolerance"].contains(field.key.string) {
                    problem("unknown key '\(field.key.string)' in '\(name)' (expected floor, tolerance)", field.key.location)
                }
                guard let floor = fields.value(for: "floor").flatMap(Self.number), (0...1).contains(floor) else {
                    problem("'\(name).floor' must be a number from 0 to 1", (fields.value(for: "floor") ?? entry.value).location)
                    continue
                }
                var tolerance = defaultTolerance
                if let node = fields.value(for: "tolerance") {
                    guard let value = Self.number(node), value >= 0 else {
                        problem("'\(name).tolerance' must be a number of at least 0", node.location)
                        continue
                    }
                    tolerance = value
                }
                metrics.append(GateMetric(name: name, floor: floor, tolerance: tolerance))
            }
        } else {
            problem("the key 'metrics' (a mapping of metric names to {floor, tolerance}) is required", (mapping.value(for: "metrics") ?? root).location)
        }

        guard problems.isEmpty else { return .failure(DiagnosticError(diagnostics: problems)) }
        return .success(RegressionGate(extractor: extractor, fingerprint: fingerprint, metrics: metrics))
    }

    /// Reads the gate file at `url`.
    public static func load(contentsOf url: URL) -> Result<RegressionGate, DiagnosticError> {
        let path = DisplayPath.of(url)
        let data: Data
        do { data = try BoundedFileReader.read(url, limit: InputLimits.yamlFileBytes) } catch {
            let message = error.exceedsLimit
                ? "the gate file \(error.message) for a YAML file (InputLimits.yamlFileBytes; no option raises it)"
                : error.message == "does not exist" ? "the gate file does not exist or cannot be read" : "the gate file \(error.message)"
            return .failure(DiagnosticError(diagnostics: [Diagnostic(.error, message, at: SourceLocation(path: path, line: error.exceedsLimit ? 1 : nil, column: error.exceedsLimit ? 1 : nil))]))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(DiagnosticError(diagnostics: [Diagnostic(.error, "the gate file is not valid UTF-8", at: SourceLocation(path: path))]))
        }
        return parse(yaml: text, path: path)
    }

    /// The gate as a YAML file: the schema line, a comment saying how to use it, then the keys
    /// in a fixed order (metrics in gate order, files sorted), so re-pinning gives small diffs.
    ///
    /// - Parameter schemaReference: the path of `gate.schema.json` relative to the gate file.
    public func yamlText(schemaReference: String) -> String {
        func quoted(_ text: String) -> String { YAMLEscaping.doubleQuoted(text) }
        var lines = [
            "# yaml-language-server: $schema=\(schemaReference)",
            "# A ClipBench regression gate. `clipbench check --gate FILE` fails when a metric falls below",
            "# floor - tolerance or when the gold or seeds differ from the ones pinned here;",
            "# `clipbench check --gate FILE --update` re-pins it (never lowering a floor without --allow-regression).",
        ]
        if let extractor { lines.append("extractor: \(quoted(extractor))") }
        lines.append("dataset:")
        lines.append("  sha256: \(quoted(fingerprint.sha256))")
        if fingerprint.files.isEmpty {
            lines.append("  files: {}")
        } else {
            lines.append("  files:")
            for path in fingerprint.files.keys.sorted() {
                lines.append("    \(quoted(path)): \(quoted(fingerprint.files[path] ?? ""))")
            }
        }
        if metrics.isEmpty {
            lines.append("metrics: {}")
        } else {
            lines.append("metrics:")
            for metric in metrics {
                lines.append("  \(metric.name): {floor: \(Self.decimal(metric.floor)), tolerance: \(Self.decimal(metric.tolerance))}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A number as the shortest decimal of at most six places (`0.8123`, `1`, `0.01`).
    package static func decimal(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func number(_ node: YAMLNode) -> Double? {
        guard let scalar = node.scalar, scalar.isPlain else { return nil }
        return Double(scalar.string).flatMap { $0.isFinite ? $0 : nil }
    }

    private static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}

