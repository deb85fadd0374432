/// An amount as an English reader reads it (8000億ドル近く → "nearly $800 billion", 1兆5000億円 →
/// "1.5 trillion yen", 1人 → "1 person"), made from a figure's typed value, unit and qualifier:
/// the Japanese counts in 万, 億 and 兆 (ten thousands, hundred millions, trillions), English in
/// thousands, so 8000億 is 800 billion, not "8000 hundred-million".
enum AmountReading {
    /// The reading of `value` `unit` with its qualifier; a range reads from `ends` ("$54 billion to
    /// $55 billion"), and without them as its middle, "about".
    static func text(value: Double, unit: String, qualifier: FigureQualifier, ends: (low: Double, high: Double)? = nil,
                     words: ExtractionTables.EnglishWords) -> String {
        let english = words.units[unit]
        if qualifier == .range, let (low, high) = ends {
            if english?.before == true { return amount(low, unit, english) + " to " + amount(high, unit, english) }
            let (l, h) = (number(low), number(high))
            // "54 to 55 trillion yen": one scale word serves both ends when they share it.
            if let space = l.lastIndex(of: " "), let hSpace = h.lastIndex(of: " "), l[space...] == h[hSpace...] {
                return String(l[..<space]) + " to " + amount(high, unit, english)
            }
            return l + " to " + amount(high, unit, english)
        }
        // A range without its ends reads as its middle: about.
        let lead = qualifier == .exact ? "" : qualifier == .range ? "about " : qualifier.english + " "
        return lead + amount(value, unit, english)
    }

    /// A number with its unit: a sign before it ($800 billion), else a word after it, singular for one.
    static func amount(_ value: Double, _ unit: String, _ english: ExtractionTables.EnglishWords.Unit?) -> String {
        guard let english else { return number(value) + " " + unit }
        if english.before { return english.many + number(value) }
        return number(value) + " " + (value == 1 ? english.one : english.many)
    }

    /// 800000000000 → "800 billion", 1.5e12 → "1.5 trillion", 30000 → "30,000", 2.5 → "2.5": a
    /// million and more in the largest scale word that leaves at most three decimals, else grouped
    /// in full (1,234,567,891 keeps every digit the report gave).
    static func number(_ value: Double) -> String {
        for (scale, word) in scales where abs(value) >= scale {
            let mantissa = value / scale
            let thousandths = (mantissa * 1000).rounded()
            guard abs(mantissa * 1000 - thousandths) < 1e-6 * max(1, abs(mantissa)) else { break }
            return groupedNumber(thousandths / 1000) + " " + word
        }
        return groupedNumber(value)
    }

    static let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]

    /// The two ends of a range as written (54兆円から55兆円 → 54e12, 55e12), each times `scale`
    /// (what one of the unit is, 割 = 10 percent); nil unless the text holds two numbers.
    static func ends(of surface: String, scale: Double) -> (low: Double, high: Double)? {
        let bytes = Array(surface.utf8)
        var numbers: [Double] = []
        var i = 0
        while i < bytes.count {
            if JapaneseNumber.startsNumber(bytes, i, bytes.count), let n = JapaneseNumber.parse(bytes, at: i, end: bytes.count), n.end > i {
                numbers.append(n.value)
                i = n.end
            } else {
                i += 1
            }
        }
        guard numbers.count >= 2, let low = numbers.first, let high = numbers.last else { return nil }
        return (low * scale, high * scale)
    }
}

extension FigureQualifier {
    /// The qualifier in English words, as an English reader sees it (the data keeps the code:
    /// `at-least` is "at least").
    var english: String {
        switch self {
        case .exact: "exact"
        case .about: "about"
        case .nearly: "nearly"
        case .over: "over"
        case .under: "under"
        case .atLeast: "at least"
        case .atMost: "at most"
        case .range: "range"
        }
    }
}
