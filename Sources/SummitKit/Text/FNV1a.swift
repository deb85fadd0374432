/// FNV-1a, 64-bit: the one hash summit computes itself. It needs no dependency and is stable
/// across runs and machines (unlike `Hasher`, which is seeded per process), so it serves both
/// as a record's checksum that saved scripts remember and as the key of the lexicon's and the
/// extractor's hash indexes. It does not resist tampering and is not meant to.
struct FNV1a {
    static let offsetBasis: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    private(set) var value: UInt64 = offsetBasis

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    /// The hash of `bytes`.
    @inline(__always)
    static func hash<C: Sequence<UInt8>>(_ bytes: C) -> UInt64 {
        var h = FNV1a()
        for b in bytes { h.add(b) }
        return h.value
    }

    /// The value as 16 lower-case hex digits, as a saved script's header writes it.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
