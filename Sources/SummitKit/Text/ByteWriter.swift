/// Appends values to a byte buffer in a compact, fixed layout (LEB128 varints, zigzag for signed
/// numbers, length-prefixed UTF-8): the writing half of `ByteReader`, for data computed at build
/// time and read back at start-up, where Codable's decoding would cost more than it saves.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// An unsigned LEB128 varint: 7 bits a byte, the high bit saying another byte follows.
    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A signed integer, zigzag-coded so small negative numbers (-1 for "no section") stay one byte.
    mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Eight bytes, little-endian.
    mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// The exact bits of a double (no text round trip).
    mutating func double(_ value: Double) { fixed64(value.bitPattern) }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        unsigned(UInt64(utf8.count))
        bytes += utf8
    }

    mutating func raw(_ other: [UInt8]) { bytes += other }
}
