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

/// The median of 41 runs of `work`, in microseconds: what reading the bytes back costs at every
/// start, beside what segmenting and extracting the record cost (the tables and lexicon built
/// once before, in both).
func medianMicroseconds(_ work: () -> Void) -> Int {
    let clock = ContinuousClock()
    var times: [Duration] = []
    for _ in 0..<41 {
        let start = clock.now
        work()
        times.append(clock.now - start)
    }
    let d = times.sorted()[times.count / 2].components
    return Int(d.seconds) * 1_000_000 + Int(d.attoseconds / 1_000_000_000_000)
}
let extractor = Extractor()
let decode = medianMicroseconds {
    let f = FrozenStore(bytes: bytes)
    guard let r = f.record(), f.store(for: [r], lexicon: .bundled) != nil else { fail("the bytes stopped reading back") }
}
let extract = medianMicroseconds { _ = extractor.extract([Record.bundled()]) }
print("reading them back: \(decode) µs; segmenting and extracting instead: \(extract) µs")
