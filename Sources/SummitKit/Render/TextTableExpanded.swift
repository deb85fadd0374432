/// The expanded layout (psql's `\x`): one field per line, each record under a rule, for
/// answers whose columns cannot fit the terminal side by side even wrapped.
extension TextTable {
    /// Records of cells: a row whose cells are all empty but the last continues the row before
    /// it (a quote's Japanese under its English), so it joins that record's last field.
    var records: [[[String]]] {
        var out: [[[String]]] = []
        for row in rows {
            let cells = columns.indices.map { $0 < row.count ? row[$0] : "" }
            if !out.isEmpty, cells.count > 1, cells.dropLast().allSatisfy(\.isEmpty), let last = cells.last, !last.isEmpty {
                out[out.count - 1][cells.count - 1].append(last)
            } else {
                out.append(cells.map { [$0] })
            }
        }
        return out
    }

    public func renderExpanded(maxWidth: Int?) -> String {
        let titles = columns.map { visible($0.title) }
        let labelWidth = titles.map(displayWidth).max() ?? 0
        let valueWidth = maxWidth.map { max(10, $0 - labelWidth - 3) }
        var lines: [String] = []
        for (n, record) in records.enumerated() {
            let head = "-[ \(n + 1) ]"
            lines.append(head + String(repeating: "-", count: max(0, min(maxWidth ?? 40, 40) - displayWidth(head))))
            for (title, values) in zip(titles, record) {
                var first = true
                for value in values where !value.isEmpty || values.count == 1 {
                    let wrapped = valueWidth.map { wrap(visible(value), toWidth: $0) } ?? [visible(value)]
                    for piece in wrapped {
                        let label = first ? title : ""
                        lines.append(label + String(repeating: " ", count: labelWidth - displayWidth(label)) + " │ " + piece)
                        first = false
                    }
                }
            }
        }
        if let footer { lines.append(visible(footer)) }
        return lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop(while: { $0 == " " }).reversed()) : $0 }.joined(separator: "\n")
    }

    /// Whether the table, with its wrappable columns narrowed as far as they go, still fits, and
    /// without cutting an English word in two (`qualifi|er`, `elsewhe|re`): a narrow terminal
    /// reads one field per line better than broken words. Words past twelve cells (a URL) may break.
    func fits(maxWidth: Int?) -> Bool {
        guard let maxWidth else { return true }
        var natural = columns.map { displayWidth(visible($0.title)) }
        var longestWord = columns.map { Self.longestWord(visible($0.title)) }
        for row in rows {
            for index in columns.indices where index < row.count {
                let text = visible(row[index])
                natural[index] = max(natural[index], displayWidth(text))
                if columns[index].wrap { longestWord[index] = max(longestWord[index], Self.longestWord(text)) }
            }
        }
        let widths = Self.fittedWidths(natural: natural, wrappable: columns.map(\.wrap), maxWidth: maxWidth)
        guard widths.reduce(0, +) + displayWidth(Self.cellSeparator) * (widths.count - 1) <= maxWidth else { return false }
        return columns.indices.allSatisfy { !columns[$0].wrap || widths[$0] >= min(longestWord[$0], 12) }
    }

    /// The widest run of ASCII letters, digits and joining marks in `text` (Japanese breaks anywhere).
    static func longestWord(_ text: String) -> Int {
        var longest = 0, run = 0
        for b in text.utf8 {
            if b > 0x20 && b < 0x7F && b != 0x28 && b != 0x29 { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return longest
    }
}
