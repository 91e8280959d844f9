// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Barometer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "barometer", targets: ["barometer"]),
        .library(name: "BarometerText", targets: ["BarometerText"]),
        .library(name: "BarometerFigures", targets: ["BarometerFigures"]),
        .library(name: "BarometerSentiment", targets: ["BarometerSentiment"]),
        .library(name: "BarometerStore", targets: ["BarometerStore"]),
        .library(name: "BarometerReports", targets: ["BarometerReports"]),
        .library(name: "BarometerPipeline", targets: ["BarometerPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // Test-only: an independent RFC 4180 parser that the CSV round-trip tests read every export back with.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    ],
    targets: [
        // Text: articles, languages, normalisation, page furniture, sentences. Knows nothing above it.
        .target(
            name: "BarometerText",
            resources: [.copy("Resources")]
        ),
        // Figures and dates: mentions (number, percent, money, duration, date) and events.
        .target(
            name: "BarometerFigures",
            dependencies: ["BarometerText"],
            resources: [.copy("Resources")]
        ),
        // Sentiment: lexicons, scorer, finance layer, aggregation.
        .target(
            name: "BarometerSentiment",
            dependencies: ["BarometerText", "BarometerFigures"],
            resources: [.copy("Resources")]
        ),
        // Store: the engine boundary and its SQLite implementation (GRDB).
        .target(
            name: "BarometerStore",
            dependencies: [
                "BarometerText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // PostgreSQL: the second engine behind the Store boundary (postgres-nio), for teams and parallel nightly workers.
        .target(
            name: "BarometerPostgres",
            dependencies: [
                "BarometerStore", "BarometerText",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Reports: trends, CSV/JSON writers, charts.
        .target(
            name: "BarometerReports",
            dependencies: ["BarometerStore", "BarometerSentiment", "BarometerEvaluation"]
        ),
        // Pipeline: ingest and nightly, composing the modules above.
        .target(
            name: "BarometerPipeline",
            dependencies: [
                "BarometerText", "BarometerFigures", "BarometerSentiment", "BarometerStore", "BarometerReports",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Evaluation on public gold sets (Recognizers-Text specs, labelled sentiment files).
        .target(
            name: "BarometerEvaluation",
            dependencies: ["BarometerText", "BarometerFigures", "BarometerSentiment"]
        ),
        // The command: parses arguments, calls one library function, prints.
        .executableTarget(
            name: "barometer",
            dependencies: [
                "BarometerPipeline", "BarometerReports", "BarometerStore", "BarometerPostgres", "BarometerEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "BarometerBenchmarks",
            dependencies: [
                "BarometerText", "BarometerFigures", "BarometerSentiment", "BarometerPipeline", "BarometerEvaluation",
                "BarometerStore", "BarometerPostgres",
            ],
            path: "Benchmarks"
        ),
        .testTarget(name: "BarometerTextTests", dependencies: ["BarometerText"]),
        .testTarget(
            name: "BarometerFiguresTests",
            dependencies: ["BarometerFigures"],
            resources: [.copy("Corpus")]
        ),
        .testTarget(name: "BarometerSentimentTests", dependencies: ["BarometerSentiment"]),
        .testTarget(
            name: "BarometerStoreTests",
            dependencies: ["BarometerStore", "BarometerPostgres", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "BarometerReportsTests",
            dependencies: ["BarometerReports", .product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
        .testTarget(
            name: "BarometerPipelineTests",
            dependencies: ["BarometerPipeline", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "BarometerEvaluationTests", dependencies: ["BarometerEvaluation"]),
        .testTarget(
            name: "BarometerEndToEndTests",
            dependencies: [
                "barometer", "BarometerPostgres", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
