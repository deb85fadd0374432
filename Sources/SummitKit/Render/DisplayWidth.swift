/// Terminal column width of one scalar.
///
/// Padding has to be done in terminal cells, not characters: a Japanese ideograph takes two
/// cells and a combining accent none, so counting `Character`s would misalign every table
/// that mixes scripts. Ambiguous-width characters count as narrow, matching terminals that
/// are not configured for a CJK legacy locale.
public func displayWidth(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    // Printable ASCII is by far the most common input; answer it before any table lookup.
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x300 { return 1 }  // Latin-1 and Latin extensions hold no marks or wide forms
    // Kana, CJK ideographs and full-width forms: the bulk of a Japanese record, answered before
    // the table searches.
    if (value >= 0x3041 && value <= 0x3096) || (value >= 0x309B && value <= 0x30FF) || (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xFF01 && value <= 0xFF60) { return 2 }
    if WidthTables.contains(WidthTables.zeroWidth, value) { return 0 }
    if WidthTables.contains(WidthTables.wide, value) { return 2 }
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
    var asciiWidth = 0
    var isASCII = true
    for byte in s.utf8 {
        if byte >= 0x80 {
            isASCII = false
            break
        }
        if byte >= 0x20 && byte < 0x7F { asciiWidth += 1 }
    }
    if isASCII { return asciiWidth }
    // Without emoji sequences or regional indicators, a cluster's width is the sum of its
    // scalars' widths (marks are zero): no grapheme breaking needed.
    var simple = 0
    var needsClusters = false
    for scalar in s.unicodeScalars {
        let v = scalar.value
        if v >= 0x1F000 || v == 0x200D || v == 0xFE0F || (v >= 0x1F1E6 && v <= 0x1F1FF) { needsClusters = true; break }
        simple += displayWidth(of: scalar)
    }
    if !needsClusters { return simple }
    var total = 0
    for character in s {
        total += clusterWidth(character)
    }
    return total
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
