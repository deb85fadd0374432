import TextKeys
/// Byte-level helpers: the extractor scans UTF-8 bytes, not `Character`s, because that is
/// twenty times faster (see DESIGN.md) and every marker it looks for is a fixed byte sequence.
enum UTF8Bytes {
    static let openQuote: [UInt8] = Array("「".utf8)       // E3 80 8C
    static let closeQuote: [UInt8] = Array("」".utf8)      // E3 80 8D
    static let openDouble: [UInt8] = Array("『".utf8)
    static let closeDouble: [UInt8] = Array("』".utf8)
    static let fullStop: [UInt8] = Array("。".utf8)        // E3 80 82
    static let comma: [UInt8] = Array("、".utf8)
    static let exclamation: [UInt8] = Array("！".utf8)
    static let question: [UInt8] = Array("？".utf8)
    static let openParen: [UInt8] = Array("（".utf8)
    static let closeParen: [UInt8] = Array("）".utf8)

    /// True when `byte` starts a UTF-8 sequence (is not a continuation byte).
    @inline(__always) static func isLead(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    /// The length of the UTF-8 sequence that starts with `byte` (1 for invalid bytes, so scans always advance).
    @inline(__always) static func sequenceLength(_ byte: UInt8) -> Int {
        if byte < 0xC0 { return 1 }
        if byte < 0xE0 { return 2 }
        if byte < 0xF0 { return 3 }
        return 4
    }

    /// A key for the character at `i` (the low 16 bits of its code point; 0x10000 for every
    /// four-byte character) and its length in bytes, for tables indexed by character. Bytes are
    /// not validated: a broken sequence keys on what is there, and a sequence cut short by
    /// `limit` on the bytes before it.
    @inline(__always)
    static func characterKey<C: RandomAccessCollection<UInt8>>(_ p: C, _ i: Int, _ limit: Int) -> (key: Int, length: Int) where C.Index == Int {
        let b0 = Int(p[i])
        // Three-byte characters (kana, kanji, CJK punctuation) are most of a Japanese report.
        if b0 & 0xF0 == 0xE0 && i + 2 < limit {
            return ((b0 & 0x0F) << 12 | (Int(p[i + 1]) & 0x3F) << 6 | Int(p[i + 2]) & 0x3F, 3)
        }
        if b0 < 0xC0 { return (b0, 1) }
        if b0 >= 0xF0 { return (astralKey, 4) }
        let b1 = i + 1 < limit ? Int(p[i + 1]) & 0x3F : 0
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | b1, 2) }
        let b2 = i + 2 < limit ? Int(p[i + 2]) & 0x3F : 0
        return ((b0 & 0x0F) << 12 | b1 << 6 | b2, 3)
    }

    /// The one `characterKey` all characters beyond the Basic Multilingual Plane share.
    static let astralKey = 0x10000

    /// The start of the character before `index` (never before `lower`).
    @inline(__always) static func previousStart(_ bytes: [UInt8], before index: Int, lower: Int = 0) -> Int {
        var i = index - 1
        while i > lower && !isLead(bytes[i]) { i -= 1 }
        return max(i, lower)
    }

    /// Whether `pattern` occurs in `bytes` at `index`.
    @inline(__always) static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8], limit: Int? = nil) -> Bool {
        let end = limit ?? bytes.count
        if index < 0 || index + pattern.count > end { return false }
        var k = 0
        while k < pattern.count {
            if bytes[index + k] != pattern[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `pattern` ends exactly at `end`.
    @inline(__always) static func endsWith(_ bytes: [UInt8], at end: Int, _ pattern: [UInt8], lower: Int = 0) -> Bool {
        let start = end - pattern.count
        return start >= lower && matches(bytes, at: start, pattern)
    }

    /// The string for a byte range; invalid sequences are repaired, never trapped on.
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// The string for a byte range with every 「 and 」 left out: a topic that runs through a
    /// quoted name reads as the name.
    static func stringWithoutCornerBrackets(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if i + 3 <= range.upperBound, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x8C || bytes[i + 2] == 0x8D {
                i += 3; continue
            }
            kept.append(bytes[i]); i += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// A half-width (0–9) or full-width (０–９) digit at `i`: its value and its length in bytes.
    static func digit(_ bytes: [UInt8], _ i: Int, _ end: Int) -> (Int, Int)? {
        let b = bytes[i]
        if b >= 0x30 && b <= 0x39 { return (Int(b - 0x30), 1) }
        if b == 0xEF && i + 2 < end && bytes[i + 1] == 0xBC && bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0x99 {
            return (Int(bytes[i + 2] - 0x90), 3)
        }
        return nil
    }

    /// Whether a string's UTF-8 is exactly the bytes in `range`.
    static func equal(_ s: String, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var s = s
        return s.withUTF8 { u in
            guard u.count == range.count else { return false }
            return bytes.withUnsafeBufferPointer { b in
                var k = 0
                while k < u.count {
                    if u[k] != b[range.lowerBound + k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// FNV-1a 64 of a byte range, with its length mixed in: a key for "the same sentence again".
    static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var h = FNV1a()
        for i in range { h.add(bytes[i]) }
        return h.value ^ UInt64(range.count) &* 0x9E3779B97F4A7C15
    }

    /// The first index at or after `from` (and before `to`) where `pattern` starts, if any.
    static func find(_ bytes: [UInt8], _ pattern: [UInt8], from: Int, to: Int) -> Int? {
        guard let first = pattern.first, to - from >= pattern.count else { return nil }
        var i = from
        let last = to - pattern.count
        while i <= last {
            if bytes[i] == first && matches(bytes, at: i, pattern) { return i }
            i += 1
        }
        return nil
    }

    /// The last index in `from..<to` where `pattern` starts, if any.
    static func findLast(_ bytes: [UInt8], _ pattern: [UInt8], from: Int, to: Int) -> Int? {
        guard to - from >= pattern.count else { return nil }
        var i = to - pattern.count
        while i >= from {
            if matches(bytes, at: i, pattern) { return i }
            i -= 1
        }
        return nil
    }
}

/// What sort of character a scalar is, as the rules need it: names are runs of kanji or katakana,
/// particles are hiragana, numbers are digits.
enum CharClass: Equatable {
    case kanji, katakana, hiragana, asciiLetter, digit, fullwidthDigit, punctuation, space, other

    static func of(_ scalar: Unicode.Scalar) -> CharClass {
        let v = scalar.value
        switch v {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .asciiLetter
        case 0x20, 0x09, 0x3000: return .space
        case 0xFF10...0xFF19: return .fullwidthDigit
        case 0x3041...0x309F: return .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .katakana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x3005, 0x20000...0x2FFFF: return .kanji
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .asciiLetter
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x3001...0x3004, 0x3008...0x3011, 0xFF01...0xFF0F: return .punctuation
        default: return .other
        }
    }

    /// Decodes the scalar starting at `index` (U+FFFD for a broken sequence).
    static func scalar(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar {
        let b0 = bytes[index]
        let n = UTF8Bytes.sequenceLength(b0)
        if n == 1 { return b0 < 0x80 ? Unicode.Scalar(b0) : "\u{FFFD}" }
        guard index + n <= bytes.count else { return "\u{FFFD}" }
        var value = UInt32(b0) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for k in 1..<n {
            let b = bytes[index + k]
            if b & 0xC0 != 0x80 { return "\u{FFFD}" }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    static func at(_ bytes: [UInt8], _ index: Int) -> CharClass { of(scalar(bytes, at: index)) }
}
