import Foundation
import Testing
@testable import ClipBench

struct RegressionGateTests {
    static let hashA = String(repeating: "a", count: 64)
    static let hashB = String(repeating: "b", count: 64)
    static let hashC = String(repeating: "c", count: 64)
    static let pinned = GateFingerprint(sha256: hashA, files: ["seeds/x.txt": hashB, "Annotations/x.yaml": hashC])

    static let gate = RegressionGate(extractor: "baseline", fingerprint: pinned, metrics: [
        GateMetric(name: "body.f1", floor: 0.8, tolerance: 0.02),
        GateMetric(name: "entities.strict.f1", floor: 0.5, tolerance: 0),
    ])

    @Test func passesAtTheFloorAndWithinTheTolerance() {
        let verdict = Self.gate.verdict(values: ["body.f1": 0.785, "entities.strict.f1": 0.5], fingerprint: Self.pinned)
        #expect(verdict.passed)
        #expect(verdict.report().contains("gate passed"))
    }

    @Test func failsBelowFloorMinusToleranceSayingWhichAndByHowMuch() {
        let verdict = Self.gate.verdict(values: ["body.f1": 0.75, "entities.strict.f1": 0.6], fingerprint: Self.pinned)
        #expect(!verdict.passed)
        #expect(verdict.failedMetrics.map(\.metric.name) == ["body.f1"])
        let shortfall = try? #require(verdict.failedMetrics.first?.shortfall)
        #expect(abs((shortfall ?? 0) - 0.03) < 1e-12)
        #expect(verdict.report().contains("FAIL  body.f1"))
        #expect(verdict.report().contains("0.0300 below"))
    }

    @Test func failsWhenAGatedMetricIsNotInTheRun() {
        let verdict = Self.gate.verdict(values: ["body.f1": 0.9], fingerprint: Self.pinned)
        #expect(verdict.failedMetrics.map(\.metric.name) == ["entities.strict.f1"])
        #expect(verdict.report().contains("not attempted"))
    }

    @Test func failsOnAChangedFingerprintNamingTheFile() {
        var current = Self.pinned
        current.sha256 = Self.hashB
        current.files["Annotations/x.yaml"] = Self.hashA
        current.files["seeds/y.txt"] = Self.hashA
        let verdict = Self.gate.verdict(values: ["body.f1": 0.9, "entities.strict.f1": 0.9], fingerprint: current)
        #expect(!verdict.passed)
        #expect(verdict.datasetChanges == [.changed("Annotations/x.yaml"), .added("seeds/y.txt")])
        #expect(verdict.report().contains("Annotations/x.yaml changed"))
    }

    @Test func updateRefusesToLowerAFloorWithoutAllowRegression() throws {
        #expect(throws: GateUpdateRefusal.self) {
            try Self.gate.repinned(values: ["body.f1": 0.79, "entities.strict.f1": 0.7], fingerprint: Self.pinned, allowingRegression: false)
        }
        do {
            _ = try Self.gate.repinned(values: ["body.f1": 0.79, "entities.strict.f1": 0.7], fingerprint: Self.pinned, allowingRegression: false)
        } catch {
            #expect(error.lowerings.map(\.name) == ["body.f1"])
            #expect(error.description.contains("--allow-regression"))
        }
        let lowered = try Self.gate.repinned(values: ["body.f1": 0.79, "entities.strict.f1": 0.7], fingerprint: Self.pinned, allowingRegression: true)
        #expect(lowered.metrics.map(\.floor) == [0.79, 0.7])
        #expect(lowered.metrics.map(\.tolerance) == [0.02, 0])
    }

    @Test func updateRaisesFloorsAndTakesTheNewFingerprint() throws {
        let current = GateFingerprint(sha256: Self.hashC)
        let raised = try Self.gate.repinned(values: ["body.f1": 0.912345, "entities.strict.f1": 0.5], fingerprint: current, allowingRegression: false)
        #expect(raised.metrics.map(\.floor) == [0.9123, 0.5])
        #expect(raised.fingerprint == current)
    }

    @Test func updateRefusesToDropAMetricTheRunLacks() {
        #expect(throws: GateUpdateRefusal.self) {
            try Self.gate.repinned(values: ["body.f1": 0.9], fingerprint: Self.pinned, allowingRegression: false)
        }
    }

    @Test(arguments: [0.0, 1.0, 0.5, 0.12345, 0.99999, 1.0 / 3.0])
    func aPinnedFloorNeverExceedsTheValue(value: Double) {
        let floor = RegressionGate.floor(for: value)
        #expect(floor <= value + 1e-12)
        #expect(value - floor < 0.0001 + 1e-12)
    }

    @Test func roundTripsThroughYAML() throws {
        let text = Self.gate.yamlText(schemaReference: "../../Schemas/gate.schema.json")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../Schemas/gate.schema.json\n"))
        let read = try RegressionGate.parse(yaml: text, path: "gate.yaml").get()
        #expect(read == Self.gate)
        #expect(read.yamlText(schemaReference: "../../Schemas/gate.schema.json") == text)
    }

    @Test(arguments: [
        ("extractor: x\ndataset: {sha256: \"\(hashA)\"}\nmetrics:\n  body.f1: {floor: 1.5}\n", 4, "body.f1.floor"),
        ("dataset: {sha256: \"abc\"}\nmetrics: {}\n", 1, "dataset.sha256"),
        ("dataset: {sha256: \"\(hashA)\"}\nmetric: {}\n", 2, "unknown key 'metric'"),
        ("dataset: {sha256: \"\(hashA)\"}\nmetrics:\n  body.f1: {floor: 0.5, tolerance: -1}\n", 3, "tolerance"),
        ("dataset: {sha256: \"\(hashA)\"}\nmetrics:\n  body.f1: {floor: \"0.5\"}\n", 3, "body.f1.floor"),
        ("dataset: [\nmetrics: {}\n", 3, "malformed YAML"),
        ("- a\n- b\n", 1, "a gate file is a mapping"),
    ])
    func reportsBadGateFilesAtTheirLine(yaml: String, line: Int, words: String) {
        switch RegressionGate.parse(yaml: yaml, path: "gate.yaml") {
        case .success(let gate):
            Issue.record("accepted \(gate)")
        case .failure(let error):
            let diagnostic = error.diagnostics.first
            #expect(diagnostic?.location.path == "gate.yaml")
            #expect(diagnostic?.location.line == line, "\(error.diagnostics)")
            #expect(diagnostic?.message.contains(words) == true, "\(error.diagnostics)")
        }
    }
}

struct RegressionGateDefaultsTests {
    @Test func pinsTheMainFiguresOfAttemptedGroups() throws {
        let names = RegressionGate.defaultMetricNames(in: try sampleReport())
        #expect(names.contains("headline.f1"))
        #expect(names.contains("headline.exact_match"))
        #expect(names.contains("entities.by_type.PER.strict.f1"))
        #expect(!names.contains("entities.by_type.PER.exact.f1"))
        #expect(!names.contains { $0.hasSuffix(".precision") || $0.hasSuffix(".recall") })
        #expect(!names.contains { $0.hasPrefix("published") || $0.hasPrefix("dates") || $0.hasPrefix("body.tokens.macro") })
    }

    @Test(arguments: [
        ("/r/Evaluation/gates/baseline.yaml", "/r/Schemas/gate.schema.json", "../../Schemas/gate.schema.json"),
        ("/r/gate.yaml", "/r/Schemas/gate.schema.json", "Schemas/gate.schema.json"),
    ])
    func computesTheSchemaPathRelativeToTheGateFile(file: String, target: String, expected: String) {
        #expect(RegressionGate.relativePath(to: URL(fileURLWithPath: target), from: URL(fileURLWithPath: file)) == expected)
    }
}

struct RegressionGateYAMLSafetyTests {
    @Test(arguments: [
        ("dataset: &d {sha256: \"x\"}\nmetrics: *d\n", "alias"),
        ("metrics: {}\nmetrics: {}\n", "duplicate"),
        ("", "empty"),
    ])
    func refusesAnchorsDuplicatesAndEmptyFiles(yaml: String, words: String) {
        guard case .failure(let error) = RegressionGate.parse(yaml: yaml, path: "gate.yaml") else {
            Issue.record("accepted")
            return
        }
        #expect(error.diagnostics.contains { $0.message.lowercased().contains(words) }, "\(error.diagnostics)")
    }
}
