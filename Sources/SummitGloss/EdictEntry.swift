/// One line of EDICT, reduced to what a word gloss needs: its spellings, its readings and the
/// first English gloss of its first sense.
///
/// The line format is `漢字 [かな] /(n,vs) (1) gloss/gloss/(2) gloss/(P)/`, or `かな /…/` for
/// words written in kana; EDICT2 lines may list several spellings or readings split by `;`,
/// each possibly marked like `(P)` or `(iK)`, and end with an `EntL…` sequence number.
/// Parsed as UTF-8 bytes: every delimiter is ASCII, and the whole file (267,000 lines) is
/// parsed on the first gloss, where Character-by-Character parsing took seconds.
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

    init?(line: String) {
        var line = line
        guard let entry = line.withUTF8({ EdictEntry(utf8: $0) }) else { return nil }
        self = entry
    }

    /// nil for the header line (it starts with an ideographic space), blank lines and anything
    /// without a gloss.
    init?(utf8 line: UnsafeBufferPointer<UInt8>) {
        let n = line.count
        guard n > 2, line[0] != 0xE3 || line[1] != 0x80 || line[2] != 0x80 else { return nil }
        var slash = 0
        while slash + 1 < n && !(line[slash] == 0x20 && line[slash + 1] == 0x2F) { slash += 1 }
        guard slash + 1 < n else { return nil }

        let open = (0..<slash).first { line[$0] == 0x5B }           // [
        let close = (0..<slash).last { line[$0] == 0x5D }           // ]
        if let open, let close, open < close {
            headwords = Self.variants(line, 0..<open)
            readings = Self.variants(line, open + 1..<close)
        } else {
            headwords = Self.variants(line, 0..<slash)
            readings = []
        }
        guard !headwords.isEmpty else { return nil }

        var classes: WordClass = []
        var common = false
        var usuallyKana = false
        var chosen: Range<Int>?         // the first gloss of the first sense with a letter in it
        var fallback: Range<Int>?       // the first gloss, if none has a letter ("10^8")
        var senseEnded = false
        var start = slash + 2
        var fieldIndex = 0
        while start < n {
            var end = start
            while end < n && line[end] != 0x2F { end += 1 }
            defer { start = end + 1 }
            let field = Self.trimmed(line, start..<end)
            guard !field.isEmpty, !Self.hasPrefix(line, field, "EntL") else { continue }
            if Self.equals(line, field, "(P)") { common = true; continue }
            defer { fieldIndex += 1 }
            guard !senseEnded else { continue }
            // Leading (n,vs) (1) {comp} groups: markers, then the gloss text.
            let text = Self.trimmed(line, Self.markerGroupsEnd(line, field)..<field.upperBound)
            let groups = field.lowerBound..<text.lowerBound
            if fieldIndex > 0, Self.markers(line, groups, contain: { Self.number(line, $0).map { $0 > 1 } ?? false }) {
                senseEnded = true
                continue
            }
            _ = Self.markers(line, groups) { marker in
                classes.formUnion(WordClass(edictMarker: UnsafeBufferPointer(rebasing: line[marker])))
                if Self.equals(line, marker, "uk") { usuallyKana = true }
                return false
            }
            guard !text.isEmpty, chosen == nil else { continue }
            if fallback == nil { fallback = text }
            if text.contains(where: { (0x41...0x5A).contains(line[$0]) || (0x61...0x7A).contains(line[$0]) }) { chosen = text }
        }
        guard let chosen = chosen ?? fallback else { return nil }
        var gloss = Self.withoutBracketedNotes(line, chosen)
        if gloss.isEmpty { gloss = String(decoding: UnsafeBufferPointer(rebasing: line[chosen]), as: UTF8.self) }
        if classes.contains(.verb), gloss.hasPrefix("to "), gloss.utf8.count > 3 { gloss.removeFirst(3) }
        self.gloss = gloss
        self.classes = classes
        self.isCommon = common
        self.isUsuallyKana = usuallyKana
    }

    /// Where the leading `(…)` and `{…}` groups of a gloss field end.
    private static func markerGroupsEnd(_ line: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Int {
        var k = field.lowerBound
        while k < field.upperBound, line[k] == 0x28 || line[k] == 0x7B {                    // ( {
            let closing: UInt8 = line[k] == 0x28 ? 0x29 : 0x7D
            guard let c = (k..<field.upperBound).first(where: { line[$0] == closing }) else { break }
            k = c + 1
            while k < field.upperBound && line[k] == 0x20 { k += 1 }
        }
        return k
    }

    /// Calls `body` with each comma-separated marker inside the groups, until it returns true.
    private static func markers(_ line: UnsafeBufferPointer<UInt8>, _ groups: Range<Int>,
                                contain body: (Range<Int>) -> Bool) -> Bool {
        var m = groups.lowerBound
        for k in groups {
            switch line[k] {
            case 0x28, 0x7B: m = k + 1                                                        // ( {
            case 0x2C, 0x29, 0x7D:                                                            // , ) }
                if body(trimmed(line, m..<k)) { return true }
                m = k + 1
            default: break
            }
        }
        return false
    }

    /// `漢字;漢字(iK)` → ["漢字", "漢字"]: spellings or readings with their markers dropped.
    private static func variants(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        var out: [String] = []
        var start = range.lowerBound
        for k in range.lowerBound...range.upperBound where k == range.upperBound || line[k] == 0x3B {   // ;
            var part = trimmed(line, start..<k)
            while part.count > 1, line[part.upperBound - 1] == 0x29,
                  let open = part.last(where: { line[$0] == 0x28 }) {
                part = trimmed(line, part.lowerBound..<open)
            }
            if !part.isEmpty { out.append(String(decoding: UnsafeBufferPointer(rebasing: line[part]), as: UTF8.self)) }
            start = k + 1
        }
        return out
    }

    /// "chancellor (Germany, Austria, etc.)" → "chancellor", spaces collapsed.
    private static func withoutBracketedNotes(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var depth = 0
        for k in range {
            let b = line[k]
            if b == 0x28 { depth += 1 } else if b == 0x29 { depth = max(0, depth - 1) } else if depth == 0 {
                if b == 0x20 && (out.isEmpty || out.last == 0x20) { continue }
                out.append(b)
            }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b && line[a] == 0x20 { a += 1 }
        while b > a && line[b - 1] == 0x20 { b -= 1 }
        return a..<b
    }

    private static func equals(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && hasPrefix(line, range, text)
    }

    private static func hasPrefix(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard range.count >= n else { return false }
        let p = text.utf8Start
        for i in 0..<n where line[range.lowerBound + i] != p[i] { return false }
        return true
    }

    /// A sense number marker such as `2`, or nil.
    private static func number(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 3, range.allSatisfy({ (0x30...0x39).contains(line[$0]) }) else { return nil }
        return range.reduce(0) { $0 * 10 + Int(line[$1] - 0x30) }
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
