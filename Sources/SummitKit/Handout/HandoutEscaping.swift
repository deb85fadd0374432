/// Record text, script lines and file names go into the handout's HTML, where `<`, `&` or a
/// quote would start markup and a bidi override would make a line read differently from what
/// it says. Every piece of text the handout did not write itself comes through here: controls
/// are made visible first (the same stand-ins as on the terminal: ␛, `<U+202E>`), then the five
/// characters HTML gives meaning to become entities, so the result is safe both as element
/// text and inside a double- or single-quoted attribute.
public func htmlEscaped(_ text: String) -> String {
    let shown = visible(text)
    guard shown.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return shown }
    var out = ""
    out.reserveCapacity(shown.utf8.count + 16)
    for ch in shown.unicodeScalars {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out
}

/// Text of several lines (a bilingual cell: English, then the Japanese under it): each line
/// escaped, line breaks kept as `<br>`; a line with Japanese in it is marked `lang="ja"` so the
/// browser picks a Japanese font for it.
func htmlLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { line in
            let s = String(line)
            return containsJapanese(s) ? "<span lang=\"ja\">\(htmlEscaped(s))</span>" : htmlEscaped(s)
        }
        .joined(separator: "<br>")
}

