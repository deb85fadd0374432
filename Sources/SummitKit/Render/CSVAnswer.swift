/// Answers as CSV: the header is the answer's column names, one row per fact, one plain value
/// per cell (a bilingual column fills its Japanese and English cells; a list is joined with
/// "; "; a small record is written `key=value, …`). No line is left blank at the end.
public enum CSVAnswer {
    public static func document(_ answer: Answer, headers: Bool = true) -> String {
        var rows: [[String]] = []
        rows.reserveCapacity(answer.rows.count)
        for row in answer.rows {
            var cells: [String] = []
            for (c, v) in zip(answer.columns, row.values) {
                if case .bilingual(let b) = v.data {
                    cells.append(b.ja)
                    cells.append(b.rendering ?? "")
                    if c.hasGloss { cells.append(b.gloss ?? "") }
                } else {
                    cells.append(cell(v))
                    if c.isBilingual { cells += c.hasGloss ? ["", ""] : [""] }
                }
            }
            rows.append(cells)
        }
        return csvDocument(header: headers ? answer.columnNames : nil, rows: rows)
    }

    static func cell(_ v: AnswerValue) -> String {
        switch v {
        case .null: return ""
        case .text(let s), .id(let s): return s
        case .bilingual(let b): return b.ja
        case .int(let i): return String(i)
        case .number(let d): return formatNumber(d)
        case .lines(let ls): return ls.map(String.init).joined(separator: "; ")
        case .speaker(let s): return s.label
        case .list(let vs), .stack(let vs): return vs.map(cell).joined(separator: "; ")
        case .fields(let fs): return fs.filter { !$0.1.isNull }.map { "\($0.0)=\(cell($0.1))" }.joined(separator: ", ")
        case .place(let p): return cell(.fields(AnswerValue.fields(of: p)))
        case .places(let ps): return ps.map { "\($0.record):\($0.line)" }.joined(separator: "; ")
        case .shown(let v, _): return cell(v)
        }
    }
}
