/// Reads numbers as Japanese news writes them: Arabic digits (half- or full-width, with commas
/// and a decimal point), kanji numerals, and the myriad scales 万/億/兆 (1兆5000億 = 1.5e12).
public enum JapaneseNumber {
    struct Parsed: Equatable {
        let value: Double
        /// Byte offset just past the number.
        let end: Int
        /// True when only kanji numerals were used (三千億): such runs need a unit to count.
        let kanjiOnly: Bool
        let hasScale: Bool
    }

    /// A half- or full-width digit (the toolkit's reader, named here for the number rules).
    static func digit(_ bytes: [UInt8], _ i: Int, _ end: Int) -> (Int, Int)? { UTF8Bytes.digit(bytes, i, end) }

    static let kanjiDigits: [(String, Int)] = [("〇", 0), ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9)]
    static let kanjiSmallScales: [(String, Int)] = [("十", 10), ("百", 100), ("千", 1000)]
    static let bigScales: [(String, Double)] = [("兆", 1e12), ("億", 1e8), ("万", 1e4)]
    static let kanjiDigitBytes = kanjiDigits.map { (Array($0.0.utf8), $0.1) }
    static let smallScaleBytes = kanjiSmallScales.map { (Array($0.0.utf8), $0.1) }
    static let bigScaleBytes = bigScales.map { (Array($0.0.utf8), $0.1) }

    static func kanjiDigit(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        for (p, v) in kanjiDigitBytes where UTF8Bytes.matches(bytes, at: i, p, limit: end) { return v }
        return nil
    }
    static func smallScale(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        for (p, v) in smallScaleBytes where UTF8Bytes.matches(bytes, at: i, p, limit: end) { return v }
        return nil
    }
    static func bigScale(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Double? {
        for (p, v) in bigScaleBytes where UTF8Bytes.matches(bytes, at: i, p, limit: end) { return v }
        return nil
    }

    /// The characters a number can start with (digits, full-width digits, kanji numerals).
    static let starts: StartFilter = {
        var f = StartFilter()
        for c in "0123456789０１２３４５６７８９" { f.insert(Array(String(c).utf8)) }
        for (k, _) in kanjiDigitBytes + smallScaleBytes { f.insert(k) }
        return f
    }()

    /// Whether a number can start at `i` (a digit or kanji numeral). Kanji numerals all start
    /// with E3, E4, E5 or E7, so most characters are ruled out by their first byte.
    static func startsNumber(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        let b = bytes[i]
        if b >= 0x30 && b <= 0x39 { return true }
        switch b {
        case 0xEF: return digit(bytes, i, end) != nil
        case 0xE3, 0xE4, 0xE5, 0xE7:
            guard i + 2 < end else { return false }
            // 〇 一 七 三 九 二 五 八 六 十 千 四 百, by their three bytes.
            switch UInt32(b) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) {
            case 0xE38087, 0xE4B880, 0xE4B883, 0xE4B889, 0xE4B99D, 0xE4BA8C, 0xE4BA94,
                 0xE585AB, 0xE585AD, 0xE58D81, 0xE58D83, 0xE59B9B, 0xE799BE: return true
            default: return false
            }
        default: return false
        }
    }

    /// A group below 万: Arabic (1,500.5 / １５００) or kanji (三千二百).
    static func group(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (value: Double, end: Int, kanji: Bool)? {
        var i = start
        if digit(bytes, i, end) != nil {
            var text = ""
            var sawPoint = false
            while i < end {
                if let (d, n) = digit(bytes, i, end) { text.append(Character(String(d))); i += n; continue }
                // A comma or point counts only between digits.
                let isComma = bytes[i] == 0x2C || UTF8Bytes.matches(bytes, at: i, [0xEF, 0xBC, 0x8C], limit: end)
                let isPoint = bytes[i] == 0x2E || UTF8Bytes.matches(bytes, at: i, [0xEF, 0xBC, 0x8E], limit: end)
                let width = bytes[i] < 0x80 ? 1 : 3
                if (isComma || (isPoint && !sawPoint)), i + width < end, digit(bytes, i + width, end) != nil {
                    if isPoint { text.append("."); sawPoint = true }
                    i += width; continue
                }
                break
            }
            guard text.count <= 20, var v = Double(text) else { return nil }
            if i < end, let s = smallScale(bytes, i, end) { v *= Double(s); i += 3 }   // 3千億
            return (v, i, false)
        }
        // Summed in Double, like the Arabic branch: a run of twenty kanji digits (九九…九) must not
        // overflow Int and trap (found by the fuzzer; see Tests/SummitKitTests/Fuzz).
        var total = 0.0, current = 0.0, any = false
        while i < end {
            if let d = kanjiDigit(bytes, i, end) { current = current * 10 + Double(d); i += 3; any = true; continue }
            if let s = smallScale(bytes, i, end) {
                total += (current == 0 ? 1 : current) * Double(s); current = 0; i += 3; any = true; continue
            }
            break
        }
        return any ? (total + current, i, true) : nil
    }

    /// The number at `start`: groups joined by 兆/億/万 in descending order.
    static func parse(_ bytes: [UInt8], at start: Int, end: Int) -> Parsed? {
        var i = start
        var total = 0.0
        var lastScale = Double.infinity
        var kanjiOnly = true
        var hasScale = false
        var any = false
        while i < end, let g = group(bytes, i, end) {
            any = true
            if !g.kanji { kanjiOnly = false }
            i = g.end
            if i < end, let s = bigScale(bytes, i, end), s < lastScale {
                total += g.value * s; lastScale = s; i += 3; hasScale = true
                continue
            }
            total += g.value
            break
        }
        guard any else { return nil }
        return Parsed(value: total, end: i, kanjiOnly: kanjiOnly, hasScale: hasScale)
    }

    /// An amount written in Japanese (`5000億ドル`, `三千億円`, `１兆円`): its value and unit code.
    /// The query language uses it for amounts typed in Japanese.
    public static func parseAmount(_ text: String, tables: ExtractionTables = .bundled) -> (value: Double, unit: String?)? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, let n = parse(bytes, at: 0, end: bytes.count) else { return nil }
        if n.end == bytes.count { return (n.value, nil) }
        for u in tables.units where u.kind == .currency && UTF8Bytes.matches(bytes, at: n.end, u.form) {
            if n.end + u.form.count == bytes.count { return (n.value, u.code) }
        }
        return nil
    }
}
