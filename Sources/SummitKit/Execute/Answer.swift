/// The result of one query: rows as JSON objects (for json/csv) and as table cells, with the
/// plan that produced them and notes for the user (no match, conversions used).
public struct Answer: Sendable {
    public let query: String
    public let plan: String
    /// Row object keys, in order (the JSON `columns`).
    public let columns: [String]
    public let rows: [JSONValue]
    /// How a table shows the rows.
    public let tableColumns: [TextTable.Column]
    public let cells: [[String]]
    /// Plain text lines for `as text`.
    public let textLines: [String]
    public var notes: [String]
    /// Pre-rendered text that replaces the table (source, explain).
    public let document: String?
    /// The table's last line; "(N rows)" when nil.
    public let footer: String?
    /// A line printed before the rows: the yes/no of `did S say T`, or a count said in words.
    public var lead: String? = nil
    /// `yes` or `no` for a yes/no question.
    public var verdict: String? = nil
    /// The canonical query a natural question was understood as, when it differs from the typed line.
    public var understoodAs: String? = nil

    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [("query", .string(query))]
        if let understoodAs { fields.append(("understood_as", .string(understoodAs))) }
        if let verdict { fields.append(("answer", .string(verdict))) }
        if let lead { fields.append(("lead", .string(lead))) }
        fields += [("plan", .string(plan)), ("columns", .array(columns.map(JSONValue.string))),
                   ("rows", .array(rows)), ("notes", .array(notes.map(JSONValue.string)))]
        return .object(fields)
    }
}

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
