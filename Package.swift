// swift-tools-version:6.0
import PackageDescription

// The library is split along the pipeline, each target importing only those before it:
// Core → Model → Dataset → Extraction → Evaluation → Reports, and the `ClipBench` umbrella
// (the scoring pipeline) that re-exports them all. A folder that reached up the pipeline would
// no longer compile.
let package = Package(
    name: "ClipBench",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ClipBench", targets: ["ClipBench"]),
        .executable(name: "clipbench", targets: ["ClipBenchCLI"]),
        .executable(name: "clipbench-benchmark", targets: ["ClipBenchBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        // Diagnostics, text and its normalisation, JSON, files, hashing, escaping: no ClipBench types.
        .target(name: "ClipBenchCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // What a clipping's annotation, a prediction, a label and a date are.
        .target(name: "ClipBenchModel", dependencies: ["ClipBenchCore"]),
        // Reading the dataset (YAML, seeds, registry, card), validating, anchoring, editing the registry.
        .target(
            name: "ClipBenchDataset",
            dependencies: ["ClipBenchCore", "ClipBenchModel", .product(name: "Yams", package: "Yams")]
        ),
        // The built-in baseline, drafts pre-filled by it, and the runner for any other extractor.
        .target(name: "ClipBenchExtraction", dependencies: ["ClipBenchCore", "ClipBenchModel", "ClipBenchDataset"]),
        // Reading predictions, the metrics, agreement between annotators, the report model, the regression gate.
        .target(
            name: "ClipBenchEvaluation",
            dependencies: ["ClipBenchCore", "ClipBenchModel", "ClipBenchDataset", "ClipBenchExtraction"]
        ),
        // Renderers of reports, clippings and dataset statistics; comparison of two reports.
        .target(
            name: "ClipBenchReports",
            dependencies: ["ClipBenchCore", "ClipBenchModel", "ClipBenchDataset", "ClipBenchEvaluation"]
        ),
        // Other tools' formats (Label Studio, brat, CoNLL), both ways, written as reports are.
        .target(
            name: "ClipBenchInterchange",
            dependencies: [
                "ClipBenchCore", "ClipBenchModel", "ClipBenchDataset", "ClipBenchExtraction", "ClipBenchEvaluation",
                "ClipBenchReports",
            ]
        ),
        // The umbrella: load → validate → score → report in one call, and every module re-exported.
        .target(
            name: "ClipBench",
            dependencies: [
                "ClipBenchCore", "ClipBenchModel", "ClipBenchDataset", "ClipBenchExtraction",
                "ClipBenchEvaluation", "ClipBenchReports", "ClipBenchInterchange",
            ]
        ),
        .target(
            name: "ClipBenchServer",
            dependencies: [
                "ClipBench",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Editor")]
        ),
        .executableTarget(
            name: "ClipBenchCLI",
            dependencies: [
                "ClipBench",
                "ClipBenchServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ClipBenchBenchmark",
            dependencies: ["ClipBench"]
        ),
        .testTarget(
            name: "ClipBenchTests",
            dependencies: [
                "ClipBench",
                "ClipBenchCLI",
                "ClipBenchServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
