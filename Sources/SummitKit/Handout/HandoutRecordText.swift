/// The handout's last section: each line an answer cites, in record order, with its anchor, the
/// cited quote, figure or time marked, and the project's English rendering of the line under it.
/// In English alone (`--lang en`) a line with a rendering shows only that (its marks are in the
/// Japanese), and a line without one still shows the Japanese: nothing cited goes missing.
enum HandoutRecordText {
    static func html(_ citations: HandoutCitations, store: FactStore, language: AnswerLanguage = .both) -> String {
        let lines = citations.lines
        guard !lines.isEmpty else { return "<p class=\"note\">No answer cites a line of the record.</p>" }
        var out = ""
        var current: Int? = nil
        for cited in lines {
            let record = store.records[cited.record]
            if cited.record != current {
                if current != nil { out += "</ol>" }
                out += "<h3>\(htmlEscaped(record.name))</h3><ol class=\"record\">"
                current = cited.record
            }
            out += "<li id=\"\(cited.anchor)\"><span class=\"ln\">\(cited.line)</span><div class=\"text\">"
            let en = language == .ja ? nil : store.englishLine(record: cited.record, line: cited.line)
            if language != .en || en == nil {
                out += "<p class=\"ja\" lang=\"ja\">\(markedLine(record, cited.line, citations.marks[cited] ?? []))</p>"
            }
            if let en { out += "<p class=\"en\">\(htmlEscaped(en))</p>" }
            out += "</div></li>"
        }
        return out + "</ol>"
    }

    /// The line's text with each span inside `<mark>`; overlapping spans are merged.
    static func markedLine(_ record: Record, _ line: Int, _ spans: [Range<Int>]) -> String {
        let range = record.lineRange(line)
        var merged: [Range<Int>] = []
        for s in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let s = max(s.lowerBound, range.lowerBound)..<min(s.upperBound, range.upperBound)
            guard !s.isEmpty else { continue }
            if let last = merged.last, s.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
            } else { merged.append(s) }
        }
        var out = "", at = range.lowerBound
        for s in merged {
            out += htmlEscaped(record.text(at..<s.lowerBound)) + "<mark>" + htmlEscaped(record.text(s)) + "</mark>"
            at = s.upperBound
        }
        return out + htmlEscaped(record.text(at..<range.upperBound))
    }
}
