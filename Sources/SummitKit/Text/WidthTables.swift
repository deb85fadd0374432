/// Code point ranges for terminal column widths.
///
/// Kept as sorted, non-overlapping closed ranges so a lookup is a binary search over a few
/// hundred integers instead of a walk through Unicode property tables: width is computed for
/// every table cell, so it has to stay cheap. The data is a hand-condensed form of Unicode's
/// East Asian Width (W and F) plus emoji that have default emoji presentation; ambiguous (A)
/// characters are deliberately left out so they count as narrow, which is what most terminals
/// do outside CJK legacy locales.
enum WidthTables {
    /// A closed range of scalar values, stored flat so the table stays a compact literal.
    struct Span: Sendable {
        let lower: UInt32
        let upper: UInt32
        init(_ lower: UInt32, _ upper: UInt32) {
            self.lower = lower
            self.upper = upper
        }
    }

    /// East Asian Wide and Fullwidth characters, plus wide emoji. Ranges that only became
    /// wide in very recent Unicode versions (trigram symbols, Tai Xuan Jing) are left narrow
    /// because most terminals' own tables still draw them in one cell.
    static let wide: [Span] = [
        Span(0x1100, 0x115F),   // Hangul Jamo leading consonants
        Span(0x231A, 0x231B), Span(0x2329, 0x232A), Span(0x23E9, 0x23EC),
        Span(0x23F0, 0x23F0), Span(0x23F3, 0x23F3), Span(0x25FD, 0x25FE),
        Span(0x2614, 0x2615), Span(0x2648, 0x2653),
        Span(0x267F, 0x267F), Span(0x2693, 0x2693),
        Span(0x26A1, 0x26A1), Span(0x26AA, 0x26AB), Span(0x26BD, 0x26BE),
        Span(0x26C4, 0x26C5), Span(0x26CE, 0x26CE), Span(0x26D4, 0x26D4),
        Span(0x26EA, 0x26EA), Span(0x26F2, 0x26F3), Span(0x26F5, 0x26F5),
        Span(0x26FA, 0x26FA), Span(0x26FD, 0x26FD), Span(0x2705, 0x2705),
        Span(0x270A, 0x270B), Span(0x2728, 0x2728), Span(0x274C, 0x274C),
        Span(0x274E, 0x274E), Span(0x2753, 0x2755), Span(0x2757, 0x2757),
        Span(0x2795, 0x2797), Span(0x27B0, 0x27B0), Span(0x27BF, 0x27BF),
        Span(0x2B1B, 0x2B1C), Span(0x2B50, 0x2B50), Span(0x2B55, 0x2B55),
        Span(0x2E80, 0x2E99), Span(0x2E9B, 0x2EF3), Span(0x2F00, 0x2FD5),
        Span(0x2FF0, 0x3029),   // ideographic description, CJK symbols and punctuation
        Span(0x302E, 0x303E),
        Span(0x3041, 0x3096),   // hiragana
        Span(0x309B, 0x30FF),   // spacing kana marks, katakana
        Span(0x3105, 0x312F), Span(0x3131, 0x318E), Span(0x3190, 0x31E5),
        Span(0x31EF, 0x321E), Span(0x3220, 0x3247),
        Span(0x3250, 0xA48C),   // enclosed CJK, CJK ideographs, Yi syllables
        Span(0xA490, 0xA4C6), Span(0xA960, 0xA97C),
        Span(0xAC00, 0xD7A3),   // Hangul syllables
        Span(0xF900, 0xFAFF),   // CJK compatibility ideographs
        Span(0xFE10, 0xFE19), Span(0xFE30, 0xFE52), Span(0xFE54, 0xFE66),
        Span(0xFE68, 0xFE6B),
        Span(0xFF01, 0xFF60),   // fullwidth ASCII forms
        Span(0xFFE0, 0xFFE6),   // fullwidth signs
        Span(0x16FE0, 0x16FE3), Span(0x16FF0, 0x16FF1),
        Span(0x17000, 0x187F7), Span(0x18800, 0x18CD5), Span(0x18D00, 0x18D08),
        Span(0x1AFF0, 0x1AFF3), Span(0x1AFF5, 0x1AFFB), Span(0x1AFFD, 0x1AFFE),
        Span(0x1B000, 0x1B122), Span(0x1B132, 0x1B132), Span(0x1B150, 0x1B152),
        Span(0x1B155, 0x1B155), Span(0x1B164, 0x1B167), Span(0x1B170, 0x1B2FB),
        Span(0x1F004, 0x1F004), Span(0x1F0CF, 0x1F0CF), Span(0x1F18E, 0x1F18E),
        Span(0x1F191, 0x1F19A), Span(0x1F200, 0x1F202), Span(0x1F210, 0x1F23B),
        Span(0x1F240, 0x1F248), Span(0x1F250, 0x1F251), Span(0x1F260, 0x1F265),
        Span(0x1F300, 0x1F320), Span(0x1F32D, 0x1F335), Span(0x1F337, 0x1F37C),
        Span(0x1F37E, 0x1F393), Span(0x1F3A0, 0x1F3CA), Span(0x1F3CF, 0x1F3D3),
        Span(0x1F3E0, 0x1F3F0), Span(0x1F3F4, 0x1F3F4), Span(0x1F3F8, 0x1F43E),
        Span(0x1F440, 0x1F440), Span(0x1F442, 0x1F4FC), Span(0x1F4FF, 0x1F53D),
        Span(0x1F54B, 0x1F54E), Span(0x1F550, 0x1F567), Span(0x1F57A, 0x1F57A),
        Span(0x1F595, 0x1F596), Span(0x1F5A4, 0x1F5A4), Span(0x1F5FB, 0x1F64F),
        Span(0x1F680, 0x1F6C5), Span(0x1F6CC, 0x1F6CC), Span(0x1F6D0, 0x1F6D2),
        Span(0x1F6D5, 0x1F6D7), Span(0x1F6DC, 0x1F6DF), Span(0x1F6EB, 0x1F6EC),
        Span(0x1F6F4, 0x1F6FC), Span(0x1F7E0, 0x1F7EB), Span(0x1F7F0, 0x1F7F0),
        Span(0x1F90C, 0x1F93A), Span(0x1F93C, 0x1F945), Span(0x1F947, 0x1F9FF),
        Span(0x1FA70, 0x1FA7C), Span(0x1FA80, 0x1FA89), Span(0x1FA8F, 0x1FAC6),
        Span(0x1FACE, 0x1FADC), Span(0x1FADF, 0x1FAE9), Span(0x1FAF0, 0x1FAF8),
        Span(0x20000, 0x2FFFD), // CJK extension planes
        Span(0x30000, 0x3FFFD),
    ]

    /// Format and joiner characters that occupy no cell even though they are not marks.
    /// Combining marks are handled through the general category instead of listed here.
    static let zeroWidth: [Span] = [
        Span(0x1160, 0x11FF),   // Hangul Jamo vowels and finals: join the leading consonant
        Span(0x200B, 0x200F),   // zero-width space, ZWNJ, ZWJ, LRM, RLM
        Span(0x202A, 0x202E),   // bidi embeddings and overrides
        Span(0x2060, 0x2064),   // word joiner, invisible operators
        Span(0x2066, 0x206F),   // bidi isolates, deprecated format characters
        Span(0x302A, 0x302D),   // ideographic tone marks (inside the wide CJK block)
        Span(0x3099, 0x309A),   // combining kana voicing marks (inside the wide kana block)
        Span(0xD7B0, 0xD7FF),   // Hangul Jamo extended-B (vowels, finals)
        Span(0xFE00, 0xFE0F),   // variation selectors
        Span(0xFEFF, 0xFEFF),   // zero-width no-break space / BOM
        Span(0xE0000, 0xE0FFF), // tags and variation selectors supplement
    ]

    /// Whether `value` falls in one of `spans`, which must be sorted and disjoint.
    static func contains(_ spans: [Span], _ value: UInt32) -> Bool {
        guard let first = spans.first, value >= first.lower,
              let last = spans.last, value <= last.upper else { return false }
        var low = 0
        var high = spans.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = spans[mid]
            if value < span.lower {
                high = mid - 1
            } else if value > span.upper {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
