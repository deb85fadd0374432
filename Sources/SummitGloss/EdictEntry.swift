/// One line of EDICT, reduced to what a word gloss needs: its spellings, its readings and the
/// first English gloss of its first sense.
///
/// The line format is `漢字 [かな] /(n,vs) (1) gloss/gloss/(2) gloss/(P)/`, or `かな /…/` for
/// words written in kana; EDICT2 lines may list several spellings or readings split by `;`,
/// each possibly marked like `(P)` or `(iK)`, and end with an `EntL…` sequence number.
struct EdictEntry: Sendable, Equatable {
    var headwords: [String]
    var readings: [String]
    /// The first gloss of the first sense that has a letter in it (兆 → "trillion", not
    /// "10^12"), with bracketed notes removed and, for verbs, without the leading "to ".
    var gloss: String
    var classes: WordClass
    /// Marked (P): a common word, preferred when spellings collide.
    var isCommon: Bool
    /// Marked (uk): usually written in kana, so a kana word may be looked up by its reading.
    var isUsuallyKana: Bool

    /// nil for the header line, blank lines and anything without a gloss.
    init?(line: Substring) {
        guard !line.hasPrefix("　？？？"), let slash = line.firstRange(of: " /") else { return nil }
        let head = line[..<slash.lowerBound]
        let body = line[slash.upperBound...]

        if let open = head.firstIndex(of: "["), let close = head.lastIndex(of: "]"), open < close {
            headwords = Self.variants(head[..<open])
            readings = Self.variants(head[head.index(after: open)..<close])
        } else {
            headwords = Self.variants(head)
            readings = []
        }
        guard !headwords.isEmpty else { return nil }

        let fields = body.split(separator: "/").filter { !$0.hasPrefix("EntL") && !$0.allSatisfy { $0 == " " } }
        isCommon = fields.contains { $0 == "(P)" }
        var classes: WordClass = []
        var usuallyKana = false
        var firstSense: [Substring] = []
        for (k, field) in fields.enumerated() where field != "(P)" {
            let (markers, text) = Self.leadingMarkers(field)
            let number = markers.lazy.compactMap { Int($0) }.first
            if k > 0, let number, number > 1 { break }
            for marker in markers {
                classes.formUnion(WordClass(edictMarker: marker))
                if marker == "uk" { usuallyKana = true }
            }
            if !text.isEmpty { firstSense.append(text) }
        }
        guard let chosen = firstSense.first(where: { $0.contains(where: \.isLetter) && $0.contains(where: \.isASCII) }) ?? firstSense.first
        else { return nil }
        var gloss = Self.withoutBracketedNotes(chosen)
        if gloss.isEmpty { gloss = String(chosen) }
        if classes.contains(.verb), gloss.hasPrefix("to "), gloss.count > 3 { gloss.removeFirst(3) }
        self.gloss = gloss
        self.classes = classes
        self.isUsuallyKana = usuallyKana
    }

    /// `漢字;漢字(iK)` → ["漢字", "漢字"]: spellings or readings with their markers dropped.
    private static func variants(_ text: Substring) -> [String] {
        text.split(separator: ";").map { part -> String in
            var p = part
            while let open = p.lastIndex(of: "("), p.last == ")" { p = p[..<open] }
            return p.trimmingSpaces()
        }.filter { !$0.isEmpty }
    }

    /// `(n,vs) (1) {comp} text` → (["n", "vs", "1", "comp"], "text").
    private static func leadingMarkers(_ field: Substring) -> ([Substring], Substring) {
        var markers: [Substring] = []
        var rest = field.drop { $0 == " " }
        while let first = rest.first, first == "(" || first == "{" {
            let closing: Character = first == "(" ? ")" : "}"
            guard let close = rest.firstIndex(of: closing) else { break }
            markers += rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map { $0.drop { $0 == " " } }
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        return (markers, rest)
    }

    /// "chancellor (Germany, Austria, etc.)" → "chancellor".
    private static func withoutBracketedNotes(_ text: Substring) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return out.split(separator: " ").joined(separator: " ")
    }
}

extension Substring {
    /// Without leading or trailing ASCII spaces.
    func trimmingSpaces() -> String {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
