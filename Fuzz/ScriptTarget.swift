// libFuzzer target 3: the script reader.
//
// Bytes → String (lossy, as `ScriptFile(path:)` decodes a file) → `ScriptFile(path:text:)`, which
// splits lines and reads a checksum header. Each query line is then parsed and planned against a
// store built once from the bundled record. Dot-commands are skipped: `Session` runs them and they
// touch files (.run, .save, .record); executing plans is the query target's job.
import SummitKit

private let store: FactStore = Extractor().extract(Record.bundled())
private let planner = Planner(store: store)

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
            let statement = try parseQuery(command)
            _ = try planner.plan(statement)
        } catch {
            _ = error.rendered(input: command)
        }
    }
    return 0
}
