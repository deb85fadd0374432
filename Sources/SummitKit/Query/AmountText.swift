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

    /// Digits and the characters of Japanese amounts: kanji numerals, 万/億/兆, and the characters of
    /// every currency in the extractor's unit table (円, ドル, ユーロ, ウォン …).
    private static let japaneseAmountScalars: Set<Unicode.Scalar> = {
        var set = Set("0123456789.,０１２３４５６７８９．，〇一二三四五六七八九十百千万億兆".unicodeScalars)
        for u in ExtractionTables.bundled.units where u.kind == .currency {
            set.formUnion(String(decoding: u.form, as: UTF8.self).unicodeScalars)
        }
        return set
    }()
    private static let leadingDigits: Set<Unicode.Scalar> = Set(
        "0123456789０１２３４５６７８９〇一二三四五六七八九十百千".unicodeScalars)

    /// True for a Japanese amount such as `5000億ドル`, `１兆円`, `三千億円`: value left to later.
    static func isJapanese(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, leadingDigits.contains(first) else { return false }
        return text.unicodeScalars.contains { !$0.isASCII }
            && text.unicodeScalars.allSatisfy(japaneseAmountScalars.contains)
    }

    /// The currency a Japanese amount names by its ending, if any: the extractor's unit table
    /// decides (longest form first), so a currency added there is understood here too.
    static func japaneseUnit(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return ExtractionTables.bundled.units.first { $0.kind == .currency && UTF8Bytes.endsWith(bytes, at: bytes.count, $0.form) }?.code
    }
}
