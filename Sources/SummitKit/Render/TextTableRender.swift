extension TextTable {
    /// Separator between cells; the rule line uses `─┼─` so the bars line up vertically.
    static let cellSeparator = " │ "
    static let ruleSeparator = "─┼─"

    /// Renders header, rule, rows and footer as lines joined by `\n` (no final newline, so
    /// the caller decides how to terminate output).
    ///
    /// Every cell goes through `visible()` first, so record text cannot inject terminal escape
    /// sequences, and padding is by display width so Japanese text lines up. Bold header codes
    /// are added only with `color: true` and only around the title text, never counted as
    /// width and never left dangling after trailing padding.
    ///
    /// Each cell is measured once and wrapped as byte ranges of one buffer, and the output is
    /// written into one byte buffer: a long answer of wrapped Japanese quotes renders without a
    /// `String` per line or per padded piece.
    public func render(maxWidth: Int?, color: Bool) -> String {
        guard !columns.isEmpty else { return footer ?? "" }
        var texts = TableCellTexts(reservingCells: (rows.count + 1) * columns.count)
        for column in columns { texts.add(header ? visible(column.title) : "") }
        for row in rows {
            for index in columns.indices { texts.add(index < row.count ? visible(row[index]) : "") }
        }

        var natural = Array(repeating: 0, count: columns.count)
        for (offset, cell) in texts.cells.enumerated() {
            let column = offset % columns.count
            natural[column] = max(natural[column], cell.width)
        }
        let widths = Self.fittedWidths(natural: natural, wrappable: columns.map(\.wrap), maxWidth: maxWidth)

        let lineBytes = widths.reduce(0, +) + 3 * columns.count
        var out = TableTextBuffer(reservingCapacity: texts.storage.count * 2 + lineBytes * (rows.count + 3))
        texts.storage.withUnsafeBufferPointer { storage in
            var writer = RowWriter(columns: columns, widths: widths, storage: storage)
            if header {
                writer.write(texts.cells[0..<columns.count], bold: color, to: &out)
                out.startLine()
                for (index, width) in widths.enumerated() {
                    if index > 0 { out.append(Self.ruleSeparator) }
                    out.append("─", times: width)
                }
            }
            for row in rows.indices {
                let first = (row + 1) * columns.count
                writer.write(texts.cells[first..<first + columns.count], bold: false, to: &out)
            }
        }
        if let footer {
            out.startLine()
            out.append(visible(footer))
        }
        return out.text
    }
}

extension TextTable {
    /// Column widths for the terminal: wrapped columns keep ten cells where that fits, and go
    /// down to six (`qualifi|er` rather than a line wider than the screen) only where it does not.
    static func fittedWidths(natural: [Int], wrappable: [Bool], maxWidth: Int?) -> [Int] {
        let separator = displayWidth(cellSeparator)
        let roomy = fittedColumnWidths(natural: natural, wrappable: wrappable, maxWidth: maxWidth, separatorWidth: separator)
        guard let maxWidth, roomy.reduce(0, +) + separator * (roomy.count - 1) > maxWidth else { return roomy }
        let tight = fittedColumnWidths(natural: natural, wrappable: wrappable, maxWidth: maxWidth, separatorWidth: separator, minimumWidth: 6)
        return tight.reduce(0, +) + separator * (tight.count - 1) <= maxWidth ? tight : roomy
    }
}

/// Writes one logical row, possibly several physical lines when a narrowed cell wraps; the
/// other columns stay blank on continuation lines.
private struct RowWriter {
    let columns: [TextTable.Column]
    let widths: [Int]
    let storage: UnsafeBufferPointer<UInt8>
    /// Reused for every row: the wrapped lines of all its cells, and where each cell's lines end.
    private var wrapper = TextWrapper()
    private var blockEnds: [Int]

    init(columns: [TextTable.Column], widths: [Int], storage: UnsafeBufferPointer<UInt8>) {
        self.columns = columns
        self.widths = widths
        self.storage = storage
        self.blockEnds = Array(repeating: 0, count: columns.count)
    }

    mutating func write(_ cells: ArraySlice<TableCellTexts.Cell>, bold: Bool, to out: inout TableTextBuffer) {
        wrapper.removeAll()
        var height = 1
        for (index, cell) in zip(columns.indices, cells) {
            let blockStart = wrapper.lines.count
            if cell.width > widths[index] {
                wrapper.wrap(storage, cell.bytes, toWidth: widths[index], width: cell.width)
            } else {
                wrapper.appendUnwrapped(cell.bytes, width: cell.width)
            }
            blockEnds[index] = wrapper.lines.count
            height = max(height, blockEnds[index] - blockStart)
        }
        for lineIndex in 0..<height {
            out.startLine()
            let lineStart = out.position
            var blockStart = 0
            for index in columns.indices {
                if index > 0 { out.append(TextTable.cellSeparator) }
                let lineNumber = blockStart + lineIndex
                let line = lineNumber < blockEnds[index] ? wrapper.lines[lineNumber] : WrappedLine(bytes: 0..<0, width: 0)
                pad(line, toWidth: widths[index], alignment: columns[index].alignment, bold: bold, to: &out)
                blockStart = blockEnds[index]
            }
            out.trimTrailingSpaces(from: lineStart)
        }
    }

    private func pad(_ line: WrappedLine, toWidth width: Int, alignment: TextTable.Alignment, bold: Bool,
                     to out: inout TableTextBuffer) {
        let fill = max(0, width - line.width)
        if alignment == .right { out.appendSpaces(fill) }
        let text = UnsafeBufferPointer(rebasing: storage[line.bytes])
        if bold && !text.isEmpty {
            out.append("\u{1B}[1m")
            out.append(text)
            out.append("\u{1B}[0m")
        } else {
            out.append(text)
        }
        if alignment == .left { out.appendSpaces(fill) }
    }
}
