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
    public func render(maxWidth: Int?, color: Bool) -> String {
        guard !columns.isEmpty else { return footer ?? "" }
        let titles = columns.map { visible($0.title) }
        let cells = rows.map { row in
            columns.indices.map { index in index < row.count ? visible(row[index]) : "" }
        }

        var natural = titles.map { displayWidth($0) }
        for row in cells {
            for (index, cell) in row.enumerated() {
                natural[index] = max(natural[index], displayWidth(cell))
            }
        }
        let widths = fittedColumnWidths(
            natural: natural,
            wrappable: columns.map(\.wrap),
            maxWidth: maxWidth,
            separatorWidth: displayWidth(Self.cellSeparator)
        )

        var lines = renderRow(titles, widths: widths, bold: color)
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.ruleSeparator))
        for row in cells {
            lines += renderRow(row, widths: widths, bold: false)
        }
        if let footer {
            lines.append(visible(footer))
        }
        return lines.joined(separator: "\n")
    }

    /// One logical row, possibly several physical lines when a narrowed cell wraps; the other
    /// columns stay blank on continuation lines.
    private func renderRow(_ row: [String], widths: [Int], bold: Bool) -> [String] {
        let blocks = row.indices.map { index -> [String] in
            let text = row[index]
            guard displayWidth(text) > widths[index] else { return [text] }
            return wrap(text, toWidth: widths[index])
        }
        let height = blocks.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            let pieces = columns.indices.map { index -> String in
                let block = blocks[index]
                let text = lineIndex < block.count ? block[lineIndex] : ""
                return pad(text, toWidth: widths[index], alignment: columns[index].alignment, bold: bold)
            }
            return trimmingTrailingSpaces(pieces.joined(separator: Self.cellSeparator))
        }
    }
}

private func pad(_ text: String, toWidth width: Int, alignment: TextTable.Alignment, bold: Bool) -> String {
    let fill = String(repeating: " ", count: max(0, width - displayWidth(text)))
    let shown = bold && !text.isEmpty ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    switch alignment {
    case .left: return shown + fill
    case .right: return fill + shown
    }
}

private func trimmingTrailingSpaces(_ line: String) -> String {
    var end = line.endIndex
    while end > line.startIndex {
        let before = line.index(before: end)
        guard line[before] == " " else { break }
        end = before
    }
    return String(line[..<end])
}
