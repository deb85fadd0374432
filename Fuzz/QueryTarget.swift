// libFuzzer target 1: the query language, end to end, as the shell runs one line.
//
// Bytes → String (lossy UTF-8 decode, as the shell reads lines) → QueryEngine: the line is
// understood (canonical grammar, question shapes, keywords), planned against a store built once
// from the bundled record, run, shaped into an answer (with suggestions when it is empty) and
// rendered (the statement's own `as` format, else a table 80 columns wide, in both languages).
// Errors are fine; traps, sanitizer reports and hangs (libFuzzer's -timeout) are findings.
// Built by Scripts/fuzz.sh, not by SwiftPM.
import SummitKit

/// Built once per process: extraction is the expensive part and is fuzzed by its own target.
private let store: FactStore = Extractor().extract(Record.bundled())
private let engine = QueryEngine(store: store, tables: .bundled)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // What the REPL also does with a line: tab completion and `.trace` token listing.
    _ = completionContext(forPrefix: line)
    _ = traceTokens(line)
    do {
        let outcome = try engine.answer(line)
        _ = outcome.plan.root.rendered()
        _ = AnswerRenderer.render(outcome.answer, RenderOptions(format: outcome.statement.format ?? .table, color: false, width: 80))
    } catch {
        if case .query(let e) = error {
            _ = e.rendered(input: line)
            _ = e.description
        }
    }
    return 0
}
