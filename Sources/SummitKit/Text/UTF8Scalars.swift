/// Decoding of scalars straight from a string's UTF-8 bytes.
///
/// Measuring and wrapping run over every character of every table cell; reading the bytes
/// through a buffer pointer avoids the per-scalar overhead of `String.UnicodeScalarView` and
/// lets wrapped lines be kept as byte ranges instead of new `String`s.

/// The scalar value starting at `index` and its length in bytes.
///
/// `bytes` must be valid UTF-8 with `index` on a scalar boundary, which holds for the bytes of
/// any Swift `String`, so no validation is done here.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    let b1 = UInt32(bytes[index + 1] & 0x3F)
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | b1, 2) }
    let b2 = UInt32(bytes[index + 2] & 0x3F)
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | b1 << 6 | b2, 3) }
    let b3 = UInt32(bytes[index + 3] & 0x3F)
    return ((lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
}

/// The start of the scalar whose last byte is at `index - 1`: steps back over continuation bytes.
@inline(__always)
func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
    var start = index - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
}

/// Runs `body` over the UTF-8 bytes of `s` without copying them (Swift strings are stored as
/// contiguous UTF-8 on Linux; a string that is not is made contiguous first).
@inline(__always)
func withUTF8Bytes<R>(of s: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    var text = s
    return try text.withUTF8(body)
}

/// The text of `range` within `bytes` as a `String`.
@inline(__always)
func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
}
