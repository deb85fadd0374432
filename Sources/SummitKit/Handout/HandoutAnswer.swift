/// An answer as the handout shows it: what the question was understood as, the yes/no line,
/// the rows as an HTML table (or a document, or the JSON/CSV/text the query asked for), the
/// notes, and the record lines the rows cite, each linked to the record section.
///
/// The handout is a fifth renderer of the typed answer: rows are read through their JSON shape
/// for what they cite, and shown column by column as a reader sees them (in the language asked for).
enum HandoutAnswer {
    static func html(_ answer: Answer, format: OutputFormat?, language: AnswerLanguage, citations: inout HandoutCitations) -> String {
        // Each typed row's own citations (a grouped answer's JSON nests its rows: cite row by row).
        let cited = answer.rows.map { cite(JSONAnswer.object(answer.columns, $0.values), into: &citations) }
        var out = ""
        if let u = answer.understoodAs { out += "<p class=\"understood\">understood as: <code>\(htmlEscaped(u))</code></p>" }
        if let lead = answer.lead { out += "<p class=\"lead\">\(htmlEscaped(lead))</p>" }
        switch format ?? .table {
        case .table, .expanded:
            if let doc = answer.document { out += "<pre class=\"document\">\(markedDocument(doc))</pre>" }
            else { out += table(answer, cited: cited, language: language) }
        case .json, .csv, .text:
            let rendered = AnswerRenderer.render(answer, RenderOptions(format: format ?? .table, color: false, width: nil, language: language))
            out += "<pre class=\"document\">\(htmlLinesPlain(rendered))</pre>"
        }
        for note in answer.notes + answer.readerNotes { out += "<p class=\"note\">note: \(htmlEscaped(note))</p>" }
        let lines = cited.flatMap { $0 }.reduce(into: [CitedLine]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
        if !lines.isEmpty {
            out += "<p class=\"cites\">Cited: " + lines.map { "<a href=\"#\($0.anchor)\">line \($0.line)</a>" }.joined(separator: " · ") + "</p>"
        }
        return out
    }

    /// What a row cites: the fact each `id` names (every place, its text marked), and the lines
    /// in `line` and `lines` of the record in `record`, at any depth (a speaker's grouped quotes,
    /// a conversion's rate).
    static func cite(_ row: JSONValue, record: String? = nil, into citations: inout HandoutCitations) -> [CitedLine] {
        var out: [CitedLine] = []
        switch row {
        case .array(let items):
            for item in items { out += cite(item, record: record, into: &citations).filter { !out.contains($0) } }
        case .object(let fields):
            if let id = row["id"]?.stringValue, let places = citations.cite(fact: id) { out += places.filter { !out.contains($0) } }
            let record = row["record"]?.stringValue ?? record
            let numbers = [row["line"]].compactMap { $0?.intValue } + (row["lines"]?.arrayValue ?? []).compactMap(\.intValue)
            for n in numbers { if let c = citations.cite(line: n, record: record), !out.contains(c) { out.append(c) } }
            for (key, value) in fields where key != "lines" {
                if case .string = value { continue }
                out += cite(value, record: record, into: &citations).filter { !out.contains($0) }
            }
        default: break
        }
        return out
    }

    static func table(_ answer: Answer, cited: [[CitedLine]], language: AnswerLanguage) -> String {
        let shown = answer.shown.compactMap { answer.column($0) }
        let groupIndex = answer.grouping.flatMap { answer.column($0.column)?.index }
        let starts = answer.groupStarts
        let all = cited.flatMap { $0 }
        var out = "<table><thead><tr>"
        for (_, c) in shown { out += "<th\(c.alignment == .right ? " class=\"num\"" : "")>\(htmlEscaped(c.title ?? c.name))</th>" }
        out += "</tr></thead><tbody>"
        for (r, row) in answer.rows.enumerated() {
            // The rows of a group after its first go on from it: no rule between them.
            out += groupIndex != nil && !starts[r] ? "<tr class=\"cont\">" : "<tr>"
            for (i, column) in shown {
                let lines = i == groupIndex && !starts[r] ? [] : ReaderText.lines(row.values[i], column, language)
                let isLine: Bool
                if case .lines = column.kind { isLine = true } else { isLine = column.name == "line" }
                let body = lines.map { isLine ? linkedLines($0, cited.indices.contains(r) ? cited[r] : all) : htmlEscaped($0) }
                out += "<td\(column.alignment == .right ? " class=\"num\"" : "")>\(body.joined(separator: "<br>"))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table>"
        let footer = AnswerRenderer.table(answer, language).footer ?? TextTable.rowCountFooter(answer.rows.count)
        return out + "<p class=\"footer\">\(htmlEscaped(footer))</p>"
    }

    /// A line-number cell (`140`, `36,144,…`) with each number the row cites linked to it.
    static func linkedLines(_ cell: String, _ cited: [CitedLine]) -> String {
        cell.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let s = String(part)
            if let n = Int(s.trimmedOfSpaces()), let c = cited.first(where: { $0.line == n }) {
                return "<a href=\"#\(c.anchor)\">\(htmlEscaped(s))</a>"
            }
            return htmlEscaped(s)
        }.joined(separator: ",")
    }
}

/// Pre-formatted text, each line escaped, line breaks kept as they are.
func htmlLinesPlain(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { htmlEscaped(String($0)) }.joined(separator: "\n")
}

/// A `source` document: its match (between \u{1} and \u{2}) as `<mark>`, everything escaped,
/// marks balanced whatever the text holds.
func markedDocument(_ doc: String) -> String {
    var out = "", piece = "", open = false
    func flush() { out += htmlLinesPlain(piece); piece = "" }
    for s in doc.unicodeScalars {
        if s == "\u{1}", !open { flush(); out += "<mark>"; open = true }
        else if s == "\u{2}", open { flush(); out += "</mark>"; open = false }
        else if s != "\u{1}" && s != "\u{2}" { piece.unicodeScalars.append(s) }
    }
    flush()
    return out + (open ? "</mark>" : "")
}
