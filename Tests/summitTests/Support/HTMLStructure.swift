/// A strict reading of the handout's HTML, to prove its escaping: every `<` opens a tag from
/// the handout's own small vocabulary, every attribute is quoted and free of `<` and quotes,
/// every element closes in order, and text holds no raw `>` and only the entities the page
/// writes. A record line that leaked markup (`<img onerror>`, `</script>`) fails here.
struct HTMLStructure {
    static let voidTags: Set<String> = ["meta", "br"]
    static let tags: Set<String> = ["html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1", "h2", "h3",
                                    "p", "div", "span", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "mark", "a",
                                    "ol", "li", "br", "svg", "text", "line", "circle"]

    /// Problems found, empty when the page is well formed; `ids` and `links` (href="#…") as read.
    var problems: [String] = []
    var ids: [String] = []
    var links: [String] = []

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var i = 0, stack: [String] = [], text = ""
        func checkText() {
            defer { text = "" }
            if stack.last == "style" { return }
            if text.contains(">") { problems.append("raw > in text near \(text.prefix(60))") }
            var rest = Substring(text)
            while let amp = rest.firstIndex(of: "&") {
                let after = rest[amp...]
                if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(where: { after.hasPrefix($0) }) {
                    problems.append("bare & in text near \(after.prefix(20))")
                }
                rest = rest[rest.index(after: amp)...]
            }
        }
        while i < s.count {
            guard s[i] == "<" else { text.unicodeScalars.append(s[i]); i += 1; continue }
            checkText()
            var j = i + 1
            while j < s.count, s[j] != ">" { if s[j] == "<" { problems.append("< inside a tag at \(i)"); break }; j += 1 }
            guard j < s.count else { problems.append("unclosed tag at \(i)"); break }
            let tag = String(String.UnicodeScalarView(s[i + 1..<j]))
            i = j + 1
            if tag.hasPrefix("!") { if tag != "!DOCTYPE html" { problems.append("unexpected <\(tag)>") }; continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? String(tag.dropLast()) : tag
            let name = String(body.prefix { $0 != " " })
            guard Self.tags.contains(name) else { problems.append("unexpected tag <\(name)>"); continue }
            readAttributes(String(body.dropFirst(name.count)), of: name)
            if !selfClosing && !Self.voidTags.contains(name) { stack.append(name) }
        }
        checkText()
        if !stack.isEmpty { problems.append("never closed: \(stack)") }
    }

    /// ` class="x" href="#r1-L3"`: names, `=`, double-quoted values without `"` or `<`.
    mutating func readAttributes(_ attributes: String, of tag: String) {
        var rest = Substring(attributes)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            if rest.isEmpty { break }
            let name = rest.prefix { $0 != "=" && $0 != " " }
            rest = rest.dropFirst(name.count)
            guard rest.hasPrefix("=\"") else { problems.append("unquoted attribute \(name) on <\(tag)>"); return }
            rest = rest.dropFirst(2)
            guard let end = rest.firstIndex(of: "\"") else { problems.append("unterminated \(name) on <\(tag)>"); return }
            let value = String(rest[..<end])
            rest = rest[rest.index(after: end)...]
            if name.lowercased().hasPrefix("on") { problems.append("event handler \(name) on <\(tag)>") }
            if name == "id" { ids.append(value) }
            if name == "href" {
                if value.hasPrefix("#") { links.append(String(value.dropFirst())) } else { problems.append("link out of the page: \(value)") }
            }
        }
    }
}
