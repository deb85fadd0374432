/// FNV-1a (64-bit): a checksum that needs no dependency; scripts use it to notice a different
/// record, not to resist tampering.
func fnv1a64(_ bytes: [UInt8]) -> String {
    fnv1a64(bytes, cancel: .never)!
}

/// The same, asking `cancel` every MB (nil when cancelled): a large record takes a while.
func fnv1a64(_ bytes: [UInt8], cancel: Cancellation) -> String? {
    var hash: UInt64 = 0xcbf29ce484222325
    var start = 0
    while start < bytes.count {
        if start > 0, cancel.isCancelled { return nil }
        let end = min(bytes.count, start + (1 << 20))
        for b in bytes[start..<end] {
            hash ^= UInt64(b)
            hash &*= 0x100000001b3
        }
        start = end
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}
