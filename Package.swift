// swift-tools-version: 6.0
import PackageDescription

/// Grammar tables and the bundled record are compiled into the binary (`embedInCode`, and the
/// tables also as Swift rows by GrammarTablesPlugin), so a release binary copied on its own to
/// another folder still has its rules and its record.
/// Release builds link the Swift runtime and FoundationEssentials statically; the modules that
/// import it must be compiled knowing it, so that its static libraries are linked in order.
/// Nothing imports full Foundation (only FoundationEssentials, or nothing): full Foundation
/// would link FoundationInternationalization and its 34 MB of ICU data (the binary was 82 MB).
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib", "-Xfrontend", "-function-sections"], .when(configuration: .release))]

/// What the dynamic loader does before `main` is a third of a one-shot query's time, so the release
/// binary gives it less to do (README, Speed): libstdc++ and libgcc_s are linked in statically
/// (Sources/summit/Link holds the linker script that picks the static libstdc++), which
/// leaves libc and libm to load (libedit is opened only by the shell, see CEditLine); lld packs
/// the 45,000 relative relocations as DT_RELR (1 MB of .rela.dyn becomes 12 KB); and no symbol
/// is exported, since nothing loads summit's own symbols by name (it stays a position-independent
/// executable, so ASLR still applies). The functions a one-shot query runs are laid out side by
/// side (Link/startup.order, written by Link/make-startup-order; the code is compiled with one
/// section per function so the linker can move them), so the kernel maps fewer code pages.
let leanStartLinking = [
    "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
    "-Xlinker", "--no-export-dynamic",
    "-Xclang-linker", "-static-libgcc", "-L", Context.packageDirectory + "/Sources/summit/Link",
    "-Xlinker", "--symbol-ordering-file=" + Context.packageDirectory + "/Sources/summit/Link/startup.order",
    "-Xlinker", "--no-warn-symbol-ordering",
]

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
            dependencies: ["TextKeys"],
            path: ".",
            // Rooted at the package so it can embed Grammar/; everything else here belongs elsewhere.
            exclude: ["Sources/SummitKit", "Sources/SummitGloss", "Sources/summit", "Sources/CEditLine", "Sources/CSignals",
                      "Sources/GrammarTableCompiler", "Sources/TextKeys", "Sources/summit-tables", "Sources/summit-freeze", "Sources/SummitFrozenStore", "Plugins", "Tests", "Scripts", "Fuzz", "README.md", ".ci", "docs"],
            sources: ["Sources/SummitData/EmbeddedData.swift", "Sources/SummitData/TableRow.swift"],
            resources: [
                .embedInCode("Grammar/lexicon.tsv"),
                .embedInCode("Grammar/extraction.tsv"),
                .embedInCode("Grammar/query.ebnf"),
                .embedInCode("Grammar/questions.tsv"),
                .embedInCode("Grammar/gloss.tsv"),
                .embedInCode("Sources/SummitData/records/japan-us-summit-2025-02-07.txt"),
                .embedInCode("Sources/SummitData/records/japan-us-summit-2025-02-07.en.tsv"),
                .embedInCode("Sources/SummitData/records/japan-us-summit-2025-02-07.lexicon.tsv"),
            ],
            plugins: ["GrammarTablesPlugin"]
        ),
        // The tables of Grammar/ (and the bundled record's lexicon and English rendering) are also
        // compiled at build time into rows of Swift string literals (CompiledTables), which is what
        // the binary reads at start-up: no TSV text is parsed then, and a malformed row is a build
        // error naming FILE:LINE. The embedded bytes above stay for `.help` and the parity tests.
        // FNV-1a, the lexicon's form keys, its hash index and the rules that file a lexicon table:
        // the table compiler files the bundled lexicon at build time with the same code the
        // binary looks names up with (and files any other lexicon with).
        .target(name: "TextKeys"),
        .target(name: "GrammarTableCompiler", dependencies: ["TextKeys"]),
        .executableTarget(name: "summit-tables", dependencies: ["GrammarTableCompiler"]),
        .plugin(name: "GrammarTablesPlugin", capability: .buildTool(), dependencies: ["summit-tables"]),
        .target(name: "SummitKit", dependencies: ["SummitData", "TextKeys"], swiftSettings: staticRuntime),
        // The bundled record's facts, extracted by summit-freeze (SummitKit's extractor, run as
        // the binary would) into Sources/SummitFrozenStore/bundled.frozen, which the binary
        // decodes at start-up instead of extracting (see Store/Frozen/FrozenStore.swift). Only the
        // executable depends on it. The file is regenerated with `swift run summit-freeze` and
        // checked by a test; it is refused at run time (and the record extracted) when the tables
        // or the extraction code changed since. Not a build-tool plugin: SwiftPM 6.3 leaves a
        // plugin's generated sources out of a target built for a plugin tool (SummitData's tables
        // for summit-freeze) when the target is also built for the binary.
        .executableTarget(name: "summit-freeze", dependencies: ["SummitKit"], swiftSettings: staticRuntime,
                          linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),
        .target(name: "SummitFrozenStore", resources: [.embedInCode("bundled.frozen")]),
        // Word glosses for reports without an English rendering. MeCab is opened with dlopen at
        // the first gloss rather than linked (see MeCabLibrary.swift), so a machine without it
        // still builds and starts summit, and says in one line which package is missing.
        // Optimised in debug builds too: reading EDICT takes 10 s unoptimised and 0.4 s optimised,
        // and every test that shows a gloss pays it once.
        .target(name: "SummitGloss", dependencies: ["SummitData"],
                swiftSettings: staticRuntime + [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // libedit's calls for the shell, through a C shim that opens libedit with dlopen when the
        // shell starts on a terminal rather than linking it: a linked libedit (with libtinfo,
        // libbsd and libmd) is loaded at every start, ~0.2 ms of a one-shot query. Building needs
        // Debian's libedit-dev for <histedit.h>.
        .target(name: "CEditLine"),
        // Signal state (the Ctrl-C flag, the file to remove if killed) defined once, in C.
        .target(name: "CSignals"),
        .executableTarget(
            name: "summit",
            dependencies: [
                "SummitKit", "SummitFrozenStore", "SummitGloss", "CEditLine", "CSignals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Link"],
            // A release binary links the Swift runtime statically: start-up drops from ~14 ms to ~5 ms
            // (no dynamic symbol binding), and the binary runs on its own when copied elsewhere.
            // Its DWARF debug sections are left out (about half its size); the symbol table stays, so
            // crash backtraces and profiles still name functions.
            swiftSettings: staticRuntime,
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "--strip-debug"] + leanStartLinking,
                                          .when(configuration: .release))]
        ),
        .testTarget(name: "SummitKitTests", dependencies: ["SummitKit", "TextKeys"]),
        .testTarget(name: "TextKeysTests", dependencies: ["TextKeys"]),
        .testTarget(name: "SummitGlossTests", dependencies: ["SummitGloss"]),
        .testTarget(name: "GrammarTableCompilerTests", dependencies: ["GrammarTableCompiler"]),
        .testTarget(name: "summitTests", dependencies: ["summit", "SummitFrozenStore"]),
    ]
)

// Every Swift target: a member (method, property) is visible only in files that import its
// module, so each file's imports say what it uses.
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
