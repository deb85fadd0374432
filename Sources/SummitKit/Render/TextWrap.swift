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
    // No line break inside (the usual case): skip splitting by Characters.
    if !s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }) {
        return wrapParagraph(Substring(s), toWidth: toWidth)
    }
    var lines: [String] = []
    for paragraph in s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        lines += wrapParagraph(paragraph, toWidth: toWidth)
    }
    return lines
}

/// Greedy line filling over grapheme clusters, remembering the last legal break point so an
/// overflowing word can be moved to the next line as a whole.
private func wrapParagraph(_ paragraph: Substring, toWidth: Int) -> [String] {
    // Most cells fit: measuring is much cheaper than the break search below.
    if displayWidth(paragraph) <= toWidth { return [String(paragraph)] }
    var lines: [String] = []
    var line: [WrapUnit] = []
    var lineWidth = 0
    var breakIndex: Int?
    var isContinuation = false

    func emit(upTo end: Int) {
        var kept = line[..<end]
        while let last = kept.last, last.isSpace { kept.removeLast() }
        lines.append(String(kept.map(\.character)))
        var rest = Array(line[end...])
        while let first = rest.first, first.isSpace { rest.removeFirst() }
        line = rest
        lineWidth = rest.reduce(0) { $0 + $1.width }
        breakIndex = nil
        isContinuation = true
    }

    // One scalar is one character in most text (no marks, no emoji sequences): then units come
    // from scalars, skipping grapheme breaking, the slow part of wrapping long quotes.
    let simple = paragraph.unicodeScalars.allSatisfy { displayWidth(of: $0) > 0 && $0.value < 0x1F000 && $0.value != 0x200D && $0.value != 0xFE0F }
    let units: [WrapUnit] = simple ? paragraph.unicodeScalars.map(WrapUnit.init(scalar:)) : paragraph.map(WrapUnit.init)
    for unit in units {
        if isContinuation && line.isEmpty && unit.isSpace { continue }
        if let previous = line.last, canBreak(between: previous, and: unit) {
            breakIndex = line.count
        }
        while lineWidth + unit.width > toWidth && !line.isEmpty {
            if unit.isSpace {
                emit(upTo: line.count)
            } else if let index = breakIndex, index > 0 {
                emit(upTo: index)
            } else {
                emit(upTo: line.count)
            }
        }
        if isContinuation && line.isEmpty && unit.isSpace { continue }
        line.append(unit)
        lineWidth += unit.width
    }
    if !line.isEmpty || lines.isEmpty {
        lines.append(String(line.map(\.character)))
    }
    return lines
}

/// One grapheme with its measured width, so widths are computed once per character.
private struct WrapUnit {
    let character: Character
    let width: Int
    let isSpace: Bool

    init(_ character: Character) {
        self.character = character
        self.width = clusterWidth(character)
        self.isSpace = character == " " || character == "\t" || character == "\u{3000}"
    }

    init(scalar: Unicode.Scalar) {
        self.character = Character(scalar)
        self.width = displayWidth(of: scalar)
        self.isSpace = scalar == " " || scalar == "\t" || scalar == "\u{3000}"
    }
}

private func canBreak(between previous: WrapUnit, and next: WrapUnit) -> Bool {
    if next.isSpace { return false }
    if previous.isSpace { return true }
    guard previous.width == 2 || next.width == 2 else { return false }
    if let n = next.character.unicodeScalars.first, sortedContains(noBreakBefore, n.value) { return false }
    if let p = previous.character.unicodeScalars.first, sortedContains(noBreakAfter, p.value) { return false }
    return true
}

/// Closing punctuation and small kana must not start a line.
/// Binary search in a sorted table: cheaper than hashing for every character of a long quote.
private func sortedContains(_ table: [UInt32], _ value: UInt32) -> Bool {
    var lo = 0, hi = table.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if table[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return lo < table.count && table[lo] == value
}

// Sorted scalar values, not Character sets: hashing a Character normalizes it, which made wrapping slow.
private let noBreakBefore: [UInt32] = Set((
    "、。，．,.・：；？！ー―‐〜～」』）］｝〕〉》】〙〗" + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ" + ")]}!?:;%"
).unicodeScalars).map(\.value).sorted()

/// Opening brackets must not end a line.
private let noBreakAfter: [UInt32] = Set("「『（［｛〔〈《【〘〖([{".unicodeScalars).map(\.value).sorted()
