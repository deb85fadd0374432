/// FNV-1a (64-bit): a checksum that needs no dependency; scripts use it to notice a different
/// record, not to resist tampering.
func fnv1a64(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf29ce484222325
    for b in bytes {
        hash ^= UInt64(b)
        hash &*= 0x100000001b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}
