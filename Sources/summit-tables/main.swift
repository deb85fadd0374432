import GrammarTableCompiler
#if canImport(Glibc)
import Glibc
#endif

// summit-tables OUTPUT NAME=KIND=PATH...: checks every row of each table and writes them as
// Swift source to OUTPUT. A malformed row stops the build with `PATH:LINE: error: …`.

func readText(_ path: String) -> String? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        bytes += buffer[0..<n]
    }
    return String(validating: bytes, as: UTF8.self)
}

/// Writes a line to standard error (file descriptor 2).
func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    printError(message)
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())

// summit-tables --fingerprint OUTPUT FILE...: writes `CompiledTables.fingerprint`, FNV-1a 64 of
// the files' contents in the order given (the tables and the code that extracts facts with
// them). Data computed from them ahead of time (Sources/SummitFrozenStore) carries the value it
// was made with, and the binary refuses it when this one differs.
if arguments.first == "--fingerprint" {
    guard arguments.count >= 3 else { fail("usage: summit-tables --fingerprint OUTPUT FILE...") }
    var hash: UInt64 = 0xcbf29ce484222325
    for path in arguments.dropFirst(2) {
        guard let text = readText(path) else { fail("\(path):1: error: cannot read this file, or it is not UTF-8") }
        for b in text.utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        hash = (hash ^ 0xFF) &* 0x100000001b3   // a byte no UTF-8 text holds ends each file
    }
    let source = "// Generated at build time by summit-tables (Plugins/GrammarTablesPlugin).\n\nextension CompiledTables {\n"
        + "    /// A hash of the tables and of the code that extracts facts with them.\n"
        + "    public static let fingerprint: UInt64 = 0x" + String(hash, radix: 16) + "\n}\n"
    let bytes = Array(source.utf8)
    guard let out = fopen(arguments[1], "wb"), fwrite(bytes, 1, bytes.count, out) == bytes.count, fclose(out) == 0 else {
        fail("summit-tables: error: cannot write \(arguments[1])")
    }
    exit(0)
}
guard arguments.count >= 2 else { fail("usage: summit-tables OUTPUT NAME=KIND=PATH... [NAME=lexicon-index=TABLE+TABLE...]") }
var declarations: [String] = []
var errors: [TableError] = []
var lexiconTexts: [String: String] = [:]
for spec in arguments.dropFirst() {
    let parts = spec.split(separator: "=", maxSplits: 2).map(String.init)
    // NAME=lexicon-index=A+B: the index of lexicon tables A and B (named before it) read as one.
    if parts.count == 3, parts[1] == "lexicon-index" {
        let names = parts[2].split(separator: "+").map(String.init)
        let texts = names.compactMap { lexiconTexts[$0] }
        guard texts.count == names.count, !texts.isEmpty else { fail("summit-tables: error: '\(spec)' names a lexicon table not given before it") }
        declarations.append(SwiftTableEmitter.lexiconIndexDeclaration(name: parts[0], texts: texts, sources: names))
        continue
    }
    guard parts.count == 3, let kind = TableKind(rawValue: parts[1]) else { fail("summit-tables: error: bad table argument '\(spec)'") }
    guard let text = readText(parts[2]) else { fail("\(parts[2]):1: error: cannot read this table, or it is not UTF-8") }
    errors += SwiftTableEmitter.problems(in: text, kind: kind, file: parts[2])
    if kind == .lexicon { lexiconTexts[parts[0]] = text }
    let shown = parts[2].split(separator: "/").suffix(2).joined(separator: "/")
    declarations.append(SwiftTableEmitter.declaration(name: parts[0], kind: kind, text: text, source: shown))
}
if !errors.isEmpty {
    for e in errors { printError(e.description) }
    exit(1)
}
let source = SwiftTableEmitter.file(declarations)
guard let out = fopen(arguments[0], "wb") else { fail("summit-tables: error: cannot write \(arguments[0])") }
let bytes = Array(source.utf8)
guard fwrite(bytes, 1, bytes.count, out) == bytes.count, fclose(out) == 0 else { fail("summit-tables: error: cannot write \(arguments[0])") }
