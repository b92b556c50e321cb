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
        .target(name: "DeskbookCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "DeskbookMarkdown", dependencies: ["CCmarkGFM", "DeskbookCore"]),
        .target(
            name: "DeskbookContent",
            dependencies: ["DeskbookCore", "DeskbookMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "DeskbookSearch", dependencies: ["CStemmer", "DeskbookCore"]),
        .target(
            name: "DeskbookIntake",
            dependencies: ["DeskbookCore", "DeskbookSearch", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "DeskbookSite",
            dependencies: [
                "DeskbookCore", "DeskbookMarkdown", "DeskbookContent", "DeskbookSearch", "DeskbookIntake",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "deskbook",
            dependencies: [
                "DeskbookCore", "DeskbookContent", "DeskbookSite", "DeskbookSearch", "DeskbookIntake",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DeskbookCoreTests", dependencies: ["DeskbookCore"]),
        .testTarget(name: "DeskbookMarkdownTests", dependencies: ["DeskbookMarkdown"]),
        .testTarget(name: "DeskbookContentTests", dependencies: ["DeskbookContent"]),
        .testTarget(name: "DeskbookSearchTests", dependencies: ["DeskbookSearch"]),
        .testTarget(name: "DeskbookIntakeTests", dependencies: ["DeskbookIntake"]),
        .testTarget(name: "DeskbookSiteTests", dependencies: ["DeskbookSite", "DeskbookContent"]),
    ]
)
