// swift-tools-version: 6.0
// libFuzzer targets for Deskbook's parsers. Build and run them with Tests/Fuzz/run.sh: it passes
// -sanitize=fuzzer,address, which links libFuzzer in.
import PackageDescription

/// One fuzz target: an executable whose `LLVMFuzzerTestOneInput` libFuzzer calls with each input.
func fuzzTarget(_ product: String, _ target: String) -> (Product, Target) {
    (
        .executable(name: product, targets: [target]),
        .executableTarget(name: target, dependencies: ["FuzzSupport"])
    )
}

let targets = [
    fuzzTarget("fuzz-page", "FuzzPage"),
    fuzzTarget("fuzz-snippets", "FuzzSnippets"),
    fuzzTarget("fuzz-intake-config", "FuzzIntakeConfig"),
    fuzzTarget("fuzz-request", "FuzzRequest"),
    fuzzTarget("fuzz-search", "FuzzSearch"),
]

let package = Package(
    name: "DeskbookFuzz",
    platforms: [.macOS(.v14)],
    products: targets.map(\.0),
    dependencies: [.package(name: "Deskbook", path: "../..")],
    targets: targets.map(\.1) + [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "DeskbookLibraries", package: "Deskbook")]),
    ]
)
