import Foundation
import PackagePlugin

/// Compiles the TSV tables summit is built with into Swift source (rows of string literals) at
/// build time, through the `summit-tables` tool: the binary reads no table text at start-up, and a
/// malformed row fails the build with `FILE:LINE: error: …`. The TSV files stay the source a
/// user edits; this runs again whenever one changes.
@main
struct GrammarTablesPlugin: BuildToolPlugin {
    /// Swift name, kind of table (how it is checked), file relative to the package.
    static let tables: [(name: String, kind: String, path: String)] = [
        ("lexicon", "lexicon", "Grammar/lexicon.tsv"),
        ("extraction", "extraction", "Grammar/extraction.tsv"),
        ("questions", "questions", "Grammar/questions.tsv"),
        ("bundledRecordLexicon", "lexicon", "Sources/SummitData/records/japan-us-summit-2025-02-07.lexicon.tsv"),
        ("bundledRecordEnglish", "rendering", "Sources/SummitData/records/japan-us-summit-2025-02-07.en.tsv"),
    ]

    /// Lexicon indexes filed at build time: the bundled lexicon is the general one and the bundled
    /// record's own, read as one table.
    static let indexes = ["bundledLexiconIndex=lexicon-index=lexicon+bundledRecordLexicon"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledTables+Rows.swift")
        let inputs = Self.tables.map { root.appending(path: $0.path) }
        let arguments = [output.path] + zip(Self.tables, inputs).map { "\($0.name)=\($0.kind)=\($1.path)" } + Self.indexes
        let tool = try context.tool(named: "summit-tables").url
        let fingerprint = context.pluginWorkDirectoryURL.appending(path: "CompiledTables+Fingerprint.swift")
        let hashed = inputs + Self.extractionSources(root: root)
        return [.buildCommand(displayName: "Compiling the grammar tables into Swift",
                              executable: tool, arguments: arguments, inputFiles: inputs, outputFiles: [output]),
                .buildCommand(displayName: "Fingerprinting the tables and the extraction code",
                              executable: tool, arguments: ["--fingerprint", fingerprint.path] + hashed.map(\.path),
                              inputFiles: hashed, outputFiles: [fingerprint])]
    }

    /// The folders of SummitKit whose code decides what facts the tables give (segmenting,
    /// extracting, storing, and the frozen store's format), and TextKeys (the hashes facts are
    /// keyed by): facts frozen ahead of time are refused once any of it changes.
    static let extractionFolders = ["Record", "Extract", "Store", "Text"]

    /// Their Swift files, by path relative to the package, so the fingerprint is the same in
    /// every checkout.
    static func extractionSources(root: URL) -> [URL] {
        var paths: [String] = []
        for base in extractionFolders.map({ "Sources/SummitKit/" + $0 }) + ["Sources/TextKeys"] {
            guard let walk = FileManager.default.enumerator(atPath: root.appending(path: base).path) else { continue }
            while let name = walk.nextObject() as? String {
                if name.hasSuffix(".swift") { paths.append(base + "/" + name) }
            }
        }
        return paths.sorted().map { root.appending(path: $0) }
    }
}
