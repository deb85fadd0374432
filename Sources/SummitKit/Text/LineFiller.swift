/// Greedy line filling over the units of one paragraph that is wider than the limit.
///
/// The line being filled is always a run of consecutive units, `units[lineStart..<lineEnd]`
/// (spaces are only ever skipped at the start of a continuation line), so emitting a line
/// records a byte range rather than building a string.
struct LineFiller {
    let bytes: UnsafeBufferPointer<UInt8>
    let units: [WrapUnit]
    /// Whether a line's width is the sum of its units' widths, as it is for scalar units.
    /// Cluster units are re-measured as a whole line, exactly as the line will be measured
    /// when printed.
    let widthIsSum: Bool
    /// `lines.count` before this paragraph, to tell whether it has produced a line yet.
    let firstLine: Int

    private var lineStart = 0
    private var lineEnd = 0
    private var lineWidth = 0
    /// Where the line could last be broken, as a unit index.
    private var breakIndex: Int?
    private var isContinuation = false

    init(bytes: UnsafeBufferPointer<UInt8>, units: [WrapUnit], widthIsSum: Bool, firstLine: Int) {
        self.bytes = bytes
        self.units = units
        self.widthIsSum = widthIsSum
        self.firstLine = firstLine
    }

    private var lineIsEmpty: Bool { lineStart == lineEnd }

    mutating func fill(toWidth: Int, into lines: inout [WrappedLine]) {
        for index in units.indices {
            let unit = units[index]
            if isContinuation && lineIsEmpty && unit.isSpace { continue }
            if !lineIsEmpty && canBreak(between: units[lineEnd - 1], and: unit) {
                breakIndex = lineEnd
            }
            while lineWidth + unit.width > toWidth && !lineIsEmpty {
                if unit.isSpace {
                    emit(upTo: lineEnd, into: &lines)
                } else if let breakAt = breakIndex, breakAt > lineStart {
                    emit(upTo: breakAt, into: &lines)
                } else {
                    emit(upTo: lineEnd, into: &lines)
                }
            }
            if isContinuation && lineIsEmpty && unit.isSpace { continue }
            if lineIsEmpty { lineStart = index }
            lineEnd = index + 1
            lineWidth += unit.width
        }
        if !lineIsEmpty || lines.count == firstLine {
            append(lineStart..<lineEnd, to: &lines)
        }
    }

    /// Ends the line before unit `end` without its trailing spaces; the rest, less its
    /// leading spaces, starts the next line.
    private mutating func emit(upTo end: Int, into lines: inout [WrappedLine]) {
        var keptEnd = end
        while keptEnd > lineStart && units[keptEnd - 1].isSpace { keptEnd -= 1 }
        append(lineStart..<keptEnd, to: &lines)
        var restStart = end
        while restStart < lineEnd && units[restStart].isSpace { restStart += 1 }
        lineStart = restStart
        lineWidth = 0
        for unit in units[restStart..<lineEnd] { lineWidth += unit.width }
        breakIndex = nil
        isContinuation = true
    }

    private func append(_ unitRange: Range<Int>, to lines: inout [WrappedLine]) {
        guard let first = unitRange.first, let last = unitRange.last else {
            lines.append(WrappedLine(bytes: 0..<0, width: 0))
            return
        }
        let byteRange = units[first].start..<units[last].end
        var width = 0
        if widthIsSum {
            for unit in units[unitRange] { width += unit.width }
        } else {
            width = displayWidth(utf8: UnsafeBufferPointer(rebasing: bytes[byteRange]))
        }
        lines.append(WrappedLine(bytes: byteRange, width: width))
    }
}
