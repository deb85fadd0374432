/// Terminal column width of one scalar.
///
/// Padding has to be done in terminal cells, not characters: a Japanese ideograph takes two
/// cells and a combining accent none, so counting `Character`s would misalign every table
/// that mixes scripts. Ambiguous-width characters count as narrow, matching terminals that
/// are not configured for a CJK legacy locale.
public func displayWidth(of scalar: Unicode.Scalar) -> Int {
    displayWidth(ofScalarValue: scalar.value)
}

/// `displayWidth(of:)` for a scalar value decoded straight from UTF-8 bytes.
@inline(__always)
func displayWidth(ofScalarValue value: UInt32) -> Int {
    // Printable ASCII is by far the most common input; answer it before any table lookup.
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x300 { return 1 }  // Latin-1 and Latin extensions hold no marks or wide forms
    // CJK punctuation and brackets, kana, CJK ideographs and full-width forms: the bulk of a
    // Japanese record, answered before the table searches.
    if (value >= 0x3000 && value <= 0x3029) || (value >= 0x3041 && value <= 0x3096) || (value >= 0x309B && value <= 0x30FF)
        || (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xFF01 && value <= 0xFF60) { return 2 }
    return displayWidthFromTables(value)
}

/// The slow part of `displayWidth(ofScalarValue:)`, kept out of line so the fast checks above
/// stay small enough to inline into the measuring loops.
private func displayWidthFromTables(_ value: UInt32) -> Int {
    if WidthTables.contains(WidthTables.zeroWidth, value) { return 0 }
    if WidthTables.contains(WidthTables.wide, value) { return 2 }
    guard let scalar = Unicode.Scalar(value) else { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
        return 0
    default:
        return 1
    }
}

/// Terminal column width of a string, measured per grapheme cluster.
///
/// Summing scalar widths is wrong for emoji sequences: a ZWJ family or a flag is drawn as one
/// wide glyph, and a text-default symbol followed by VS16 switches to wide emoji presentation.
/// Measuring whole clusters handles those while still giving `e` + U+0301 a width of 1.
public func displayWidth(_ s: some StringProtocol) -> Int {
    if let simple = s.utf8.withContiguousStorageIfAvailable(scalarWidthSum) {
        if let simple { return simple }
    } else if let simple = scalarWidthSum(s.unicodeScalars) {
        return simple
    }
    var total = 0
    for character in s {
        total += clusterWidth(character)
    }
    return total
}

/// `displayWidth(_:)` of UTF-8 bytes taken from a `String`, measuring clusters only when needed.
func displayWidth(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if let simple = scalarWidthSum(bytes) { return simple }
    var total = 0
    for character in String(decoding: bytes, as: UTF8.self) {
        total += clusterWidth(character)
    }
    return total
}

/// The sum of the scalars' widths, or nil when the text holds an emoji sequence or regional
/// indicator. Without those, a cluster's width is the sum of its scalars' widths (marks are
/// zero), so no grapheme breaking is needed; one pass over the bytes, ASCII taken byte by byte.
func scalarWidthSum(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var total = 0
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte >= 0x20 && byte < 0x7F { total += 1 }
            index += 1
            continue
        }
        let (value, length) = decodeScalar(bytes, at: index)
        if needsClusterWidth(value) { return nil }
        total += displayWidth(ofScalarValue: value)
        index += length
    }
    return total
}

/// `scalarWidthSum` for text whose bytes are not contiguous.
private func scalarWidthSum(_ scalars: some Sequence<Unicode.Scalar>) -> Int? {
    var total = 0
    for scalar in scalars {
        if needsClusterWidth(scalar.value) { return nil }
        total += displayWidth(ofScalarValue: scalar.value)
    }
    return total
}

/// Scalars whose cluster can be drawn wider or narrower than the sum of its scalars: emoji
/// (with emoji modifiers and regional indicators, all from U+1F000 on), ZWJ and VS16.
@inline(__always)
func needsClusterWidth(_ value: UInt32) -> Bool {
    value >= 0x1F000 || value == 0x200D || value == 0xFE0F
}

/// Width of one grapheme cluster.
///
/// Terminals advance the cursor per scalar for ordinary text (so halfwidth ｶ + ﾞ takes two
/// cells even though it is one cluster), but draw an emoji sequence as one wide glyph. So the
/// scalar widths are summed, except that emoji ZWJ, modifier and VS16 sequences and flag pairs
/// count as 2.
func clusterWidth(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    var iterator = scalars.makeIterator()
    guard let first = iterator.next() else { return 0 }
    guard let second = iterator.next() else { return displayWidth(of: first) }

    if isRegionalIndicator(first) && isRegionalIndicator(second) { return 2 }
    var total = displayWidth(of: first)
    var isEmojiSequence = false
    var next: Unicode.Scalar? = second
    while let scalar = next {
        total += displayWidth(of: scalar)
        if isEmojiJoiner(scalar) { isEmojiSequence = true }
        next = iterator.next()
    }
    if isEmojiSequence && first.properties.isEmoji { return 2 }
    return total
}

private func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF
}

/// ZWJ, VS16 and skin-tone modifiers: their presence turns a cluster into one emoji glyph.
private func isEmojiJoiner(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value == 0x200D || value == 0xFE0F || (value >= 0x1F3FB && value <= 0x1F3FF)
}
