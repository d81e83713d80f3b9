import Foundation
import Yams

extension RegressionGate {
    /// The keys of a gate file, in the order they are written.
    static let fileKeys = ["extractor", "dataset", "metrics"]

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
    public static func parse(yaml text: String, path: String) -> Result<RegressionGate, GateFileError> {
        var problems: [Diagnostic] = []
        func location(_ node: Node?) -> SourceLocation {
            SourceLocation(path: path, line: node?.mark?.line, column: node?.mark?.column)
        }
        func problem(_ message: String, _ node: Node?) { problems.append(Diagnostic(.error, message, at: location(node))) }

        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return .failure(GateFileError(diagnostics: [Diagnostic(.error, "the gate file is empty", at: SourceLocation(path: path, line: 1, column: 1))]))
            }
            root = composed
        } catch let error as YamlError {
            return .failure(GateFileError(diagnostics: [Self.diagnostic(for: error, path: path)]))
        } catch {
            return .failure(GateFileError(diagnostics: [Diagnostic(.error, "not valid YAML: \(error)", at: SourceLocation(path: path))]))
        }
        guard let mapping = root.mapping else {
            return .failure(GateFileError(diagnostics: [Diagnostic(.error, "a gate file is a mapping with the keys \(fileKeys.joined(separator: ", "))", at: location(root))]))
        }
        for (key, _) in mapping where !fileKeys.contains(key.string ?? "") {
            problem("unknown key '\(key.string ?? "?")' (expected one of \(fileKeys.joined(separator: ", ")))", key)
        }

        var extractor: String?
        if let node = mapping["extractor"] {
            if let value = node.scalar?.string, node.tag.rawValue != Tag.Name.null.rawValue { extractor = value } else if node.scalar == nil { problem("'extractor' must be a string", node) }
        }

        var fingerprint = GateFingerprint(sha256: "")
        if let dataset = mapping["dataset"]?.mapping {
            for (key, _) in dataset where !["sha256", "files"].contains(key.string ?? "") {
                problem("unknown key '\(key.string ?? "?")' in 'dataset' (expected sha256, files)", key)
            }
            if let hash = dataset["sha256"]?.scalar?.string, Self.isHash(hash) {
                fingerprint.sha256 = hash
            } else {
                problem("'dataset.sha256' must be a SHA-256 in 64 lowercase hex digits", dataset["sha256"] ?? mapping["dataset"])
            }
            if let files = dataset["files"] {
                if let entries = files.mapping {
                    for (key, value) in entries {
                        guard let file = key.scalar?.string, let hash = value.scalar?.string, Self.isHash(hash) else {
                            problem("each entry of 'dataset.files' maps a path to a SHA-256 in 64 lowercase hex digits", value)
                            continue
                        }
                        fingerprint.files[file] = hash
                    }
                } else {
                    problem("'dataset.files' must be a mapping of paths to SHA-256 hashes", files)
                }
            }
        } else {
            problem("the key 'dataset' (a mapping with sha256 and files) is required", mapping["dataset"] ?? root)
        }

        var metrics: [GateMetric] = []
        if let entries = mapping["metrics"]?.mapping {
            for (key, value) in entries {
                guard let name = key.scalar?.string, !name.isEmpty else { problem("a metric name must be a string", key); continue }
                guard let fields = value.mapping else {
                    problem("'\(name)' must be a mapping {floor: …, tolerance: …}", value)
                    continue
                }
                for (field, _) in fields where !["floor", "tolerance"].contains(field.string ?? "") {
                    problem("unknown key '\(field.string ?? "?")' in '\(name)' (expected floor, tolerance)", field)
                }
                guard let floor = fields["floor"].flatMap(Self.number), (0...1).contains(floor) else {
                    problem("'\(name).floor' must be a number from 0 to 1", fields["floor"] ?? value)
                    continue
                }
                var tolerance = defaultTolerance
                if let node = fields["tolerance"] {
                    guard let value = Self.number(node), value >= 0 else {
                        problem("'\(name).tolerance' must be a number of at least 0", node)
                        continue
                    }
                    tolerance = value
                }
                if metrics.contains(where: { $0.name == name }) { problem("the metric '\(name)' is gated twice", key); continue }
                metrics.append(GateMetric(name: name, floor: floor, tolerance: tolerance))
            }
        } else {
            problem("the key 'metrics' (a mapping of metric names to {floor, tolerance}) is required", mapping["metrics"] ?? root)
        }

        guard problems.isEmpty else { return .failure(GateFileError(diagnostics: problems)) }
        return .success(RegressionGate(extractor: extractor, fingerprint: fingerprint, metrics: metrics))
    }

    /// Reads the gate file at `url`.
    public static func load(contentsOf url: URL) -> Result<RegressionGate, GateFileError> {
        let path = DatasetLayout.displayPath(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(GateFileError(diagnostics: [Diagnostic(.error, "the gate file does not exist or cannot be read", at: SourceLocation(path: path))]))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(GateFileError(diagnostics: [Diagnostic(.error, "the gate file is not valid UTF-8", at: SourceLocation(path: path))]))
        }
        return parse(yaml: text, path: path)
    }

    /// The gate as a YAML file: the schema line, a comment saying how to use it, then the keys
    /// in a fixed order (metrics in gate order, files sorted), so re-pinning gives small diffs.
    ///
    /// - Parameter schemaReference: the path of `gate.schema.json` relative to the gate file.
    public func yamlText(schemaReference: String) -> String {
        func quoted(_ text: String) -> String { JSONValue.string(text).serialized() }
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
    static func decimal(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func number(_ node: Node) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        return Double(scalar.string).flatMap { $0.isFinite ? $0 : nil }
    }

    private static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return Diagnostic(.error, "not valid YAML: \(message)", at: SourceLocation(path: path, line: mark.line, column: mark.column))
        default:
            return Diagnostic(.error, "not valid YAML: \(error)", at: SourceLocation(path: path))
        }
    }
}

/// The diagnostics that stopped a gate file from being read.
public struct GateFileError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
