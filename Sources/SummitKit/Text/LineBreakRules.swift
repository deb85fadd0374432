/// Where a wrapped line may end: at spaces for Latin text, next to any wide character for
/// Japanese (which has no spaces), except before closing brackets and small kana or after
/// opening brackets (kinsoku), where a break would look broken to a Japanese reader.
@inline(__always)
func canBreak(between previous: WrapUnit, and next: WrapUnit) -> Bool {
    if next.isSpace { return false }
    if previous.isSpace { return true }
    guard previous.width == 2 || next.width == 2 else { return false }
    if forbidsBreakBefore(next.firstScalar) { return false }
    if forbidsBreakAfter(previous.firstScalar) { return false }
    return true
}

// The two sets below are asked about for nearly every character of a wrapped Japanese quote.
// As switches over scalar values they compile to jump tables and bit tests, with no hashing
// (a Character set normalizes every lookup) and no lazily initialized global to check.
// `RenderLineBreakRulesTests` checks them against the characters they stand for.

/// Closing punctuation and small kana must not start a line.
func forbidsBreakBefore(_ value: UInt32) -> Bool {
    switch value {
    case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D:  // ! % ) , . : ; ? ] }
        return true
    case 0x2010, 0x2015, 0x30FB, 0x30FC, 0x301C, 0xFF5E:  // ‐ ― ・ ー 〜 ～
        return true
    case 0x3001, 0x3002, 0xFF01, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F:  // 、。！，．：；？
        return true
    case 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019,  // 〉》」』】〕〗〙
         0xFF09, 0xFF3D, 0xFF5D:  // ）］｝
        return true
    case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E,  // ぁぃぅぇぉっゃゅょゎ
         0x3095, 0x3096:  // ゕゖ
        return true
    case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE,  // ァィゥェォッャュョヮ
         0x30F5, 0x30F6:  // ヵヶ
        return true
    default:
        return false
    }
}

/// Opening brackets must not end a line.
func forbidsBreakAfter(_ value: UInt32) -> Bool {
    switch value {
    case 0x28, 0x5B, 0x7B:  // ( [ {
        return true
    case 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018:  // 〈《「『【〔〖〘
        return true
    case 0xFF08, 0xFF3B, 0xFF5B:  // （［｛
        return true
    default:
        return false
    }
}
