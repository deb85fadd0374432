/// How answers are printed: which format, whether color is allowed, how wide the screen is.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    public var color: Bool
    /// The terminal width to wrap tables to; nil for no limit (pipes and files).
    public var width: Int?
    /// The language record text is shown in (JSON and CSV carry both whatever it is).
    public var language: AnswerLanguage
    /// Whether tables and CSV begin with their column titles (`.headers on|off`).
    public var headers: Bool

    public init(format: OutputFormat = .table, color: Bool = false, width: Int? = nil, language: AnswerLanguage = .both,
                headers: Bool = true) {
        self.format = format
        self.color = color
        self.width = width
        self.language = language
        self.headers = headers
    }
}

/// Prints an answer as a table, one JSON document, RFC 4180 CSV, or plain text.
public enum AnswerRenderer {
    public static func render(_ answer: Answer, _ options: RenderOptions) -> String {
        switch options.format {
        case .json:
            return JSONAnswer.document(answer).serialized(pretty: true)
        case .csv:
            return CSVAnswer.document(answer, headers: options.headers)
        case .text:
            let head = preamble(answer, options)
            if let doc = answer.document {
                return head + visible(doc.replacingMarks(open: "[[", close: "]]"))
            }
            return head + (textLines(answer, options.language).map(visible) + (answer.notes + answer.readerNotes).map { "note: " + visible($0) }).joined(separator: "\n")
        case .table, .expanded:
            let head = preamble(answer, options)
            if let doc = answer.document {
                let (open, close) = options.color ? ("\u{1B}[1;4m", "\u{1B}[0m") : ("[[", "]]")
                var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0).replacingMarks(open: "\u{1}", close: "\u{2}")) }
                lines = lines.map { $0.replacing("␁", with: open).replacing("␂", with: close) }
                if let w = options.width { lines = lines.flatMap { line in wrapPreservingMarks(line, w) } }
                return head + lines.joined(separator: "\n") + noteLines(answer, options)
            }
            var table = self.table(answer, options.language)
            table.header = options.headers
            let expanded = options.format == .expanded || !table.fits(maxWidth: options.width)
            let body = expanded ? table.renderExpanded(maxWidth: options.width) : table.render(maxWidth: options.width, color: options.color)
            return head + body + noteLines(answer, options)
        }
    }

    /// The shown columns as a table: a value of several lines (a quote's English over its
    /// Japanese) takes as many table lines, the other cells blank beside it; a grouped
    /// column's value is shown once per group.
    public static func table(_ answer: Answer, _ language: AnswerLanguage) -> TextTable {
        let shown = answer.shown.compactMap { answer.column($0) }
        let groupIndex = answer.grouping.flatMap { answer.column($0.column)?.index }
        let starts = answer.groupStarts
        var cells: [[String]] = []
        cells.reserveCapacity(answer.rows.count * 2)
        for (r, row) in answer.rows.enumerated() {
            let lines = shown.map { i, c in
                i == groupIndex && !starts[r] ? [] : ReaderText.lines(row.values[i], c, language)
            }
            let height = max(1, lines.map(\.count).max() ?? 1)
            for k in 0..<height { cells.append(lines.map { k < $0.count ? $0[k] : "" }) }
        }
        var table = TextTable(columns: shown.map { $0.column.tableColumn(language) }, rows: cells)
        table.footer = answer.footer ?? defaultFooter(answer)
        return table
    }

    /// "(3 rows)", or for a grouped answer "(2 speakers, 3 quotes)".
    static func defaultFooter(_ answer: Answer) -> String {
        guard let g = answer.grouping else { return TextTable.rowCountFooter(answer.rows.count) }
        func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return "(" + counted(answer.groupStarts.filter { $0 }.count, g.column) + ", " + counted(answer.rows.count, g.noun) + ")"
    }

    /// `as text`: a line per row; a grouped answer heads each group with its value and count.
    static func textLines(_ answer: Answer, _ language: AnswerLanguage) -> [String] {
        guard let g = answer.grouping, let (k, c) = answer.column(g.column) else {
            return answer.rows.map { ReaderText.textLine(answer, $0, language) }
        }
        let starts = answer.groupStarts
        var out: [String] = []
        for (r, row) in answer.rows.enumerated() {
            if starts[r] {
                let n = (starts[(r + 1)...].firstIndex(of: true) ?? starts.count) - r
                out.append(ReaderText.line(row.values[k], c, language) + ": \(n) \(g.noun)\(n == 1 ? "" : "s")")
            }
            out.append("  " + ReaderText.textLine(answer, row, language))
        }
        return out
    }

    /// What comes before the rows: how a natural question was understood, and a yes/no or
    /// summary line, each wrapped to the width.
    static func preamble(_ answer: Answer, _ options: RenderOptions) -> String {
        var out = ""
        if let u = answer.understoodAs { out += dim("understood as: " + visible(u), options).joined(separator: "\n") + "\n" }
        if var lead = answer.lead {
            if options.language == .en { lead = answer.inGlossedNames(lead) }
            out += (options.width.map { wrap(visible(lead), toWidth: $0) } ?? [visible(lead)]).joined(separator: "\n") + "\n"
        }
        return out
    }

    static func noteLines(_ answer: Answer, _ options: RenderOptions) -> String {
        (answer.notes + answer.readerNotes).map { "\n" + dim("note: " + visible($0), options).joined(separator: "\n") }.joined()
    }

    /// A line wrapped to the width, dimmed on a color terminal.
    static func dim(_ text: String, _ options: RenderOptions) -> [String] {
        let lines = options.width.map { wrap(text, toWidth: $0) } ?? [text]
        return options.color ? lines.map { "\u{1B}[2m" + $0 + "\u{1B}[0m" } : lines
    }

    private static func wrapPreservingMarks(_ line: String, _ width: Int) -> [String] {
        line.contains("\u{1B}") ? [line] : wrap(line, toWidth: width)
    }
}

extension AnswerColumn {
    /// How a table lays the column out for a reader of `language`.
    func tableColumn(_ language: AnswerLanguage) -> TextTable.Column {
        .init(title: (language == .en ? englishTitle : nil) ?? title ?? name, alignment: alignment, wrap: wrap)
    }
}
