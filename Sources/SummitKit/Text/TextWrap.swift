/// Breaks `s` into lines no wider than `toWidth` terminal cells.
///
/// Latin text breaks at spaces so words stay whole; Japanese has no spaces, so a break is
/// allowed next to any wide character, except before closing brackets and small kana or
/// after opening brackets (kinsoku), where a break would look broken to a Japanese reader.
/// When no allowed break exists the line is cut at the limit anyway: staying inside the width
/// matters more than those niceties. Only a single grapheme wider than `toWidth` can produce
/// a wider line. Existing line breaks (LF, CRLF, CR, U+2028…) are kept as hard breaks. A
/// width of zero or less means "no limit" and returns the text as one element.
public func wrap(_ s: String, toWidth: Int) -> [String] {
    guard toWidth > 0 else { return [s] }
    return withUTF8Bytes(of: s) { bytes in
        var wrapper = TextWrapper()
        wrapper.wrap(bytes, 0..<bytes.count, toWidth: toWidth)
        return wrapper.lines.map { string(bytes, $0.bytes) }
    }
}

/// One line of wrapped text: where it lies in the UTF-8 bytes it was cut from, and how many
/// terminal cells it takes, so a table can pad it without measuring it again.
struct WrappedLine {
    var bytes: Range<Int>
    var width: Int
}

/// Wraps text given as UTF-8 bytes into `lines`, reusing its working storage from one text
/// to the next, so a table wraps all its cells with a couple of allocations.
struct TextWrapper {
    /// The lines of every text wrapped since the last `removeAll`, in order.
    private(set) var lines: [WrappedLine] = []
    private var units: [WrapUnit] = []

    mutating func removeAll() {
        lines.removeAll(keepingCapacity: true)
    }

    /// Appends `bytes[range]` as one line of the given width, unwrapped: for text that fits.
    mutating func appendUnwrapped(_ range: Range<Int>, width: Int) {
        lines.append(WrappedLine(bytes: range, width: width))
    }

    /// Appends the lines of `bytes[range]` (see `wrap(_:toWidth:)`) to `lines`. A caller that
    /// has already measured the text passes its `width`, so a text without line breaks is not
    /// measured again.
    mutating func wrap(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, toWidth: Int, width: Int? = nil) {
        guard toWidth > 0 else {
            lines.append(WrappedLine(bytes: range, width: width ?? displayWidth(utf8: UnsafeBufferPointer(rebasing: bytes[range]))))
            return
        }
        var start = range.lowerBound
        var index = start
        while index < range.upperBound {
            if let length = newlineLength(bytes, at: index, end: range.upperBound) {
                wrapParagraph(bytes, start..<index, toWidth: toWidth, width: nil)
                index += length
                start = index
            } else {
                index += 1
            }
        }
        wrapParagraph(bytes, start..<range.upperBound, toWidth: toWidth, width: start == range.lowerBound ? width : nil)
    }

    /// One paragraph (no line break inside): kept whole when it fits, else cut into units,
    /// per scalar when it can be and per grapheme cluster when it must, and filled greedily.
    private mutating func wrapParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, toWidth: Int, width: Int?) {
        // Most cells fit: measuring is much cheaper than the break search below.
        let width = width ?? displayWidth(utf8: UnsafeBufferPointer(rebasing: bytes[range]))
        if width <= toWidth {
            lines.append(WrappedLine(bytes: range, width: width))
            return
        }
        let byScalars = makeScalarUnits(bytes, range, into: &units)
        if !byScalars { makeClusterUnits(bytes, range, into: &units) }
        var filler = LineFiller(bytes: bytes, units: units, widthIsSum: byScalars, firstLine: lines.count)
        filler.fill(toWidth: toWidth, into: &lines)
    }
}

/// The byte length of the line break starting at `index` (CRLF counts as one), or nil.
/// These are exactly the characters for which `Character.isNewline` holds; each is a grapheme
/// cluster of its own, so splitting bytes here splits the same places as splitting Characters.
@inline(__always)
private func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
    let byte = bytes[index]
    // Nearly every byte is past CR and is no lead byte of NEL, LS or PS: one quick test.
    if byte > 0x0D && byte != 0xC2 && byte != 0xE2 { return nil }
    switch byte {
    case 0x0A, 0x0B, 0x0C:
        return 1
    case 0x0D:
        return index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2:  // U+0085 NEL
        return bytes[index + 1] == 0x85 ? 2 : nil
    case 0xE2:  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
        return bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : nil
    default:
        return nil
    }
}
