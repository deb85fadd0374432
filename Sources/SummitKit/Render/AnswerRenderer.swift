/// How answers are printed: which format, whether color is allowed, how wide the screen is.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    public var color: Bool
    /// The terminal width to wrap tables to; nil for no limit (pipes and files).
    public var width: Int?
    /// The language record text is shown in (JSON and CSV carry both whatever it is).
    public var language: AnswerLanguage

    public init(format: OutputFormat = .table, color: Bool = false, width: Int? = nil, language: AnswerLanguage = .both) {
        self.format = format
        self.color = color
        self.width = width
        self.language = language
    }
}

/// Prints an answer as a table, one JSON document, RFC 4180 CSV, or plain text.
public enum AnswerRenderer {
    public static func render(_ answer: Answer, _ options: RenderOptions) -> String {
        switch options.format {
        case .json:
            return answer.json.serialized(pretty: true)
        case .csv:
            let header = answer.columns
            let rows = answer.rows.map { row in header.map { cell(row[$0]) } }
            return csvDocument(header: header, rows: rows)
        case .text:
            let head = preamble(answer, options)
            if let doc = answer.document {
                return head + visible(doc.replacingMarks(open: "[[", close: "]]"))
            }
            return head + (answer.textLines.map(visible) + answer.notes.map { "note: " + visible($0) }).joined(separator: "\n")
        case .table, .expanded:
            let head = preamble(answer, options)
            if let doc = answer.document {
                let (open, close) = options.color ? ("\u{1B}[1;4m", "\u{1B}[0m") : ("[[", "]]")
                var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0).replacingMarks(open: "\u{1}", close: "\u{2}")) }
                lines = lines.map { $0.replacing("␁", with: open).replacing("␂", with: close) }
                if let w = options.width { lines = lines.flatMap { line in wrapPreservingMarks(line, w) } }
                return head + lines.joined(separator: "\n") + noteLines(answer, options)
            }
            var table = TextTable(columns: answer.tableColumns, rows: answer.cells)
            table.footer = answer.footer ?? TextTable.rowCountFooter(answer.rows.count)
            let expanded = options.format == .expanded || !table.fits(maxWidth: options.width)
            let body = expanded ? table.renderExpanded(maxWidth: options.width) : table.render(maxWidth: options.width, color: options.color)
            return head + body + noteLines(answer, options)
        }
    }

    /// What comes before the rows: how a natural question was understood, and a yes/no or
    /// summary line, each wrapped to the width.
    static func preamble(_ answer: Answer, _ options: RenderOptions) -> String {
        var out = ""
        if let u = answer.understoodAs { out += dim("understood as: " + visible(u), options).joined(separator: "\n") + "\n" }
        if let lead = answer.lead { out += (options.width.map { wrap(visible(lead), toWidth: $0) } ?? [visible(lead)]).joined(separator: "\n") + "\n" }
        return out
    }

    static func noteLines(_ answer: Answer, _ options: RenderOptions) -> String {
        answer.notes.map { "\n" + dim("note: " + visible($0), options).joined(separator: "\n") }.joined()
    }

    /// A line wrapped to the width, dimmed on a color terminal.
    static func dim(_ text: String, _ options: RenderOptions) -> [String] {
        let lines = options.width.map { wrap(text, toWidth: $0) } ?? [text]
        return options.color ? lines.map { "\u{1B}[2m" + $0 + "\u{1B}[0m" } : lines
    }

    /// A CSV cell for a JSON value: nested speakers show as their English name, lists joined.
    static func cell(_ v: JSONValue?) -> String {
        guard let v else { return "" }
        switch v {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .number(let d): return formatNumber(d)
        case .string(let s): return s
        case .array(let a): return a.map { cell($0) }.joined(separator: "; ")
        case .object:
            if let en = v["en"]?.stringValue, let ja = v["ja"]?.stringValue { return en == ja ? ja : "\(en) (\(ja))" }
            return v.serialized(pretty: false)
        }
    }

    private static func wrapPreservingMarks(_ line: String, _ width: Int) -> [String] {
        line.contains("\u{1B}") ? [line] : wrap(line, toWidth: width)
    }
}
