/// `summit run SCRIPT --html FILE`: one self-contained page a teacher hands out. The script's
/// narration as paragraphs, each query with its answer, the timeline as an SVG picture, and
/// at the end every record line an answer cites, its quote or figure marked. Nothing is fetched
/// (inline style, inline SVG, system fonts; a Content-Security-Policy that forbids any load), so
/// it works offline and from a mail attachment, and it prints on A4. `language` is the shell's
/// `--lang`: a class that reads no Japanese gets English wherever an English reading exists.
public enum HandoutPage {
    public static func html(title: String, steps: [HandoutStep], store: FactStore, language: AnswerLanguage = .both) -> String {
        var citations = HandoutCitations(store: store)
        var body = ""
        for step in steps {
            switch step {
            case .narration(let lines):
                body += "<p class=\"narration\">\(narration(lines.joined(separator: " ")))</p>"
            case .query(let text, let line, let answer, let format):
                body += "<section class=\"step\">" + queryLine(text, line)
                body += HandoutAnswer.html(answer, format: format, language: language, citations: &citations) + "</section>"
            case .failed(let text, let line, let message):
                body += "<section class=\"step\">" + queryLine(text, line) + "<p class=\"error\">\(htmlEscaped(message))</p></section>"
            case .notRun(let text, let line):
                body += "<section class=\"step\">" + queryLine(text, line) + "<p class=\"note\">a shell command: not run for the handout</p></section>"
            }
        }
        let timeline = HandoutTimeline(facts: store.exportedFacts(kind: "time")) { fact in
            fact["id"]?.stringValue.flatMap { citations.cite(fact: $0) } ?? []
        }
        var timelineNote = ""
        if timeline.undrawn > 0 {
            timelineNote = "<p class=\"note\">\(timeline.undrawn) more time expressions give no clock time with a zone (a date alone, きょう, 来週): <code>timeline all</code> lists them.</p>"
        }
        let records = store.records.map { "\(htmlEscaped($0.name)) (checksum \(htmlEscaped($0.checksum)))" }.joined(separator: ", ")
        let queries = steps.filter { if case .query = $0 { return true } else { return false } }.count
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(htmlEscaped(title))</title>
        <style>
        \(HandoutStyle.css)
        </style>
        </head>
        <body>
        <header><h1>\(htmlEscaped(title))</h1>
        <p class="meta">\(queries) question\(queries == 1 ? "" : "s") answered from \(records) by summit. Line numbers link to the record's text at the end.</p></header>
        <main>
        \(body)
        <section id="timeline"><h2>Timeline</h2>
        \(timeline.svg())\(timelineNote)
        </section>
        <section id="record"><h2>The record's lines cited</h2>
        \(HandoutRecordText.html(citations, store: store, language: language))
        </section>
        </main>
        </body>
        </html>

        """
    }

    static func queryLine(_ text: String, _ line: Int) -> String {
        "<div class=\"query\"><span class=\"prompt\">summit&gt;</span><code class=\"q\">\(htmlEscaped(text))</code><span class=\"where\">line \(line)</span></div>"
    }

    /// Narration text escaped, with `backticked` words shown as code.
    static func narration(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return htmlEscaped(text) }
        return parts.enumerated().map { i, p in
            // An unmatched last backtick stays a backtick.
            if i % 2 == 1, i < parts.count - 1 { return "<code>\(htmlEscaped(String(p)))</code>" }
            return (i % 2 == 1 ? "`" : "") + htmlEscaped(String(p))
        }.joined()
    }
}
