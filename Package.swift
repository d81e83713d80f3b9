// swift-tools-version:6.0
import PackageDescription

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
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .target(
            name: "ClipBench",
            dependencies: [.product(name: "Yams", package: "Yams")]
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
