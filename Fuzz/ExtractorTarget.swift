// libFuzzer target 2: the extractor over an arbitrary record.
//
// The shell only builds a Record from bytes that passed `Record.validate` (non-empty UTF-8 text
// without NUL; see `Record.load`), so inputs that fail it are rejected (return -1: libFuzzer keeps
// them out of the corpus) unless SUMMIT_FUZZ_RAW=1 is set, which feeds every byte string to
// `Record(name:bytes:)` regardless. Then segmentation (inside `Record.init`) and `Extractor().extract`.
// Built by Scripts/fuzz.sh with `-enable-testing`, hence `@testable`.
@testable import SummitKit

#if canImport(Glibc)
import Glibc
#endif

private let raw: Bool = getenv("SUMMIT_FUZZ_RAW").map { String(cString: $0) == "1" } ?? false
private let extractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if !raw {
        do { try Record.validate(bytes, path: "fuzz") } catch { return -1 }
    }
    let record = Record(name: "fuzz-2025-02-07.txt", bytes: bytes)
    let store = extractor.extract(record)
    // Touch what the shell reads back from a store so nothing is optimized away.
    _ = store.quotes.count + store.figures.count + store.times.count + store.entities.count
    return 0
}
