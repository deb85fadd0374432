/// How a reader sees an answer's values (table cells, `as text` lines): one or more lines per
/// value, in the language asked for. Data formats do not come through here.
public enum ReaderText {
    public static func lines(_ v: AnswerValue, _ column: AnswerColumn?, _ language: AnswerLanguage) -> [String] {
        switch v {
        case .null, .fields, .place: return []
        case .text(let s), .id(let s): return [s]
        case .int(let i): return [String(i)]
        case .number(let d): return [groupedNumber(d)]
        case .lines(let ls):
            if case .lines(let keep)? = column?.kind { return [abbreviatedLines(ls, keep: keep)] }
            return [abbreviatedLines(ls)]
        case .bilingual(let b): return lines(b, language)
        case .speaker(let s): return [label(s, language)]
        case .list(let vs): return [vs.map { lines($0, nil, language).joined(separator: " ") }.joined(separator: ", ")]
        case .places(let ps): return [String(ps.count)]
        case .stack(let vs): return vs.flatMap { lines($0, nil, language) }
        case .shown(_, let shown): return lines(shown, column, language)
        }
    }

    /// Japanese and English, as the language asks: English first for `both`; a quote in its
    /// marks (a gloss is labelled, not marked); a heading in one language; a phrase inline.
    public static func lines(_ b: Bilingual, _ language: AnswerLanguage) -> [String] {
        let ja = b.style == .quote ? "「\(b.ja)」" : b.ja
        let en: String?
        switch b.en {
        case .rendering(let s)?: en = b.style == .quote ? "\u{201C}\(s)\u{201D}" : s
        case .gloss(let s)?: en = b.style == .quote ? s : nil
        case nil: en = nil
        }
        guard language != .ja, let en else { return [ja] }
        switch (b.style, language) {
        case (.reading, .both): return [ja]
        case (_, .en), (.heading, _): return [en]
        case (.inline, _): return ["\(en) (\(ja))"]
        default: return [en, ja]
        }
    }

    /// A speaker as a reader of the language sees them: `Trump` in English, `Trump (トランプ大統領)`
    /// for both languages and Japanese (the report's own name is what a reader of Japanese knows).
    public static func label(_ s: Speaker, _ language: AnswerLanguage) -> String {
        language == .en ? s.en : s.label
    }

    /// A value on one line.
    public static func line(_ v: AnswerValue, _ column: AnswerColumn?, _ language: AnswerLanguage) -> String {
        lines(v, column, language).joined(separator: " ")
    }

    /// One row as `as text` writes it.
    public static func textLine(_ answer: Answer, _ row: AnswerRow, _ language: AnswerLanguage) -> String {
        var out = ""
        for piece in answer.textLine {
            switch piece {
            case .words(let w): out += w
            case .value(let name):
                out += answer.column(name).map { line(row.values[$0.index], $0.column, language) } ?? ""
            case .around(let name, let before, let after, let otherwise):
                guard let (i, c) = answer.column(name) else { continue }
                let text = line(row.values[i], c, language)
                out += text.isEmpty ? otherwise : before + text + after
            case .counted(let name, let noun):
                guard let (i, c) = answer.column(name) else { continue }
                let text = line(row.values[i], c, language)
                out += "\(text) \(noun)\(text == "1" ? "" : "s")"
            }
        }
        return out
    }
}
