/// One unbreakable piece of text for wrapping, with everything the line filler asks about it
/// measured once: where its bytes are, how wide it is, whether it is a space, and its first
/// scalar for the kinsoku rules.
struct WrapUnit {
    /// Byte offsets into the text being wrapped; a line is the bytes from its first unit's
    /// `start` to its last unit's `end`, so no line needs its own copy until it is printed.
    var start: Int
    var end: Int
    var width: Int
    var isSpace: Bool
    var firstScalar: UInt32
}

/// Fills `units` with one unit per scalar of `bytes[range]`, or returns false (leaving `units`
/// unspecified) when some scalar needs grapheme clusters: a zero-width one (a mark joins its
/// base) or an emoji (sequences draw as one glyph).
///
/// One scalar is one character in most text, so this skips grapheme breaking, the slow part
/// of wrapping long quotes.
func makeScalarUnits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into units: inout [WrapUnit]) -> Bool {
    units.removeAll(keepingCapacity: true)
    var index = range.lowerBound
    while index < range.upperBound {
        let (value, length) = decodeScalar(bytes, at: index)
        let width = displayWidth(ofScalarValue: value)
        if width == 0 || value >= 0x1F000 { return false }
        units.append(WrapUnit(start: index, end: index + length, width: width,
                              isSpace: value == 0x20 || value == 0x09 || value == 0x3000, firstScalar: value))
        index += length
    }
    return true
}

/// Fills `units` with one unit per grapheme cluster of `bytes[range]`, measured as a whole.
func makeClusterUnits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into units: inout [WrapUnit]) {
    units.removeAll(keepingCapacity: true)
    var start = range.lowerBound
    for character in string(bytes, range) {
        let end = start + character.utf8.count
        units.append(WrapUnit(start: start, end: end, width: clusterWidth(character),
                              isSpace: character == " " || character == "\t" || character == "\u{3000}",
                              firstScalar: character.unicodeScalars.first!.value))
        start = end
    }
}
