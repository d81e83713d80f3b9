// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for ClipBench's readers, one executable per target. A package of its own so the
// main package's `swift build` and `swift test` never see the fuzzer flags: `Scripts/fuzz.sh` builds
// it with `-Xswiftc -sanitize=fuzzer,address`, which instruments the library code as well.
let targets = [
    "FuzzJSON", "FuzzPredictions", "FuzzAnnotation", "FuzzYAMLScan", "FuzzScrapingHub", "FuzzAnchor",
]

let package = Package(
    name: "ClipBenchFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ClipBench", path: "..")],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`, which each target's `main.swift` calls.
        .target(name: "FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["FuzzDriver", .product(name: "ClipBench", package: "ClipBench")]),
    ] + targets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "ClipBench", package: "ClipBench")])
    },
    swiftLanguageModes: [.v6]
)
