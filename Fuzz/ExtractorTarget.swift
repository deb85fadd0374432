// libFuzzer target 2: the extractor over an arbitrary record.
//
// The shell only builds a Record from bytes that pass `Record.validate` (non-empty, no NUL outside
// UTF-16) and that `TextEncoding.decode` reads (UTF-8, or UTF-16, Shift_JIS, EUC-JP, ISO-2022-JP
// converted to UTF-8; see `Record.load`), so other inputs are rejected (return -1: libFuzzer keeps
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
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if !raw {
        // What --record does: refuse what it refuses, convert what it converts.
        do { try Record.validate(bytes, path: "fuzz") } catch { return -1 }
        guard let decoded = TextEncoding.decode(bytes) else { return -1 }
        bytes = decoded.bytes
    }
    let record = Record(name: "fuzz-2025-02-07.txt", bytes: bytes)
    let store = extractor.extract(record)
    // Touch what the shell reads back from a store so nothing is optimized away.
    _ = store.quotes.count + store.figures.count + store.times.count + store.entities.count
    return 0
}
