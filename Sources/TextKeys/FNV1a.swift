/// FNV-1a, 64-bit: the one hash summit computes itself. It needs no dependency and is stable
/// across runs and machines (unlike `Hasher`, which is seeded per process), so it serves both
/// as a record's checksum that saved scripts remember and as the key of the lexicon's and the
/// extractor's hash indexes. It does not resist tampering and is not meant to.
///
/// It lives in its own module, beside `FormKey`, because the table compiler that runs at build
/// time must compute the lexicon's keys exactly as the binary looks them up.
public struct FNV1a: Sendable {
    public static let offsetBasis: UInt64 = 0xcbf29ce484222325
    public static let prime: UInt64 = 0x100000001b3

    /// The hash so far (settable, so that `add` can be inlined into other modules).
    public var value: UInt64 = offsetBasis

    @inlinable @inline(__always)
    public init() {}

    @inlinable @inline(__always)
    public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    /// The hash of `bytes`.
    @inlinable @inline(__always)
    public static func hash<C: Sequence<UInt8>>(_ bytes: C) -> UInt64 {
        var h = FNV1a()
        for b in bytes { h.add(b) }
        return h.value
    }

    /// The value as 16 lower-case hex digits, as a saved script's header writes it.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
