/// Numbers and line lists as a reader sees them, in cells and in the words of a lead line.

/// 1000000000000 → "1,000,000,000,000"; fractions kept (1.5 → "1.5").
public func groupedNumber(_ v: Double) -> String {
    let plain = formatNumber(v)
    guard !plain.contains("e"), !plain.contains("E") else { return plain }
    let parts = plain.split(separator: ".", maxSplits: 1)
    var intPart = String(parts[0])
    let negative = intPart.hasPrefix("-")
    if negative { intPart.removeFirst() }
    var out = ""
    for (i, ch) in intPart.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return (negative ? "-" : "") + String(out.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
}

/// Lines for a table cell: the first few distinct ones, then how many more places there are
/// ("36,144,220,… (+997)"), so a fact repeated a thousand times still fits a row cheaply.
public func abbreviatedLines(_ lines: [Int], keep: Int = 4) -> String {
    var shown: [Int] = []
    var used = 0
    for l in lines {
        if shown.count == keep { break }
        used += 1
        if !shown.contains(l) { shown.append(l) }
    }
    let rest = lines.count - used
    return shown.map(String.init).joined(separator: ",") + (rest > 0 ? ",… (+\(rest))" : "")
}
