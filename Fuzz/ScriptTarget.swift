// libFuzzer target 3: the script reader.
//
// Bytes → String (lossy, as `ScriptFile(path:)` decodes a file) → `ScriptFile(path:text:)`, which
// splits lines and reads a checksum header. Each query line then goes through the `QueryEngine`,
// the one way from a line to an answer that the shell, `-e`, `run` and the bench use, against a
// store built once from the bundled record. Dot-commands are skipped: `Session` runs them and they
// touch files (.run, .save, .record).
import SummitKit

private let store: FactStore = Extractor().extract(Record.bundled())
private let engine = QueryEngine(store: store, tables: .bundled)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let script = ScriptFile(path: "fuzz.summit", text: text)
    if let header = script.header {
        _ = header.line
        _ = header.mismatch(with: store.records)
    }
    for line in script.lines {
        guard case .command(let command) = line, !command.hasPrefix(".") else { continue }
        do {
            _ = try engine.answer(command)
        } catch {
            if case .query(let e) = error { _ = e.rendered(input: command) }
        }
    }
    return 0
}
