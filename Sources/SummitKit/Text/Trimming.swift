/// The one trim: what counts as space at the ends of a table cell, a query, a typed line or a
/// span of record text is the space, the tab and the ideographic space (U+3000) that Japanese
/// text uses between words. Line breaks are not trimmed: every caller has split lines already.

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and ideographic spaces.
    public func trimmedOfSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, isTrimmedSpace(f) { s = s.dropFirst() }
        while let l = s.last, isTrimmedSpace(l) { s = s.dropLast() }
        return String(s)
    }
}

@inline(__always)
private func isTrimmedSpace(_ c: Character) -> Bool {
    c == " " || c == "\t" || c == "\u{3000}"
}

extension UTF8Bytes {
    /// `range` without leading and trailing spaces, tabs and ideographic spaces (E3 80 80):
    /// `trimmedOfSpaces` for record text scanned as bytes.
    static func trimmingSpaces(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b {
            if bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
            else if a + 3 <= b, bytes[a] == 0xE3, bytes[a + 1] == 0x80, bytes[a + 2] == 0x80 { a += 3 }
            else { break }
        }
        while b > a {
            if bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
            else if b - 3 >= a, bytes[b - 3] == 0xE3, bytes[b - 2] == 0x80, bytes[b - 1] == 0x80 { b -= 3 }
            else { break }
        }
        return a..<b
    }
}
