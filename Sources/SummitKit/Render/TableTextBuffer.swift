/// A rendered table being built as UTF-8 bytes.
///
/// One growing byte buffer replaces the strings that padding, joining cells and joining lines
/// used to allocate; the bytes all come from Swift strings, so they are valid UTF-8.
struct TableTextBuffer {
    private var bytes: [UInt8] = []
    private var hasLine = false

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts a new line: lines are joined by `\n`, with none after the last.
    mutating func startLine() {
        if hasLine { bytes.append(0x0A) }
        hasLine = true
    }

    mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    mutating func append(_ slice: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: slice)
    }

    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<max(0, count) { bytes.append(0x20) }
    }

    mutating func append(_ s: String, times count: Int) {
        for _ in 0..<max(0, count) { append(s) }
    }

    /// Byte offset where the next line will start, for `trimTrailingSpaces(from:)`.
    var position: Int { bytes.count }

    /// Drops the spaces that end the line begun at `lineStart`, as trimming trailing `" "`
    /// Characters would: a space right after a prepended concatenation mark (U+0600 and the
    /// like) is part of that mark's grapheme cluster, so that one space stays.
    mutating func trimTrailingSpaces(from lineStart: Int) {
        var end = bytes.count
        while end > lineStart && bytes[end - 1] == 0x20 { end -= 1 }
        guard end < bytes.count else { return }
        if end > lineStart && bytes[end - 1] >= 0x80 {
            let joins = bytes.withUnsafeBufferPointer { buffer in
                let start = scalarStart(buffer, before: end)
                return joinsFollowingSpace(decodeScalar(buffer, at: start).value)
            }
            if joins { end += 1 }
        }
        bytes.removeSubrange(end...)
    }
}

/// Whether a space after this scalar belongs to the scalar's grapheme cluster, which only a
/// Prepend scalar (Unicode rule GB9b) does. Scalars below U+0600, punctuation and symbols,
/// and the CJK, kana, Hangul and full-width blocks are never Prepend, which spares the common
/// case a probe; any other is asked of Swift's own segmentation.
private func joinsFollowingSpace(_ value: UInt32) -> Bool {
    if value < 0x600 || (value >= 0x1100 && value < 0x1200) || (value >= 0x2000 && value < 0xA4D0)
        || (value >= 0xAC00 && value < 0xD7B0) || (value >= 0xFF00 && value < 0xFFF0) {
        return false
    }
    guard let scalar = Unicode.Scalar(value) else { return false }
    var probe = ""
    probe.unicodeScalars.append(scalar)
    probe.unicodeScalars.append(" ")
    return probe.count == 1
}
