/// Reads one amount word as typed: `$500B`, `1,000,000`, `1.5`, `¥150bn`, `100bn`, or
/// recognises a Japanese amount (`5000億ドル`) to be read later.
///
/// Kept apart from the parser so the number rules can be tested on their own.
enum AmountText {
    struct English: Equatable {
        var value: Double
        var unit: String?
        /// True when the word carried its own scale (`500B`), so no scale word may follow.
        var scaled: Bool
    }

    /// Parses `[US$|$|¥|￥|€] digits[,digits…][.digits] [k|m|mn|b|bn|t|tn|thousand|…|yen|…]`.
    static func parseEnglish(_ text: String) -> English? {
        let s = Array(text.unicodeScalars)
        var i = 0
        var unit: String?
        let upper = String(String.UnicodeScalarView(s.prefix(3))).uppercased()
        if upper == "US$" { unit = "USD"; i = 3 }
        else if let first = s.first {
            switch first {
            case "$": unit = "USD"; i = 1
            case "¥", "￥": unit = "JPY"; i = 1
            case "€": unit = "EUR"; i = 1
            default: break
            }
        }
        guard i < s.count, ("0"..."9").contains(s[i]) else { return nil }
        var digits = String.UnicodeScalarView()
        var sawDot = false
        while i < s.count {
            let c = s[i]
            if ("0"..."9").contains(c) { digits.append(c) }
            else if c == "," && !sawDot && i + 1 < s.count && ("0"..."9").contains(s[i + 1]) {}
            else if c == "." && !sawDot && i + 1 < s.count && ("0"..."9").contains(s[i + 1]) { sawDot = true; digits.append(c) }
            else { break }
            i += 1
        }
        guard var value = Double(String(digits)) else { return nil }
        let rest = String(String.UnicodeScalarView(s[i...])).lowercased()
        var scaled = false
        if !rest.isEmpty {
            if let scale = Keywords.scales[rest] {
                value *= scale
                scaled = true
            } else if unit == nil, let code = Keywords.currencies[rest] {
                unit = code
            } else {
                return nil
            }
        }
        return English(value: value, unit: unit, scaled: scaled)
    }

    /// Digits, decimal marks and the numerals and scales of Japanese amounts.
    private static let japaneseNumberScalars: Set<Unicode.Scalar> = Set(
        "0123456789.,０１２３４５６７８９．，〇一二三四五六七八九十百千万億兆".unicodeScalars)
    private static let leadingDigits: Set<Unicode.Scalar> = Set(
        "0123456789０１２３４５６７８９〇一二三四五六七八九十百千".unicodeScalars)

    /// True for what looks like a Japanese amount (`5000億ドル`, `１兆円`, `三千億円`): a numeral
    /// first, then numerals and kanji or katakana (a currency word). Reading it, and deciding which
    /// currency its ending names, is left to the planner, which holds the extractor's unit table;
    /// the parser reads no table, so the same words are currencies in a query and in the record.
    static func isJapanese(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, leadingDigits.contains(first) else { return false }
        return text.unicodeScalars.contains { !$0.isASCII }
            && text.unicodeScalars.allSatisfy { japaneseNumberScalars.contains($0) || [.kanji, .katakana].contains(CharClass.of($0)) }
    }
}
