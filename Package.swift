// swift-tools-version:6.0
import PackageDescription

/// EventGraph: news text in, dated events, actor relationships, timelines and diagrams out.
/// Targets follow ARCHITECTURE.md; dependencies point down the list only.
let package = Package(
    name: "EventGraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "eventgraph", targets: ["eventgraph"]),
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
        .library(name: "TimeExpressions", targets: ["TimeExpressions"]),
        .library(name: "EventExtraction", targets: ["EventExtraction"]),
        .library(name: "EventGraph", targets: ["EventGraph"]),
        .library(name: "GraphRendering", targets: ["GraphRendering"]),
        .library(name: "EventStore", targets: ["EventStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "TextAnalysis",
            resources: [.copy("Models")]
        ),
        .target(
            name: "TimeExpressions",
            dependencies: ["TextAnalysis"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "EventExtraction",
            dependencies: ["TextAnalysis", "TimeExpressions"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "EventGraph",
            dependencies: ["EventExtraction"]
        ),
        .target(
            name: "GraphRendering",
            dependencies: ["EventGraph", "CGraphviz"]
        ),
        // The SQLite store (GRDB) is a target of its own, so the graph and its renderers
        // build and link without SQLite; only the store and the CLI need it.
        .target(
            name: "EventStore",
            dependencies: [
                "TextAnalysis", "EventExtraction", "EventGraph",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "eventgraph",
            dependencies: [
                "TextAnalysis", "TimeExpressions", "EventExtraction", "EventGraph",
                "GraphRendering", "EventStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(
            name: "TimeExpressionsTests",
            dependencies: ["TimeExpressions"],
            // NewsDev: TimeML gold read by `eventgraph eval timex`, not by the tests
            exclude: ["NewsDev"],
            resources: [.copy("Corpus")]
        ),
        .testTarget(
            name: "EventExtractionTests",
            dependencies: ["EventExtraction"],
            // read by `eventgraph eval events` and EventEvaluationTests
            exclude: ["DevSet", "DevWire", "DevWire2", "DevWire3", "HeldOut"]
        ),
        .testTarget(name: "EventGraphTests", dependencies: ["EventGraph"]),
        .testTarget(name: "GraphRenderingTests", dependencies: ["GraphRendering"]),
        .testTarget(
            name: "EventStoreTests",
            dependencies: ["EventStore", "EventExtraction"],
            resources: [.copy("Corpus")]
        ),
        .testTarget(
            name: "eventgraphTests", dependencies: ["eventgraph", "EventGraph", "EventStore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
