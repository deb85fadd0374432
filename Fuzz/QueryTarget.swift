// libFuzzer target 1: the query language, end to end, as the shell runs one line.
//
// Bytes → String (lossy UTF-8 decode, as the shell reads lines) → parseQuery. A parse error is
// rendered the way the REPL shows it; a statement is planned against a store built once from the
// bundled record, then explained or executed, shaped into an answer and rendered (the statement's
// own `as` format, else a table 80 columns wide). Errors are fine; traps, sanitizer reports and
// hangs (libFuzzer's -timeout) are findings. Built by Scripts/fuzz.sh, not by SwiftPM.
import SummitKit

/// Built once per process: extraction is the expensive part and is fuzzed by its own target.
private let store: FactStore = Extractor().extract(Record.bundled())
private let planner = Planner(store: store)
private let executor = Executor(store: store)
private let builder = AnswerBuilder(store: store, executor: executor)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // What the REPL also does with a line: tab completion and `.trace` token listing.
    _ = completionContext(forPrefix: line)
    _ = traceTokens(line)
    let statement: Statement
    do {
        statement = try parseQuery(line)
    } catch {
        _ = error.rendered(input: line)
        _ = error.description
        return 0
    }
    let plan: QueryPlan
    do {
        plan = try planner.plan(statement)
    } catch {
        _ = error.rendered(input: line)
        return 0
    }
    _ = plan.root.rendered()
    let answer: Answer
    if plan.explainOnly {
        answer = builder.explain(plan)
    } else {
        guard let items = try? executor.run(plan.root) else { return 0 }
        answer = builder.answer(plan, items: items)
    }
    _ = AnswerRenderer.render(answer, RenderOptions(format: statement.format ?? .table, color: false, width: 80))
    return 0
}
