import SummitKit
#if canImport(Glibc)
import Glibc
#endif

// summit-freeze [OUTPUT]: extracts the bundled record exactly as the binary would (the bundled
// tables and lexicon) and writes the frozen store's bytes to OUTPUT (by default
// Sources/SummitFrozenStore/bundled.frozen, run from the package folder: `swift run summit-freeze`).
// It reads the bytes back first, so a store the binary would refuse is never written.

func fail(_ message: String) -> Never {
    let bytes = Array(("summit-freeze: error: " + message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count <= 1 else { fail("usage: summit-freeze [OUTPUT]") }
let path = arguments.first ?? "Sources/SummitFrozenStore/bundled.frozen"
let store = Extractor().extract([Record.bundled()])
guard let bytes = FrozenStore.freeze(store) else { fail("the bundled store holds more than one record") }
if let why = FrozenStore(bytes: bytes).refusal(lexicon: .bundled) {
    fail("the frozen bytes do not read back (\(why)); check FrozenStore's writer against its reader")
}
guard let out = fopen(path, "wb"), fwrite(bytes, 1, bytes.count, out) == bytes.count, fclose(out) == 0 else {
    fail("cannot write \(path) (run from the package folder, or name the file)")
}
print("\(path): \(bytes.count) bytes, \(store.quotes.count) quotes, \(store.figures.count) figures, \(store.times.count) times, \(store.entities.count) entities")
