import TextKeys
/// A record's checksum (FNV-1a): scripts use it to notice a different record.
func fnv1a64(_ bytes: [UInt8]) -> String {
    fnv1a64(bytes, cancel: .never)!
}

/// The same, asking `cancel` every MB (nil when cancelled): a large record takes a while.
func fnv1a64(_ bytes: [UInt8], cancel: Cancellation) -> String? {
    var hash = FNV1a()
    var start = 0
    while start < bytes.count {
        if start > 0, cancel.isCancelled { return nil }
        let end = min(bytes.count, start + (1 << 20))
        for b in bytes[start..<end] { hash.add(b) }
        start = end
    }
    return hash.hex
}
